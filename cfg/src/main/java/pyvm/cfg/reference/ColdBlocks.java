package pyvm.cfg.reference;

import java.util.ArrayDeque;
import java.util.Deque;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;

/**
 * Exception handlers and the code only they reach are laid out after everything else, so the
 * common path runs without jumping over them. Mirrors mark_warm, mark_cold and
 * push_cold_blocks_to_end of Python/flowgraph.c.
 */
final class ColdBlocks {

    private ColdBlocks() {}

    /** push_cold_blocks_to_end. */
    static void pushColdBlocksToEnd(CfgBuilder g) {
        Block entry = g.entry;
        // single basic block, no need to reorder
        if (entry.next == null) return;
        markCold(g);
        // A cold block that falls through into a warm one gets an explicit jump instead.
        for (Block b = entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                Block explicitJump = g.newBlock();
                g.label(b.next);
                explicitJump.instr.add(Instruction.jump(Opcode.JUMP_NO_INTERRUPT, b.next.label, Instruction.NO_LOCATION));
                explicitJump.cold = true;
                explicitJump.next = b.next;
                explicitJump.predecessors = 1;
                b.next = explicitJump;
            }
        }
        // Move each streak of cold blocks to the end, keeping their order.
        Block coldBlocks = null;
        Block coldTail = null;
        Block b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) b = b.next;
            if (b.next == null) break;
            Block end = b.next;
            while (end.next != null && end.next.cold) end = end.next;
            if (coldBlocks == null) coldBlocks = b.next;
            else coldTail.next = b.next;
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldBlocks;
        if (coldBlocks != null) Nops.removeRedundantNopsAndJumps(g);
    }

    /** mark_warm: what the entry reaches without an exception. */
    private static void markWarm(CfgBuilder g) {
        for (Block b : g) b.visited = false;
        Deque<Block> stack = new ArrayDeque<>();
        stack.push(g.entry);
        g.entry.visited = true;
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.warm = true;
            if (b.next != null && b.hasFallthrough() && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instruction i : b.instr) {
                if (i.isJump() && !g.target(i).visited) {
                    stack.push(g.target(i));
                    g.target(i).visited = true;
                }
            }
        }
    }

    /** mark_cold: what the handlers reach and the warm code does not. */
    private static void markCold(CfgBuilder g) {
        markWarm(g);
        for (Block b : g) b.visited = false;
        Deque<Block> stack = new ArrayDeque<>();
        for (Block b : g) {
            if (b.exceptHandler) {
                stack.push(b);
                b.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.cold = true;
            if (b.next != null && b.hasFallthrough() && !b.next.warm && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instruction i : b.instr) {
                if (i.isJump()) {
                    Block target = g.target(i);
                    if (!target.warm && !target.visited) {
                        stack.push(target);
                        target.visited = true;
                    }
                }
            }
        }
    }
}
