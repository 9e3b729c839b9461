package pyvm.cfg;

import java.util.ArrayList;
import java.util.List;
import pyvm.parser.ConstantValue;

/**
 * What dis prints in parentheses after an argument, for the instructions of a code unit: Lib/dis.py's
 * ArgResolver.get_argval_argrepr (3.13), with jumps shown by the label of their target block.
 */
final class ArgRepr {

    private ArgRepr() {}

    /** dis.cmp_op: COMPARE_OP's argument shifted right by 5 indexes it. */
    private static final String[] CMP_OP = {"<", "<=", "==", "!=", ">", ">="};
    /** dis.FUNCTION_ATTR_FLAGS: the bits of SET_FUNCTION_ATTRIBUTE's argument. */
    private static final String[] FUNCTION_ATTR_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
    /** CONVERT_VALUE's argument: the conversion of an f-string field. */
    private static final String[] CONVERSIONS = {"", "str", "repr", "ascii"};

    /** {@return the resolved argument of {@code i}, or "" where dis prints none} */
    static String of(CodeUnit unit, Instruction i) {
        Opcode op = i.opcode();
        int arg = i.oparg();
        if (i.target() != null) return "to " + i.target();
        if (op.has(Opcode.Flag.CONST)) return ConstantValue.repr(unit.consts().get(arg));
        if (op.has(Opcode.Flag.NAME)) {
            return switch (op) {
                case LOAD_GLOBAL -> unit.names().get(arg >> 1) + ((arg & 1) != 0 ? " + NULL" : "");
                case LOAD_ATTR -> unit.names().get(arg >> 1) + ((arg & 1) != 0 ? " + NULL|self" : "");
                case LOAD_SUPER_ATTR -> unit.names().get(arg >> 2) + ((arg & 1) != 0 ? " + NULL|self" : "");
                default -> unit.names().get(arg);
            };
        }
        return switch (op) {
            case LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST ->
                    unit.localName(op, arg >> 4) + ", " + unit.localName(op, arg & 15);
            case COMPARE_OP -> (arg & 16) != 0 ? "bool(" + CMP_OP[arg >> 5] + ")" : CMP_OP[arg >> 5];
            case CONVERT_VALUE -> CONVERSIONS[arg];
            case SET_FUNCTION_ATTRIBUTE -> functionAttributes(arg);
            case BINARY_OP -> NbOp.of(arg).symbol();
            case CALL_INTRINSIC_1 -> Intrinsic1.values()[arg].name();
            case CALL_INTRINSIC_2 -> Intrinsic2.values()[arg].name();
            default -> op.has(Opcode.Flag.LOCAL) || op.has(Opcode.Flag.FREE) ? unit.localName(op, arg) : "";
        };
    }

    private static String functionAttributes(int arg) {
        List<String> set = new ArrayList<>();
        for (int bit = 0; bit < FUNCTION_ATTR_FLAGS.length; bit++)
            if ((arg & 1 << bit) != 0) set.add(FUNCTION_ATTR_FLAGS[bit]);
        return String.join(", ", set);
    }
}
