package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.parser.ConstantValue;

/**
 * The peephole optimizer: rewrites short runs of instructions inside one block. Mirrors
 * optimize_basic_block of Python/flowgraph.c (3.13) and its helpers jump_thread and
 * fold_tuple_on_constants; the SWAP rewrites are in {@link Swaps}. Removed instructions become
 * NOPs, which keep their line until {@link Nops} decides they can go.
 */
final class Peephole {

    private Peephole() {}

    /** optimize_basic_block. */
    static void optimizeBasicBlock(CfgBuilder g, Block bb, List<ConstantValue> consts) {
        List<Instruction> in = bb.instr;
        Opcode opcode = null;
        int oparg = 0;
        Instruction target = Instruction.of(Opcode.NOP, 0, Instruction.NO_LOCATION);
        for (int i = 0; i < in.size(); i++) {
            Instruction inst = in.get(i);
            boolean isCopyOfLoadConst = opcode == Opcode.LOAD_CONST && inst.opcode() == Opcode.COPY && inst.oparg() == 1;
            if (!isCopyOfLoadConst) {
                opcode = inst.opcode();
                oparg = inst.oparg();
                target = inst.target() != null ? g.target(inst).instr.getFirst()
                        : Instruction.of(Opcode.NOP, 0, Instruction.NO_LOCATION);
            }
            Opcode nextop = i + 1 < in.size() ? in.get(i + 1).opcode() : null;
            switch (opcode) {
                case LOAD_CONST -> {
                    if (nextop == null) break;
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            // Remove LOAD_CONST const; conditional jump
                            boolean isTrue = Consts.isTrue(consts.get(oparg));
                            in.set(i, nop(inst));
                            boolean jumpIfTrue = nextop == Opcode.POP_JUMP_IF_TRUE;
                            Instruction jump = in.get(i + 1);
                            in.set(i + 1, isTrue == jumpIfTrue
                                    ? new Instruction(Opcode.JUMP, 0, jump.target(), jump.location(), jump.exceptHandler())
                                    : nop(jump));
                        }
                        case IS_OP -> foldIsNone(in, i, consts.get(oparg));
                        case RETURN_VALUE -> {
                            in.set(i, nop(inst));
                            i++;
                            in.set(i, in.get(i).with(Opcode.RETURN_CONST, oparg));
                        }
                        case TO_BOOL -> {
                            int index = Consts.add(consts, new ConstantValue.Bool(Consts.isTrue(consts.get(oparg))));
                            in.set(i, nop(inst));
                            in.set(i + 1, in.get(i + 1).with(Opcode.LOAD_CONST, index));
                        }
                        default -> { }
                    }
                }
                case BUILD_TUPLE -> {
                    // Skip over BUILD_TUPLE(1) UNPACK_SEQUENCE(1); replace BUILD_TUPLE(n) UNPACK_SEQUENCE(n)
                    // by SWAP(n) for n = 2 and 3.
                    if (nextop == Opcode.UNPACK_SEQUENCE && oparg == in.get(i + 1).oparg()) {
                        if (oparg == 1) {
                            in.set(i, nop(inst));
                            in.set(i + 1, nop(in.get(i + 1)));
                            continue;
                        }
                        if (oparg == 2 || oparg == 3) {
                            in.set(i, nop(inst));
                            in.set(i + 1, in.get(i + 1).with(Opcode.SWAP, oparg));
                            continue;
                        }
                    }
                    if (i >= oparg) foldTupleOnConstants(in, i - oparg, oparg, consts);
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    if (target.opcode() == Opcode.JUMP) i -= jumpThread(g, bb, i, target, opcode);
                }
                case JUMP, JUMP_NO_INTERRUPT -> {
                    if (target.opcode() == Opcode.JUMP) {
                        i -= jumpThread(g, bb, i, target, Opcode.JUMP);
                        continue;
                    }
                    if (target.opcode() == Opcode.JUMP_NO_INTERRUPT) {
                        i -= jumpThread(g, bb, i, target, opcode);
                        continue;
                    }
                }
                case STORE_FAST -> {
                    // x = x: the second store of the same value wins, the first just pops
                    if (opcode == nextop && oparg == in.get(i + 1).oparg() && inst.lineno() == in.get(i + 1).lineno())
                        in.set(i, in.get(i).with(Opcode.POP_TOP, 0));
                }
                case SWAP -> {
                    if (oparg == 1) in.set(i, nop(inst));
                }
                case LOAD_GLOBAL -> {
                    if (nextop == Opcode.PUSH_NULL && (oparg & 1) == 0) {
                        in.set(i, inst.with(Opcode.LOAD_GLOBAL, oparg | 1));
                        in.set(i + 1, nop(in.get(i + 1)));
                    }
                }
                case COMPARE_OP -> {
                    if (nextop == Opcode.TO_BOOL) {
                        in.set(i, nop(inst));
                        in.set(i + 1, in.get(i + 1).with(Opcode.COMPARE_OP, oparg | 16));
                        continue;
                    }
                }
                case CONTAINS_OP, IS_OP -> {
                    if (nextop == Opcode.TO_BOOL) {
                        in.set(i, nop(inst));
                        in.set(i + 1, in.get(i + 1).with(opcode, oparg));
                        continue;
                    }
                    if (nextop == Opcode.UNARY_NOT) {
                        in.set(i, nop(inst));
                        in.set(i + 1, in.get(i + 1).with(opcode, oparg ^ 1));
                        continue;
                    }
                }
                case TO_BOOL -> {
                    if (nextop == Opcode.TO_BOOL) {
                        in.set(i, nop(inst));
                        continue;
                    }
                }
                case UNARY_NOT -> {
                    if (nextop == Opcode.TO_BOOL) {
                        in.set(i, nop(inst));
                        in.set(i + 1, in.get(i + 1).with(Opcode.UNARY_NOT, 0));
                        continue;
                    }
                    if (nextop == Opcode.UNARY_NOT) {
                        in.set(i, nop(inst));
                        in.set(i + 1, nop(in.get(i + 1)));
                        continue;
                    }
                }
                default -> { }
            }
        }
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).opcode() == Opcode.SWAP) {
                i = Swaps.swaptimize(bb, i);
                Swaps.applyStaticSwaps(bb, i);
            }
        }
    }

    private static Instruction nop(Instruction i) {
        return i.with(Opcode.NOP, 0);
    }

    /**
     * The IS_OP case: {@code x is None} and {@code x is not None} followed by a conditional jump
     * become POP_JUMP_IF_NONE or POP_JUMP_IF_NOT_NONE.
     */
    private static void foldIsNone(List<Instruction> in, int i, ConstantValue constant) {
        if (!Consts.isNone(constant) || in.size() <= i + 2) return;
        Instruction isInstr = in.get(i + 1);
        int j = i + 2;
        // Get rid of TO_BOOL regardless:
        if (in.get(j).opcode() == Opcode.TO_BOOL) {
            in.set(j, nop(in.get(j)));
            if (in.size() <= i + 3) return;
            j = i + 3;
        }
        Instruction jump = in.get(j);
        boolean invert = isInstr.oparg() != 0;
        if (jump.opcode() == Opcode.POP_JUMP_IF_FALSE) invert = !invert;
        else if (jump.opcode() != Opcode.POP_JUMP_IF_TRUE) return;
        in.set(i, nop(in.get(i)));
        in.set(i + 1, nop(isInstr));
        in.set(j, jump.with(invert ? Opcode.POP_JUMP_IF_NOT_NONE : Opcode.POP_JUMP_IF_NONE, 0));
    }

    /**
     * jump_thread: a jump to a jump goes straight to the second one's target; the first becomes a
     * NOP and a new jump, located where the second was, is appended. Like CPython's, the new jump
     * starts with no handler: basicblock_add_jump leaves i_except NULL. {@return 1 if it changed
     * anything, so the caller looks at the new jump again}
     */
    private static int jumpThread(CfgBuilder g, Block bb, int i, Instruction target, Opcode opcode) {
        Instruction inst = bb.instr.get(i);
        if (inst.target().equals(target.target())) return 0;
        bb.instr.set(i, nop(inst));
        bb.instr.add(Instruction.jump(opcode, target.target(), target.location()));
        return 1;
    }

    /**
     * fold_tuple_on_constants: LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n becomes one LOAD_CONST
     * of the tuple.
     */
    private static void foldTupleOnConstants(List<Instruction> in, int start, int n, List<ConstantValue> consts) {
        List<ConstantValue> items = new ArrayList<>();
        for (int k = start; k < start + n; k++) {
            if (in.get(k).opcode() != Opcode.LOAD_CONST) return;
            items.add(consts.get(in.get(k).oparg()));
        }
        int index = Consts.add(consts, new ConstantValue.Tuple(items));
        for (int k = start; k < start + n; k++) in.set(k, nop(in.get(k)));
        in.set(start + n, in.get(start + n).with(Opcode.LOAD_CONST, index));
    }
}
