package pyvm.cfg.reference;

import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;

/**
 * Jumps to short exits are replaced by copies of the exit: {@code if x: return 1} then needs no
 * jump to a shared {@code return}. Mirrors inline_small_or_no_lineno_blocks of Python/flowgraph.c.
 */
final class SmallBlocks {

    private SmallBlocks() {}

    /** MAX_COPY_SIZE: the longest exit block worth copying. */
    private static final int MAX_COPY_SIZE = 4;

    /** inline_small_or_no_lineno_blocks: repeats until no jump is left to inline. */
    static void inlineSmallOrNoLinenoBlocks(CfgBuilder g) {
        boolean changes;
        do {
            changes = false;
            for (Block b : g)
                if (inline(g, b)) changes = true;
        } while (changes);
    }

    /**
     * basicblock_inline_small_or_no_lineno_blocks: if {@code bb} ends with an unconditional jump to
     * a small block that leaves the code unit, or to a block without line numbers that does not fall
     * through, the jump becomes a NOP followed by a copy of the target.
     */
    private static boolean inline(CfgBuilder g, Block bb) {
        Instruction last = bb.last();
        if (last == null || !last.isUnconditionalJump()) return false;
        Block target = g.target(last);
        boolean smallExitBlock = target.exitsScope() && target.instr.size() <= MAX_COPY_SIZE;
        boolean noLinenoNoFallthrough = target.hasNoLineno() && target.noFallthrough();
        if (!smallExitBlock && !noLinenoNoFallthrough) return false;
        Opcode removedJump = last.opcode();
        bb.instr.set(bb.lastIndex(), last.with(Opcode.NOP, 0));
        bb.instr.addAll(target.instr);
        if (noLinenoNoFallthrough) {
            Instruction newLast = bb.last();
            // Make sure we don't lose eval breaker checks
            if (newLast.isUnconditionalJump() && removedJump == Opcode.JUMP)
                bb.instr.set(bb.lastIndex(), newLast.with(Opcode.JUMP, 0));
        }
        target.predecessors--;
        return true;
    }
}
