package pyvm.assembler.reference;

import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;

/**
 * The pseudo-instructions that remain after the flowgraph passes become real ones: SETUP_* were
 * only there to mark handlers (their work is now in the exception table) and become NOPs,
 * LOAD_CLOSURE is a LOAD_FAST, STORE_FAST_MAYBE_NULL a STORE_FAST. NOPs and jumps made redundant go.
 * Mirrors convert_pseudo_ops of Python/flowgraph.c with the remove_redundant_nops_and_jumps it ends
 * with. (JUMP and JUMP_NO_INTERRUPT get their direction later, from the layout; see {@link Jumps}.)
 */
final class PseudoOps {

    private PseudoOps() {}

    /** convert_pseudo_ops. */
    static void convert(Graph g) {
        for (Block b : g.blocks) {
            for (int i = 0; i < b.instr.size(); i++) {
                Instruction instr = b.instr.get(i);
                if (instr.isBlockPush()) b.instr.set(i, instr.with(Opcode.NOP, 0));
                else if (instr.opcode() == Opcode.LOAD_CLOSURE) b.instr.set(i, instr.with(Opcode.LOAD_FAST, instr.oparg()));
                else if (instr.opcode() == Opcode.STORE_FAST_MAYBE_NULL) b.instr.set(i, instr.with(Opcode.STORE_FAST, instr.oparg()));
            }
        }
        int removed;
        do {
            removed = removeRedundantNops(g) + removeRedundantJumps(g);
        } while (removed > 0);
    }

    /**
     * basicblock_remove_redundant_nops over every block: a NOP stays only if it is the one
     * instruction reporting its line. {@return how many went}
     */
    private static int removeRedundantNops(Graph g) {
        int removed = 0;
        for (Block bb : g.blocks) {
            int dest = 0;
            int prevLineno = -1;
            int size = bb.instr.size();
            for (int src = 0; src < size; src++) {
                Instruction instr = bb.instr.get(src);
                int lineno = instr.lineno();
                if (instr.opcode() == Opcode.NOP) {
                    if (lineno < 0 || prevLineno == lineno) continue;
                    if (src < size - 1) {
                        Instruction next = bb.instr.get(src + 1);
                        if (next.lineno() == lineno) continue;
                        if (next.lineno() < 0) {
                            bb.instr.set(src + 1, next.withLocation(instr.location()));
                            continue;
                        }
                    } else {
                        Block next = g.nextNonempty(bb, false);
                        if (next != null && lineno == firstLineno(next)) continue;
                    }
                }
                bb.instr.set(dest++, instr);
                prevLineno = lineno;
            }
            bb.instr.subList(dest, size).clear();
            removed += size - dest;
        }
        return removed;
    }

    /** The line the next block starts with, skipping the NOPs without one that are about to go. */
    private static int firstLineno(Block next) {
        for (Instruction i : next.instr)
            if (i.opcode() != Opcode.NOP || i.lineno() >= 0) return i.lineno();
        return -1;
    }

    /** remove_redundant_jumps: an unconditional jump to the next non-empty block. {@return how many went} */
    private static int removeRedundantJumps(Graph g) {
        int changes = 0;
        for (Block b : g.blocks) {
            Instruction last = b.last();
            if (last == null || !last.isUnconditionalJump()) continue;
            if (g.nextNonempty(g.block(last.target()), true) == g.nextNonempty(b, false)) {
                b.instr.set(b.instr.size() - 1, last.with(Opcode.NOP, 0));
                changes++;
            }
        }
        return changes;
    }
}
