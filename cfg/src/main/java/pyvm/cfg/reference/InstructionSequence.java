package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;

/**
 * What the code generator writes: a flat list of instructions, with labels marking the positions
 * jumps go to. Mirrors _PyInstructionSequence of Python/instruction_sequence.c, which 3.13's
 * codegen fills before {@link CfgBuilder#fromSequence} cuts it into basic blocks.
 */
final class InstructionSequence {

    private final List<Instruction> instructions = new ArrayList<>();
    /** s_labelmap: label id to the index of the instruction it names. */
    private final Map<Integer, Integer> labelMap = new HashMap<>();
    private int nextFreeLabel;

    /** {@return a label not yet placed (instr_sequence_new_label)} */
    Label newLabel() {
        return new Label(++nextFreeLabel);
    }

    /** Places {@code label} before the next instruction added (instr_sequence_use_label). */
    void useLabel(Label label) {
        labelMap.put(label.id(), instructions.size());
    }

    /** Appends an instruction (instr_sequence_addop). */
    void addop(Opcode opcode, int oparg, Location location) {
        instructions.add(Instruction.of(opcode, oparg, location));
    }

    /** Appends a jump or SETUP_* to {@code target}. */
    void addJump(Opcode opcode, Label target, Location location) {
        instructions.add(Instruction.jump(opcode, target, location));
    }

    /**
     * Inserts an instruction at {@code pos}, moving the labels at or after it along
     * (instr_sequence_insert_instruction).
     */
    void insert(int pos, Instruction instruction) {
        instructions.add(pos, instruction);
        labelMap.replaceAll((label, offset) -> offset >= pos ? offset + 1 : offset);
    }

    /** {@return the instructions so far, in order} */
    List<Instruction> instructions() {
        return instructions;
    }

    /** {@return the index of the instruction {@code label} names} */
    int offsetOf(Label label) {
        Integer offset = labelMap.get(label.id());
        if (offset == null) throw new IllegalStateException(label + " was never placed");
        return offset;
    }
}
