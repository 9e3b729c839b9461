package pyvm.cfg.reference;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.parser.ConstantValue;

/**
 * The constants table of a unit during optimization: folding adds constants and
 * remove_unused_consts drops the ones nothing loads any more. Mirrors add_const and
 * remove_unused_consts of Python/flowgraph.c, and the truth value PyObject_IsTrue gives a constant.
 */
final class Consts {

    private Consts() {}

    /** add_const: {@return the index of {@code value}, appended if no equal constant is there} */
    static int add(List<ConstantValue> consts, ConstantValue value) {
        int index = containsNaN(value) ? -1 : consts.indexOf(value);
        if (index >= 0) return index;
        consts.add(value);
        return consts.size() - 1;
    }

    /** PyObject_IsTrue of a constant. */
    static boolean isTrue(ConstantValue value) {
        return switch (value) {
            case ConstantValue.None n -> false;
            case ConstantValue.Bool b -> b.value();
            case ConstantValue.Int i -> i.value().signum() != 0;
            case ConstantValue.Float f -> f.value() != 0;
            case ConstantValue.Complex k -> k.real() != 0 || k.imag() != 0;
            case ConstantValue.Str s -> !s.value().isEmpty();
            case ConstantValue.Bytes b -> b.value().length != 0;
            case ConstantValue.Ellipsis e -> true;
            case ConstantValue.Tuple t -> !t.items().isEmpty();
            case ConstantValue.FrozenSet s -> !s.items().isEmpty();
            case ConstantValue.Code c -> true;
        };
    }

    /**
     * remove_unused_consts: keeps the constants some instruction loads, and the first one always,
     * since it may be the docstring; renumbers what is left.
     */
    static void removeUnusedConsts(CfgBuilder g, List<ConstantValue> consts) {
        int n = consts.size();
        if (n == 0) return;
        boolean[] used = new boolean[n];
        used[0] = true;
        for (Block b : g)
            for (Instruction i : b.instr)
                if (i.opcode().has(Opcode.Flag.CONST)) used[i.oparg()] = true;
        int[] newIndex = new int[n];
        List<ConstantValue> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            newIndex[i] = kept.size();
            if (used[i]) kept.add(consts.get(i));
        }
        if (kept.size() == n) return;
        consts.clear();
        consts.addAll(kept);
        for (Block b : g)
            for (int k = 0; k < b.instr.size(); k++) {
                Instruction i = b.instr.get(k);
                if (i.opcode().has(Opcode.Flag.CONST)) b.instr.set(k, i.with(i.opcode(), newIndex[i.oparg()]));
            }
    }

    /** {@return true if a constant is or holds a NaN, which equals no other constant} */
    static boolean containsNaN(ConstantValue value) {
        return switch (value) {
            case ConstantValue.Float f -> Double.isNaN(f.value());
            case ConstantValue.Complex c -> Double.isNaN(c.real()) || Double.isNaN(c.imag());
            case ConstantValue.Tuple t -> t.items().stream().anyMatch(Consts::containsNaN);
            case ConstantValue.FrozenSet s -> s.items().stream().anyMatch(Consts::containsNaN);
            default -> false;
        };
    }

    /** {@return true if {@code value} is None} */
    static boolean isNone(ConstantValue value) {
        return value instanceof ConstantValue.None;
    }

    /** {@return the int a constant holds, bool included, or null for other types} */
    static BigInteger intValue(ConstantValue value) {
        return switch (value) {
            case ConstantValue.Int i -> i.value();
            case ConstantValue.Bool b -> b.value() ? BigInteger.ONE : BigInteger.ZERO;
            default -> null;
        };
    }
}
