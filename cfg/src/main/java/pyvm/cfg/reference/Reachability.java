package pyvm.cfg.reference;

import java.util.ArrayDeque;
import java.util.Deque;
import pyvm.cfg.Instruction;

/**
 * Code no path reaches: after a return, or behind a condition the optimizer found constant. Mirrors
 * remove_unreachable of Python/flowgraph.c, which counts each block's predecessors on the way; other
 * passes read those counts.
 */
final class Reachability {

    private Reachability() {}

    /** remove_unreachable: empties the blocks no edge from the entry reaches. */
    static void removeUnreachable(CfgBuilder g) {
        for (Block b : g) {
            b.predecessors = 0;
            b.visited = false;
        }
        Deque<Block> stack = new ArrayDeque<>();
        g.entry.predecessors = 1;
        g.entry.visited = true;
        stack.push(g.entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    stack.push(b.next);
                    b.next.visited = true;
                }
                b.next.predecessors++;
            }
            for (Instruction i : b.instr) {
                if (i.isJump() || i.isBlockPush()) {
                    Block target = g.target(i);
                    if (!target.visited) {
                        stack.push(target);
                        target.visited = true;
                    }
                    target.predecessors++;
                }
            }
        }
        for (Block b : g) {
            if (b.predecessors == 0) {
                b.instr.clear();
                b.exceptHandler = false;
            }
        }
    }
}
