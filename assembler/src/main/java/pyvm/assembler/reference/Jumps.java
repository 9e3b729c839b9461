package pyvm.assembler.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;

/**
 * Jumps from labels to offsets. Conditional jumps only go forward in 3.13 bytecode, so a backward one
 * becomes the opposite condition over an unconditional JUMP_BACKWARD; JUMP becomes JUMP_FORWARD or
 * JUMP_BACKWARD by where its target lies; then the blocks are flattened and every jump gets its
 * distance in code units, which may need EXTENDED_ARG and so move the others. Mirrors normalize_jumps
 * and cfg_to_instruction_sequence of Python/flowgraph.c, and resolve_unconditional_jumps and
 * resolve_jump_offsets of Python/assemble.c.
 */
final class Jumps {

    private Jumps() {}

    /** normalize_jumps: a conditional jump to an earlier block is reversed over a new JUMP block. */
    static void normalize(Graph g) {
        for (Block b : g.blocks) b.visited = false;
        for (int i = 0; i < g.blocks.size(); i++) {
            Block b = g.blocks.get(i);
            b.visited = true;
            Instruction last = b.last();
            if (last == null || !last.isConditionalJump()) continue;
            Block target = g.block(last.target());
            if (!target.visited) continue;   // forward
            Opcode reversed = switch (last.opcode()) {
                case POP_JUMP_IF_NOT_NONE -> Opcode.POP_JUMP_IF_NONE;
                case POP_JUMP_IF_NONE -> Opcode.POP_JUMP_IF_NOT_NONE;
                case POP_JUMP_IF_FALSE -> Opcode.POP_JUMP_IF_TRUE;
                case POP_JUMP_IF_TRUE -> Opcode.POP_JUMP_IF_FALSE;
                default -> throw new IllegalStateException(last.opcode() + " is not conditional");
            };
            Block next = g.next(b);
            // basicblock_add_jump gives the new jump the condition's location and no handler.
            g.insertAfter(b, List.of(Instruction.jump(Opcode.JUMP, target.label, last.location())));
            b.instr.set(b.instr.size() - 1, new Instruction(reversed, 0, next.label, last.location(), last.exceptHandler()));
        }
    }

    /**
     * cfg_to_instruction_sequence: the blocks one after another; jump targets and handlers become
     * the index of the first instruction of their block.
     */
    static List<SeqInstr> flatten(Graph g) {
        Map<Label, Block> blocks = new HashMap<>();
        int index = 0;
        for (Block b : g.blocks) {
            b.start = index;
            index += b.instr.size();
            blocks.put(b.label, b);
        }
        List<SeqInstr> seq = new ArrayList<>(index);
        for (Block b : g.blocks) {
            for (Instruction i : b.instr) {
                int target = i.target() == null ? -1 : blocks.get(i.target()).start;
                Block h = i.exceptHandler() == null ? null : blocks.get(i.exceptHandler());
                seq.add(new SeqInstr(i.opcode(), i.oparg(), i.location(), target,
                        h == null ? -1 : h.start, h == null ? -1 : h.startdepth, h != null && h.preserveLasti));
            }
        }
        return seq;
    }

    /** resolve_unconditional_jumps: the direction of JUMP and JUMP_NO_INTERRUPT. */
    static void resolveUnconditional(List<SeqInstr> seq) {
        for (int i = 0; i < seq.size(); i++) {
            SeqInstr instr = seq.get(i);
            boolean forward = instr.target > i;
            switch (instr.opcode) {
                case JUMP -> instr.opcode = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
                case JUMP_NO_INTERRUPT -> instr.opcode = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT;
                default -> {
                    if (instr.opcode.isPseudo())
                        throw new IllegalStateException("pseudo-instruction " + instr.opcode + " reached the assembler");
                }
            }
        }
    }

    /**
     * resolve_jump_offsets: offsets of all instructions, then each jump's distance from the end of
     * its own instruction (caches included); repeated while a distance changes a jump's size. As in
     * CPython, the first sizes are computed with the target index standing in for the distance.
     */
    static void resolveOffsets(List<SeqInstr> seq) {
        for (SeqInstr instr : seq)
            if (instr.target >= 0) instr.oparg = instr.target;
        boolean recompile;
        do {
            int totsize = 0;
            for (SeqInstr instr : seq) {
                instr.offset = totsize;
                totsize += instr.size();
            }
            recompile = false;
            int offset = 0;
            for (SeqInstr instr : seq) {
                int isize = instr.size();
                offset += isize;
                if (instr.target >= 0 && instr.opcode.has(Opcode.Flag.JUMP)) {
                    int targetOffset = seq.get(instr.target).offset;
                    instr.oparg = targetOffset < offset ? offset - targetOffset : targetOffset - offset;
                    if (instr.size() != isize) recompile = true;
                }
            }
        } while (recompile);
    }
}
