package pyvm.vm.reference;

/**
 * The six rich comparisons, {@code Py_LT} to {@code Py_GE} of Include/object.h, in their numeric
 * order: COMPARE_OP's argument shifted right by 5 is the ordinal.
 */
enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    /** The operator as error messages print it. */
    final String symbol;
    /** The special method that implements it. */
    final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** {@return the comparison with its operands swapped, {@code _Py_SwappedOp}: < becomes >} */
    CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** {@return whether a three-way comparison's sign {@code c} satisfies this comparison} */
    boolean holds(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
