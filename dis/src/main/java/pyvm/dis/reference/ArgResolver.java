package pyvm.dis.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pyvm.assembler.CodeObject;
import pyvm.cfg.Intrinsic1;
import pyvm.cfg.Intrinsic2;
import pyvm.cfg.NbOp;
import pyvm.cfg.Opcode;
import pyvm.parser.ConstantValue;

/**
 * What the listing prints in parentheses after an argument: the constant, name or local it indexes,
 * the label a jump goes to, or what an operator number means. Mirrors
 * {@code ArgResolver.get_argval_argrepr} in Lib/dis.py (3.13), case for case and in its order.
 */
final class ArgResolver {

    /** dis.cmp_op: COMPARE_OP's argument shifted right by 5 indexes it; bit 4 asks for a bool result. */
    private static final List<String> CMP_OP = List.of("<", "<=", "==", "!=", ">", ">=");
    /** The conversions of an f-string field: {@code !s}, {@code !r}, {@code !a}. */
    private static final List<String> CONVERSIONS = List.of("", "str", "repr", "ascii");
    /** dis.FUNCTION_ATTR_FLAGS: the bits of SET_FUNCTION_ATTRIBUTE's argument, lowest first. */
    private static final List<String> FUNCTION_ATTR_FLAGS = List.of("defaults", "kwdefaults", "annotations", "closure");

    private final CodeObject code;
    private final List<String> localsplusnames;
    private final Map<Integer, Integer> labels;

    ArgResolver(CodeObject code, Map<Integer, Integer> labels) {
        this.code = code;
        this.localsplusnames = code.coLocalsplusnames();
        this.labels = labels;
    }

    /** {@return the label of the instruction at {@code offset}, or null} */
    Integer labelAt(int offset) {
        return labels.get(offset);
    }

    /** {@return the argrepr of instruction {@code op} with argument {@code arg} at {@code offset}; "" for none} */
    String argrepr(int op, Integer arg, int offset) {
        Opcode deop = Bytecode.deopt(op);
        if (arg == null || deop == null) return "";
        int a = arg;
        if (deop.has(Opcode.Flag.CONST)) return ConstantValue.repr(item(code.coConsts(), a));
        if (deop.has(Opcode.Flag.NAME)) {
            return switch (deop) {
                case LOAD_GLOBAL -> withNull(item(code.coNames(), a >> 1), (a & 1) != 0, " + NULL");
                case LOAD_ATTR -> withNull(item(code.coNames(), a >> 1), (a & 1) != 0, " + NULL|self");
                case LOAD_SUPER_ATTR -> withNull(item(code.coNames(), a >> 2), (a & 1) != 0, " + NULL|self");
                default -> item(code.coNames(), a);
            };
        }
        if (deop.has(Opcode.Flag.JUMP) || deop.has(Opcode.Flag.EXC)) {
            Integer label = labels.get(Bytecode.jumpTarget(op, arg, offset));
            return "to L" + label;
        }
        return switch (deop) {
            case LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST ->
                    item(localsplusnames, a >> 4) + ", " + item(localsplusnames, a & 15);
            case COMPARE_OP -> (a & 16) != 0 ? "bool(" + item(CMP_OP, a >> 5) + ")" : item(CMP_OP, a >> 5);
            case CONVERT_VALUE -> item(CONVERSIONS, a);
            case SET_FUNCTION_ATTRIBUTE -> functionAttributes(a);
            case BINARY_OP -> item(List.of(NbOp.values()), a).symbol();
            case CALL_INTRINSIC_1 -> item(List.of(Intrinsic1.values()), a).name();
            case CALL_INTRINSIC_2 -> item(List.of(Intrinsic2.values()), a).name();
            default -> deop.has(Opcode.Flag.LOCAL) || deop.has(Opcode.Flag.FREE) ? item(localsplusnames, a) : "";
        };
    }

    /** The LOAD_GLOBAL, LOAD_ATTR and LOAD_SUPER_ATTR forms that also push NULL (or self) for a call. */
    private static String withNull(String name, boolean pushesNull, String suffix) {
        return pushesNull && !name.isEmpty() ? name + suffix : name;
    }

    private static String functionAttributes(int arg) {
        List<String> set = new ArrayList<>();
        for (int bit = 0; bit < FUNCTION_ATTR_FLAGS.size(); bit++)
            if ((arg & 1 << bit) != 0) set.add(FUNCTION_ATTR_FLAGS.get(bit));
        return String.join(", ", set);
    }

    /** Python's {@code seq[i]} for the indexes dis uses, negative ones included; IndexError past the end. */
    private static <T> T item(List<T> list, int i) {
        int index = i < 0 ? list.size() + i : i;
        if (index < 0 || index >= list.size())
            throw new IllegalArgumentException("IndexError: index " + i + " out of range for " + list.size() + " items");
        return list.get(index);
    }
}
