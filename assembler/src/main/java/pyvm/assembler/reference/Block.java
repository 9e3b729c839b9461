package pyvm.assembler.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.BasicBlock;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;

/**
 * A basic block while the assembler lays the graph out: the contract's {@link BasicBlock} made
 * mutable, with the fields the last passes keep on it. Mirrors basicblock of Python/flowgraph.c as
 * _PyCfg_OptimizedCfgToInstructionSequence sees it.
 */
final class Block {

    final Label label;
    final List<Instruction> instr;
    final boolean preserveLasti;
    /** b_startdepth: the stack depth on entry, as calculate_stackdepth finds it; MIN_VALUE if unreached. */
    int startdepth = Integer.MIN_VALUE;
    /** b_visited: scratch for normalize_jumps. */
    boolean visited;
    /** The index of the block's first instruction in the flat sequence (its label in cfg_to_instruction_sequence). */
    int start;

    Block(Label label, List<Instruction> instr, boolean preserveLasti) {
        this.label = label;
        this.instr = new ArrayList<>(instr);
        this.preserveLasti = preserveLasti;
    }

    static Block of(BasicBlock b) {
        return new Block(b.label(), b.instructions(), b.preserveLasti());
    }

    Instruction last() {
        return instr.isEmpty() ? null : instr.getLast();
    }

    /** BB_HAS_FALLTHROUGH. */
    boolean hasFallthrough() {
        Instruction last = last();
        return last == null || !(last.exitsScope() || last.isUnconditionalJump());
    }
}
