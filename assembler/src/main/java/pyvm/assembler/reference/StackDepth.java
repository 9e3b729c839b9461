package pyvm.assembler.reference;

import java.util.ArrayDeque;
import java.util.Deque;
import pyvm.cfg.Instruction;
import pyvm.cfg.StackEffect;

/**
 * co_stacksize: the deepest the value stack gets on any path. A walk over the graph that carries the
 * depth into each block, assuming, as CPython does, that loops leave the depth as they found it.
 * Mirrors calculate_stackdepth and stackdepth_push of Python/flowgraph.c; the depth found for each
 * handler block also goes into the exception table.
 */
final class StackDepth {

    private StackDepth() {}

    /**
     * calculate_stackdepth: {@return the maximum depth} Never below 1: no code object CPython 3.13
     * makes reports a smaller co_stacksize, not even {@code while True: pass}, where nothing is ever
     * pushed; pyvm keeps that floor so its code objects compare equal.
     */
    static int calculate(Graph g) {
        for (Block b : g.blocks) b.startdepth = Integer.MIN_VALUE;
        Deque<Block> stack = new ArrayDeque<>();
        int maxdepth = 0;
        push(stack, g.blocks.getFirst(), 0);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            int depth = b.startdepth;
            Block next = g.next(b);
            for (Instruction instr : b.instr) {
                int newDepth = depth + StackEffect.effect(instr.opcode(), instr.oparg(), false);
                if (newDepth < 0) throw new IllegalStateException("Invalid CFG, stack underflow at " + instr);
                maxdepth = Math.max(maxdepth, newDepth);
                if (instr.target() != null) {
                    int targetDepth = depth + StackEffect.effect(instr.opcode(), instr.oparg(), true);
                    maxdepth = Math.max(maxdepth, targetDepth);
                    push(stack, g.block(instr.target()), targetDepth);
                }
                depth = newDepth;
                if (instr.isUnconditionalJump() || instr.exitsScope()) {
                    // remaining code is dead
                    next = null;
                    break;
                }
            }
            if (next != null) push(stack, next, depth);
        }
        return Math.max(maxdepth, 1);
    }

    /** stackdepth_push: each block is entered at one depth only. */
    private static void push(Deque<Block> stack, Block b, int depth) {
        if (!(b.startdepth < 0 || b.startdepth == depth))
            throw new IllegalStateException("Invalid CFG, inconsistent stackdepth at " + b.label);
        if (b.startdepth < depth && b.startdepth < 100) {
            b.startdepth = depth;
            stack.push(b);
        }
    }
}
