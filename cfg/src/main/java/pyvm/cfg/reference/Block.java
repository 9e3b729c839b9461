package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;

/**
 * A basic block while the flowgraph passes rewrite it: mutable, chained to the next block in layout
 * order, with the scratch fields the passes keep on it. Mirrors basicblock in Python/flowgraph.c;
 * {@link CfgBuilder#freeze} turns the chain into the contract's immutable
 * {@link pyvm.cfg.BasicBlock}s.
 */
final class Block {

    /** b_label; every block has one here, so that jumps can name it. */
    Label label;
    /** IS_LABEL(b_label): the code generator placed a label here, so something may jump in. */
    boolean labelled;
    /** b_instr; the instructions are immutable records, replaced in place as passes rewrite them. */
    final List<Instruction> instr = new ArrayList<>();
    /** b_next: the block laid out after this one. */
    Block next;
    /** b_except_handler: some SETUP_* names this block. */
    boolean exceptHandler;
    /** b_preserve_lasti: the handler of a SETUP_CLEANUP or SETUP_WITH. */
    boolean preserveLasti;
    /** b_cold: reached only by exceptional paths, so laid out at the end. */
    boolean cold;
    /** b_warm: reached from the entry without an exception. */
    boolean warm;
    /** b_visited: scratch for graph walks. */
    boolean visited;
    /** b_unsafe_locals_mask: bit i set if local i may be unbound on entry. */
    long unsafeLocalsMask;
    /** b_predecessors: how many edges enter the block, as mark_reachable counts them. */
    int predecessors;

    Block(Label label) {
        this.label = label;
    }

    /** {@return the last instruction, or null for an empty block} */
    Instruction last() {
        return instr.isEmpty() ? null : instr.getLast();
    }

    /** {@return the index of the last instruction} */
    int lastIndex() {
        return instr.size() - 1;
    }

    /** BB_HAS_FALLTHROUGH: control may go on to {@link #next}. */
    boolean hasFallthrough() {
        Instruction last = last();
        return last == null || !(last.exitsScope() || last.isUnconditionalJump());
    }

    /** BB_NO_FALLTHROUGH. */
    boolean noFallthrough() {
        return !hasFallthrough();
    }

    /** basicblock_exits_scope. */
    boolean exitsScope() {
        Instruction last = last();
        return last != null && last.exitsScope();
    }

    /** basicblock_has_no_lineno: no instruction of the block carries a line number. */
    boolean hasNoLineno() {
        for (Instruction i : instr)
            if (i.lineno() >= 0) return false;
        return true;
    }

    /** {@return true if the block ends in a jump (is_jump of its last instruction)} */
    boolean endsInJump() {
        Instruction last = last();
        return last != null && last.isJump();
    }

    @Override
    public String toString() {
        return label + instr.toString();
    }
}
