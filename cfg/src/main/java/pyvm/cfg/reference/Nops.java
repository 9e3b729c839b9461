package pyvm.cfg.reference;

import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;

/**
 * Clean-up after the other passes, which replace what they remove by NOPs: a NOP stays only while
 * it is the one instruction that reports some line, a value loaded and popped at once goes, and a
 * jump to the block that follows anyway goes. Mirrors remove_redundant_nops,
 * remove_redundant_nops_and_pairs, remove_redundant_jumps and remove_redundant_nops_and_jumps of
 * Python/flowgraph.c.
 */
final class Nops {

    private Nops() {}

    /** basicblock_remove_redundant_nops: {@return how many NOPs went} */
    static int removeRedundantNops(Block bb) {
        int dest = 0;
        int prevLineno = -1;
        int size = bb.instr.size();
        for (int src = 0; src < size; src++) {
            Instruction instr = bb.instr.get(src);
            int lineno = instr.lineno();
            if (instr.opcode() == Opcode.NOP) {
                // Eliminate no-op if it doesn't have a line number
                if (lineno < 0) continue;
                // or, if the previous instruction had the same line number.
                if (prevLineno == lineno) continue;
                // or, if the next instruction has same line number or no line number
                if (src < size - 1) {
                    int nextLineno = bb.instr.get(src + 1).lineno();
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0) {
                        bb.instr.set(src + 1, bb.instr.get(src + 1).withLocation(instr.location()));
                        continue;
                    }
                } else {
                    // or if last instruction in BB and next BB has same line number
                    Block next = LineNumbers.nextNonempty(bb.next);
                    if (next != null && lineno == firstLocation(next).lineno()) continue;
                }
            }
            bb.instr.set(dest++, instr);
            prevLineno = lineno;
        }
        bb.instr.subList(dest, size).clear();
        return size - dest;
    }

    /** The location the next block starts with, skipping the NOPs without one that are about to go. */
    private static Location firstLocation(Block next) {
        for (Instruction i : next.instr) {
            if (i.opcode() == Opcode.NOP && i.lineno() < 0) continue;
            return i.location();
        }
        return Instruction.NO_LOCATION;
    }

    /** remove_redundant_nops: {@return how many NOPs went from the whole graph} */
    static int removeRedundantNops(CfgBuilder g) {
        int changes = 0;
        for (Block b : g) changes += removeRedundantNops(b);
        return changes;
    }

    /**
     * remove_redundant_nops_and_pairs: LOAD_CONST or COPY 1 followed by POP_TOP does nothing, also
     * across a fall-through into a block nothing jumps to; repeats until none is left.
     */
    static void removeRedundantNopsAndPairs(CfgBuilder g) {
        boolean done = false;
        while (!done) {
            done = true;
            Block prevBlock = null;
            int prevIndex = -1;
            Block instrBlock = null;
            int instrIndex = -1;
            for (Block b : g) {
                removeRedundantNops(b);
                if (b.labelled) instrBlock = null;
                for (int i = 0; i < b.instr.size(); i++) {
                    prevBlock = instrBlock;
                    prevIndex = instrIndex;
                    instrBlock = b;
                    instrIndex = i;
                    Instruction prev = prevBlock == null ? null : prevBlock.instr.get(prevIndex);
                    Instruction instr = b.instr.get(i);
                    boolean redundantPair = instr.opcode() == Opcode.POP_TOP && prev != null
                            && (prev.opcode() == Opcode.LOAD_CONST || prev.opcode() == Opcode.COPY && prev.oparg() == 1);
                    if (redundantPair) {
                        prevBlock.instr.set(prevIndex, prev.with(Opcode.NOP, 0));
                        b.instr.set(i, instr.with(Opcode.NOP, 0));
                        done = false;
                    }
                }
                Instruction last = instrBlock == null ? null : instrBlock.instr.get(instrIndex);
                if (last != null && last.isJump() || b.noFallthrough()) instrBlock = null;
            }
        }
    }

    /**
     * remove_redundant_jumps: an unconditional jump to the next non-empty block becomes a NOP.
     * {@return how many went}
     */
    static int removeRedundantJumps(CfgBuilder g) {
        int changes = 0;
        for (Block b : g) {
            Instruction last = b.last();
            if (last == null || !last.isUnconditionalJump()) continue;
            Block target = LineNumbers.nextNonempty(g.target(last));
            if (target == null) throw new IllegalStateException("jump with NULL target");
            if (target == LineNumbers.nextNonempty(b.next)) {
                changes++;
                b.instr.set(b.lastIndex(), last.with(Opcode.NOP, 0));
            }
        }
        return changes;
    }

    /** remove_redundant_nops_and_jumps: both, until neither finds anything. */
    static void removeRedundantNopsAndJumps(CfgBuilder g) {
        int removed;
        do {
            removed = removeRedundantNops(g) + removeRedundantJumps(g);
        } while (removed > 0);
    }
}
