package pyvm.vm.reference;

import java.math.BigInteger;
import pyvm.cfg.NbOp;

/**
 * {@code True} and {@code False}: Objects/boolobject.c. bool derives from int, so {@code True + 1}
 * is 2; only {@code &}, {@code |} and {@code ^} of two bools stay bool. It cannot be subclassed and
 * has exactly two instances.
 */
final class PyBool extends PyInt {

    static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, PyBool::fillSlots);
    static final PyBool TRUE = new PyBool(true);
    static final PyBool FALSE = new PyBool(false);

    private PyBool(boolean value) {
        super(value ? BigInteger.ONE : BigInteger.ZERO);
    }

    static PyBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override PyType type() {
        return TYPE;
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = o -> PyStr.of(o == TRUE ? "True" : "False");
        bitwise(t, NbOp.NB_AND, (x, y) -> x & y);
        bitwise(t, NbOp.NB_OR, (x, y) -> x | y);
        bitwise(t, NbOp.NB_XOR, (x, y) -> x ^ y);
        t.tpNew = (type, args, kwnames) -> {
            Args.noKeywords("bool", kwnames);
            Args.checkPositional("bool", args.length, 0, 1);
            return of(args.length == 1 && Py.isTrue(args[0]));
        };
    }

    private interface Logic { boolean apply(boolean x, boolean y); }

    /** {@code bool_and} and friends: bool for two bools, int's operator otherwise. */
    private static void bitwise(PyType t, NbOp op, Logic logic) {
        Slots.BinaryFunc intOp = PyInt.TYPE.nbBinary[op.ordinal()];
        t.nbBinary[op.ordinal()] = (v, w) -> v instanceof PyBool a && w instanceof PyBool b
                ? of(logic.apply(a == TRUE, b == TRUE))
                : intOp.apply(v, w);
    }
}
