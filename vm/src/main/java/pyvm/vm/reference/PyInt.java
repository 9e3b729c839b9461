package pyvm.vm.reference;

import java.math.BigInteger;
import pyvm.cfg.NbOp;
import pyvm.parser.PyHash;

/**
 * An {@code int}: {@code PyLongObject} of Objects/longobject.c, of any size. The value is a
 * BigInteger; the ints from -5 to 256 are made once and shared, as CPython's small ints are, so
 * {@code is} behaves alike for them. {@link PyBool} derives from it, as bool derives from int.
 *
 * <p>Division rounds toward minus infinity and the remainder takes the divisor's sign, as Python
 * defines them; {@code /} gives the correctly rounded float; {@code **} with a negative exponent
 * gives a float.
 */
class PyInt extends PyObject {

    static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, PyInt::fillSlots, TypeFlag.BASETYPE);

    private static final int SMALL_MIN = -5;
    private static final PyInt[] SMALL = new PyInt[257 - SMALL_MIN];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i + SMALL_MIN);
    }

    /** {@code sys.int_info.default_max_str_digits}: longer decimal conversions raise ValueError. */
    static final int MAX_STR_DIGITS = 4300;

    /** The value, when it fits a Java long (nearly always): then {@link #big} is null. */
    final long small;
    /** The value when it does not fit a long; null otherwise. */
    private final BigInteger big;

    PyInt(long value) {
        this.small = value;
        this.big = null;
    }

    PyInt(BigInteger value) {
        boolean fits = value.bitLength() < 64;
        this.small = fits ? value.longValue() : 0;
        this.big = fits ? null : value;
    }

    static PyInt of(long v) {
        if (v >= SMALL_MIN && v < SMALL_MIN + SMALL.length) return SMALL[(int) v - SMALL_MIN];
        return new PyInt(v);
    }

    static PyInt of(BigInteger v) {
        return v.bitLength() < 64 ? of(v.longValue()) : new PyInt(v);
    }

    /** {@return whether the value fits a Java long, in {@link #small}} */
    boolean isSmall() {
        return big == null;
    }

    /** {@return the value, of any size} */
    BigInteger value() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    @Override PyType type() {
        return TYPE;
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = PyInt::repr;
        t.tpHash = o -> ((PyInt) o).isSmall() ? PyHash.ofInt(((PyInt) o).small) : PyHash.ofInt(((PyInt) o).value());
        t.tpRichcompare = (v, w, op) -> w instanceof PyInt b ? PyBool.of(op.holds(((PyInt) v).compareTo(b)))
                : PyNotImplemented.NOT_IMPLEMENTED;
        binary(t, NbOp.NB_ADD, (a, b) -> {
            long r = a + b;
            return ((a ^ r) & (b ^ r)) < 0 ? null : of(r);
        }, BigInteger::add);
        binary(t, NbOp.NB_SUBTRACT, (a, b) -> {
            long r = a - b;
            return ((a ^ b) & (a ^ r)) < 0 ? null : of(r);
        }, BigInteger::subtract);
        binary(t, NbOp.NB_MULTIPLY, (a, b) -> {
            long lo = a * b;
            return Math.multiplyHigh(a, b) == lo >> 63 ? of(lo) : null;
        }, BigInteger::multiply);
        binary(t, NbOp.NB_FLOOR_DIVIDE, (a, b) -> {
            if (b == 0) throw PyErr.zeroDivision("integer division or modulo by zero");
            return a == Long.MIN_VALUE && b == -1 ? null : of(Math.floorDiv(a, b));
        }, (a, b) -> divmod(a, b, "integer division or modulo by zero")[0]);
        binary(t, NbOp.NB_REMAINDER, (a, b) -> {
            if (b == 0) throw PyErr.zeroDivision("integer modulo by zero");
            return of(b == -1 ? 0 : Math.floorMod(a, b));
        }, (a, b) -> divmod(a, b, "integer modulo by zero")[1]);
        binary(t, NbOp.NB_AND, (a, b) -> of(a & b), BigInteger::and);
        binary(t, NbOp.NB_OR, (a, b) -> of(a | b), BigInteger::or);
        binary(t, NbOp.NB_XOR, (a, b) -> of(a ^ b), BigInteger::xor);
        binary(t, NbOp.NB_LSHIFT, (a, b) -> {
            if (b < 0) throw PyErr.format(PyExc.ValueError, "negative shift count");
            return b < 63 && (a << b) >> b == a ? of(a << b) : null;
        }, PyInt::lshift);
        binary(t, NbOp.NB_RSHIFT, (a, b) -> {
            if (b < 0) throw PyErr.format(PyExc.ValueError, "negative shift count");
            return of(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
        }, (a, b) -> a.shiftRight(shiftCount(b).intValue()));
        t.nbBinary[NbOp.NB_TRUE_DIVIDE.ordinal()] = (v, w) -> v instanceof PyInt a && w instanceof PyInt b
                ? new PyFloat(a.isSmall() && b.isSmall() && Math.abs(a.small) <= 1L << 53 && Math.abs(b.small) <= 1L << 53 && b.small != 0
                        ? a.small / (double) b.small : trueDivide(a.value(), b.value()))
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.nbBinary[NbOp.NB_POWER.ordinal()] = PyInt::power;
        t.nbNegative = o -> ((PyInt) o).isSmall() && ((PyInt) o).small != Long.MIN_VALUE ? of(-((PyInt) o).small)
                : of(((PyInt) o).value().negate());
        t.nbPositive = o -> o.type() == TYPE ? o : copy((PyInt) o);
        t.nbAbsolute = o -> ((PyInt) o).isSmall() && ((PyInt) o).small != Long.MIN_VALUE ? of(Math.abs(((PyInt) o).small))
                : of(((PyInt) o).value().abs());
        t.nbInvert = o -> ((PyInt) o).isSmall() ? of(~((PyInt) o).small) : of(((PyInt) o).value().not());
        t.nbBool = o -> !((PyInt) o).isSmall() || ((PyInt) o).small != 0;
        t.nbInt = o -> o.type() == TYPE ? o : copy((PyInt) o);
        t.nbIndex = t.nbInt;
        t.nbFloat = o -> new PyFloat(((PyInt) o).toDouble());
        t.tpNew = IntConversion::newInt;
        t.dict.put("real", new PyGetSetDescr(t, "real", o -> of(((PyInt) o).value()), null));
        t.dict.put("imag", new PyGetSetDescr(t, "imag", o -> of(0), null));
        t.dict.put("numerator", new PyGetSetDescr(t, "numerator", o -> of(((PyInt) o).value()), null));
        t.dict.put("denominator", new PyGetSetDescr(t, "denominator", o -> of(1), null));
        t.addMethod("bit_length", (self, args, kwnames) -> {
            Args.noArgs("int.bit_length", args, kwnames);
            return of(((PyInt) self).value().abs().bitLength());
        });
        t.addMethod("bit_count", (self, args, kwnames) -> {
            Args.noArgs("int.bit_count", args, kwnames);
            return of(((PyInt) self).value().abs().bitCount());
        });
        t.addMethod("conjugate", (self, args, kwnames) -> {
            Args.noArgs("int.conjugate", args, kwnames);
            return of(((PyInt) self).value());
        });
        t.addMethod("is_integer", (self, args, kwnames) -> {
            Args.noArgs("int.is_integer", args, kwnames);
            return PyBool.TRUE;
        });
        t.addMethod("as_integer_ratio", (self, args, kwnames) -> {
            Args.noArgs("int.as_integer_ratio", args, kwnames);
            return PyTuple.of(of(((PyInt) self).value()), of(1));
        });
        t.addMethod("__format__", (self, args, kwnames) -> {
            PyObject spec = Args.one("int.__format__", args, kwnames);
            if (!(spec instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %s", spec.type().name);
            return FormatSpec.formatInt((PyInt) self, s.value);
        });
    }

    private interface BigOp { BigInteger apply(BigInteger a, BigInteger b); }

    /** The operator on two longs: its result, or null when that does not fit a long. */
    private interface LongOp { PyInt apply(long a, long b); }

    /**
     * An operator defined on two ints, done in longs while they suffice and in BigIntegers otherwise;
     * any other operand gets NotImplemented, as {@code CHECK_BINOP} does.
     */
    private static void binary(PyType t, NbOp op, LongOp fast, BigOp slow) {
        t.nbBinary[op.ordinal()] = (v, w) -> {
            if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return PyNotImplemented.NOT_IMPLEMENTED;
            if (a.big == null && b.big == null) {
                PyInt r = fast.apply(a.small, b.small);
                if (r != null) return r;
            }
            return of(slow.apply(a.value(), b.value()));
        };
    }

    /** {@return the sign of {@code this - other}} */
    int compareTo(PyInt other) {
        return big == null && other.big == null ? Long.compare(small, other.small) : value().compareTo(other.value());
    }

    /** {@code PyLong_AsDouble}: correctly rounded; too large raises OverflowError. */
    double toDouble() {
        return big == null ? (double) small : toDouble(big);
    }

    /** An exact int with this one's value, for a subclass instance where int itself is wanted. */
    private static PyInt copy(PyInt o) {
        return o.big == null ? of(o.small) : new PyInt(o.big);
    }

    /** {@code long_repr}: decimal, refused beyond {@link #MAX_STR_DIGITS} digits as CPython refuses. */
    private static PyObject repr(PyObject o) {
        String digits = ((PyInt) o).value().toString();
        if (digits.length() - (digits.startsWith("-") ? 1 : 0) > MAX_STR_DIGITS)
            throw PyErr.format(PyExc.ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS);
        return PyStr.of(digits);
    }

    /** {@code l_divmod}: quotient rounded toward minus infinity, remainder with the divisor's sign. */
    static BigInteger[] divmod(BigInteger a, BigInteger b, String zeroMessage) {
        if (b.signum() == 0) throw PyErr.zeroDivision(zeroMessage);
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    private static BigInteger shiftCount(BigInteger b) {
        if (b.signum() < 0) throw PyErr.format(PyExc.ValueError, "negative shift count");
        return b.bitLength() < 31 ? b : BigInteger.valueOf(Integer.MAX_VALUE);
    }

    private static BigInteger lshift(BigInteger a, BigInteger b) {
        int n = shiftCount(b).intValue();
        if (a.signum() == 0) return a;
        if ((long) a.bitLength() + n > Integer.MAX_VALUE / 2)
            throw PyErr.format(PyExc.OverflowError, "too many digits in integer");
        return a.shiftLeft(n);
    }

    /** {@code long_pow} without a modulus: a negative exponent makes it float's power. */
    private static PyObject power(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (b.value().signum() < 0) return PyFloat.power(toDouble(a.value()), toDouble(b.value()));
        BigInteger base = a.value();
        if (b.value().signum() == 0) return of(1);
        if (base.abs().compareTo(BigInteger.ONE) <= 0)
            return base.signum() < 0 ? of(b.value().testBit(0) ? -1 : 1) : of(base);
        if (b.value().bitLength() > 31 || (long) base.bitLength() * b.value().longValue() > Integer.MAX_VALUE / 2)
            throw PyErr.noMemory();
        return of(base.pow(b.value().intValue()));
    }

    /** {@code PyLong_AsDouble}: correctly rounded; too large raises OverflowError. */
    static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) throw PyErr.format(PyExc.OverflowError, "int too large to convert to float");
        return d;
    }

    /**
     * {@code long_true_divide}: the quotient correctly rounded to a double, even where neither operand
     * converts exactly. The exact quotient is scaled to at least 55 bits, its remainder folded into
     * the lowest bit so that rounding to 53 bits sees it; the JDK's conversion then rounds half to even.
     */
    static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw PyErr.zeroDivision("division by zero");
        if (a.bitLength() <= 53 && b.bitLength() <= 53) return a.doubleValue() / b.doubleValue();
        boolean negative = a.signum() * b.signum() < 0;
        BigInteger n = a.abs(), d = b.abs();
        int shift = d.bitLength() - n.bitLength() + 55;
        if (shift >= 0) n = n.shiftLeft(shift);
        else d = d.shiftLeft(-shift);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
        double result = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(result))
            throw PyErr.format(PyExc.OverflowError, "integer division result too large for a float");
        return negative ? -result : result;
    }

    /**
     * An instance of a class derived from int: the value, and the class and {@code __dict__}
     * a subclass instance has, as CPython lays it out after the base's struct.
     */
    static final class Derived extends PyInt {
        private final PyType type;
        private final PyDict dict = new PyDict();

        @Override PyType type() {
            return type;
        }

        @Override PyDict instanceDict() {
            return dict;
        }

        @Override public void traverse(java.util.function.Consumer<? super pyvm.gc.Traversable> visit) {
            super.traverse(visit);
            visit.accept(dict);
        }

        Derived(PyType type, PyInt value) {
            super(value.value());
            this.type = type;
        }
    }
}
