package pyvm.cfg;

import java.util.List;
import java.util.Objects;

/**
 * A straight run of instructions entered only at the top: control leaves it at its last
 * instruction, by a jump, a return or a raise, or by falling through to the next block of the graph.
 * Mirrors basicblock in Python/flowgraph.c, keeping the flags that survive optimization; the
 * scratch fields CPython keeps on the block while a pass runs (b_visited, b_predecessors,
 * b_startdepth, b_offset) belong to the passes, and b_next is the block's successor in
 * {@link ControlFlowGraph#blocks()}.
 *
 * @param label         the name jumps use (b_label)
 * @param instructions  the instructions in order (b_instr); empty only in a graph still being built
 * @param exceptHandler true if some SETUP_* names this block as its handler (b_except_handler)
 * @param preserveLasti true if the handler also gets the offset of the raising instruction pushed
 *                      (b_preserve_lasti: the targets of SETUP_CLEANUP and SETUP_WITH)
 * @param cold          true if only exceptional paths reach the block, so the layout moves it to
 *                      the end (b_cold)
 */
public record BasicBlock(Label label, List<Instruction> instructions, boolean exceptHandler,
                         boolean preserveLasti, boolean cold) {

    public BasicBlock {
        Objects.requireNonNull(label);
        instructions = List.copyOf(instructions);
    }

    /** {@return the last instruction, or null if the block is empty (_PyCfg_BasicblockLastInstr)} */
    public Instruction last() {
        return instructions.isEmpty() ? null : instructions.getLast();
    }

    /**
     * {@return true unless the block ends in a return, a raise or an unconditional jump
     * (BB_HAS_FALLTHROUGH): control may then go on to the next block of the graph}
     */
    public boolean hasFallthrough() {
        Instruction last = last();
        return last == null || !(last.exitsScope() || last.isUnconditionalJump());
    }

    /** {@return true if the block ends by leaving the code unit (basicblock_exits_scope)} */
    public boolean exitsScope() {
        Instruction last = last();
        return last != null && last.exitsScope();
    }

    /** {@return this block with other instructions and the same label and flags} */
    public BasicBlock withInstructions(List<Instruction> instructions) {
        return new BasicBlock(label, instructions, exceptHandler, preserveLasti, cold);
    }
}
