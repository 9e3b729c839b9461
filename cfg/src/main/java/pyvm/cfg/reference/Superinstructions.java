package pyvm.cfg.reference;

import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;

/**
 * Pairs of local loads and stores on one line become one instruction with both indexes packed in
 * its argument, four bits each: LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST.
 * Mirrors insert_superinstructions of Python/flowgraph.c.
 */
final class Superinstructions {

    private Superinstructions() {}

    /** insert_superinstructions. */
    static void insertSuperinstructions(CfgBuilder g) {
        for (Block b : g) {
            for (int i = 0; i < b.instr.size(); i++) {
                Opcode op = b.instr.get(i).opcode();
                Opcode nextop = i + 1 < b.instr.size() ? b.instr.get(i + 1).opcode() : null;
                if (op == Opcode.LOAD_FAST && nextop == Opcode.LOAD_FAST)
                    makeSuperInstruction(b, i, Opcode.LOAD_FAST_LOAD_FAST);
                else if (op == Opcode.STORE_FAST && nextop == Opcode.LOAD_FAST)
                    makeSuperInstruction(b, i, Opcode.STORE_FAST_LOAD_FAST);
                else if (op == Opcode.STORE_FAST && nextop == Opcode.STORE_FAST)
                    makeSuperInstruction(b, i, Opcode.STORE_FAST_STORE_FAST);
            }
        }
        Nops.removeRedundantNops(g);
    }

    /** make_super_instruction: only on one line, and only for indexes below 16. */
    private static void makeSuperInstruction(Block b, int i, Opcode superOp) {
        Instruction inst1 = b.instr.get(i);
        Instruction inst2 = b.instr.get(i + 1);
        int line1 = inst1.lineno();
        int line2 = inst2.lineno();
        if (line1 >= 0 && line2 >= 0 && line1 != line2) return;
        if (inst1.oparg() >= 16 || inst2.oparg() >= 16) return;
        b.instr.set(i, inst1.with(superOp, inst1.oparg() << 4 | inst2.oparg()));
        b.instr.set(i + 1, inst2.with(Opcode.NOP, 0));
    }
}
