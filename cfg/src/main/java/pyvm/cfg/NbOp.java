package pyvm.cfg;

/**
 * The argument of BINARY_OP: which operator it applies. Mirrors the NB_* enum of
 * Include/internal/pycore_opcode_utils.h (Lib/opcode.py's {@code _nb_ops}); the ordinal is the oparg.
 * The in-place forms serve augmented assignment ({@code x += 1}).
 */
public enum NbOp {
    NB_ADD("+"), NB_AND("&"), NB_FLOOR_DIVIDE("//"), NB_LSHIFT("<<"), NB_MATRIX_MULTIPLY("@"),
    NB_MULTIPLY("*"), NB_REMAINDER("%"), NB_OR("|"), NB_POWER("**"), NB_RSHIFT(">>"),
    NB_SUBTRACT("-"), NB_TRUE_DIVIDE("/"), NB_XOR("^"),
    NB_INPLACE_ADD("+="), NB_INPLACE_AND("&="), NB_INPLACE_FLOOR_DIVIDE("//="), NB_INPLACE_LSHIFT("<<="),
    NB_INPLACE_MATRIX_MULTIPLY("@="), NB_INPLACE_MULTIPLY("*="), NB_INPLACE_REMAINDER("%="),
    NB_INPLACE_OR("|="), NB_INPLACE_POWER("**="), NB_INPLACE_RSHIFT(">>="), NB_INPLACE_SUBTRACT("-="),
    NB_INPLACE_TRUE_DIVIDE("/="), NB_INPLACE_XOR("^=");

    private final String symbol;

    NbOp(String symbol) {
        this.symbol = symbol;
    }

    /** {@return the operator as dis prints it beside BINARY_OP, e.g. {@code +=}} */
    public String symbol() {
        return symbol;
    }

    /** {@return the operator BINARY_OP's argument stands for} */
    public static NbOp of(int oparg) {
        return values()[oparg];
    }
}
