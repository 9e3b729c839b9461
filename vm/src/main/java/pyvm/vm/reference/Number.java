package pyvm.vm.reference;

import java.math.BigInteger;
import pyvm.cfg.NbOp;

/**
 * The number protocol: the {@code PyNumber_*} functions of Objects/abstract.c. A binary operator
 * asks both operands' types ({@code binary_op1}: the right operand first when its type derives from
 * the left's), and {@code +} and {@code *} fall back to the sequence slots, which is how
 * {@code "a" + "b"} and {@code [0] * 3} work.
 */
final class Number {

    private Number() {}

    private static final int INPLACE = NbOp.NB_INPLACE_ADD.ordinal();
    private static final NbOp[] NB_OPS = NbOp.values();

    /** {@return {@code v op w} for any of BINARY_OP's 26 operators, in-place ones included} */
    static PyObject binaryOp(PyObject v, PyObject w, NbOp op) {
        int slot = op.ordinal();
        if (slot >= INPLACE) {
            slot -= INPLACE;
            Slots.BinaryFunc f = v.type().nbInplace[slot];
            if (f != null) {
                PyObject x = f.apply(v, w);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) return x;
            }
        }
        PyObject x = binaryOp1(v, w, slot);
        if (x != PyNotImplemented.NOT_IMPLEMENTED) return x;
        NbOp plain = NB_OPS[slot];
        if (plain == NbOp.NB_ADD && v.type().sqConcat != null) return v.type().sqConcat.apply(v, w);
        if (plain == NbOp.NB_MULTIPLY) {
            if (v.type().sqRepeat != null) return sequenceRepeat(v.type().sqRepeat, v, w);
            if (w.type().sqRepeat != null) return sequenceRepeat(w.type().sqRepeat, w, v);
        }
        String symbol = op == NbOp.NB_POWER ? "** or pow()" : op.symbol();
        throw PyErr.format(PyExc.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                symbol, v.type().name, w.type().name);
    }

    /** {@code binary_op1}: NotImplemented when neither operand's type knows the operator. */
    private static PyObject binaryOp1(PyObject v, PyObject w, int slot) {
        Slots.BinaryFunc slotv = v.type().nbBinary[slot];
        Slots.BinaryFunc slotw = w.type() != v.type() ? w.type().nbBinary[slot] : null;
        if (slotw == slotv) slotw = null;
        if (slotv != null) {
            if (slotw != null && w.type().isSubtype(v.type())) {
                PyObject x = slotw.apply(v, w);
                if (x != PyNotImplemented.NOT_IMPLEMENTED) return x;
                slotw = null;
            }
            PyObject x = slotv.apply(v, w);
            if (x != PyNotImplemented.NOT_IMPLEMENTED) return x;
        }
        if (slotw != null) return slotw.apply(v, w);
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code sequence_repeat}: the count must be an integer. */
    private static PyObject sequenceRepeat(Slots.SsizeArgFunc repeat, PyObject sequence, PyObject count) {
        if (count.type().nbIndex == null)
            throw PyErr.format(PyExc.TypeError, "can't multiply sequence by non-int of type '%s'", count.type().name);
        return repeat.apply(sequence, asSsizeT(count, PyExc.OverflowError));
    }

    /** {@code PyNumber_Negative}. */
    static PyObject negative(PyObject o) {
        return unary(o, o.type().nbNegative, "unary -");
    }

    /** {@code PyNumber_Positive}. */
    static PyObject positive(PyObject o) {
        return unary(o, o.type().nbPositive, "unary +");
    }

    /** {@code PyNumber_Invert}. */
    static PyObject invert(PyObject o) {
        return unary(o, o.type().nbInvert, "unary ~");
    }

    /** {@code PyNumber_Absolute}. */
    static PyObject absolute(PyObject o) {
        return unary(o, o.type().nbAbsolute, "abs()");
    }

    private static PyObject unary(PyObject o, Slots.UnaryFunc f, String what) {
        if (f == null) throw PyErr.format(PyExc.TypeError, "bad operand type for %s: '%s'", what, o.type().name);
        return f.apply(o);
    }

    /** {@code PyNumber_Index}: the int an object stands for where Python needs an integer. */
    static PyInt index(PyObject o) {
        if (o instanceof PyInt i) return i;
        Slots.UnaryFunc f = o.type().nbIndex;
        if (f == null)
            throw PyErr.format(PyExc.TypeError, "'%s' object cannot be interpreted as an integer", o.type().name);
        PyObject r = f.apply(o);
        if (r instanceof PyInt i) return i;
        throw PyErr.format(PyExc.TypeError, "__index__ returned non-int (type %s)", r.type().name);
    }

    /**
     * {@code PyNumber_AsSsize_t}: the integer as a Py_ssize_t, a Java long; one that does not fit
     * raises {@code overflow} ({@code cannot fit 'int' into an index-sized integer}).
     */
    static long asSsizeT(PyObject o, PyType overflow) {
        PyInt i = index(o);
        if (i.isSmall()) return i.small;
        throw PyErr.format(overflow, "cannot fit '%s' into an index-sized integer", o.type().name);
    }

    /** {@code PyNumber_AsSsize_t(o, NULL)}: an integer too large for a Java long is clamped to one. */
    static long asSsizeTClamped(PyObject o) {
        PyInt i = index(o);
        if (i.isSmall()) return i.small;
        return i.value().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
}
