package pyvm.vm.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import pyvm.cfg.NbOp;
import pyvm.parser.ConstantValue;
import pyvm.parser.FloatDivMod;
import pyvm.parser.PyHash;

/**
 * A {@code float}: an IEEE double, {@code PyFloatObject} of Objects/floatobject.c. An int operand is
 * converted first ({@code CONVERT_TO_DOUBLE}); comparisons with ints are exact, as CPython's are,
 * however large the int. The repr is the shortest text that reads back as the same double, shared
 * with the parser's constants.
 */
class PyFloat extends PyObject {

    static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, PyFloat::fillSlots, TypeFlag.BASETYPE);

    final double value;

    PyFloat(double value) {
        this.value = value;
    }

    @Override PyType type() {
        return TYPE;
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = o -> PyStr.of(ConstantValue.repr(new ConstantValue.Float(((PyFloat) o).value)));
        t.tpHash = o -> PyHash.ofDouble(((PyFloat) o).value, ObjectType.identityHash(o));
        t.tpRichcompare = PyFloat::richcompare;
        arithmetic(t, NbOp.NB_ADD, (a, b) -> a + b);
        arithmetic(t, NbOp.NB_SUBTRACT, (a, b) -> a - b);
        arithmetic(t, NbOp.NB_MULTIPLY, (a, b) -> a * b);
        arithmetic(t, NbOp.NB_TRUE_DIVIDE, (a, b) -> {
            if (b == 0) throw PyErr.zeroDivision("float division by zero");
            return a / b;
        });
        arithmetic(t, NbOp.NB_FLOOR_DIVIDE, (a, b) -> {
            if (b == 0) throw PyErr.zeroDivision("float floor division by zero");
            return FloatDivMod.of(a, b).floordiv();
        });
        arithmetic(t, NbOp.NB_REMAINDER, (a, b) -> {
            if (b == 0) throw PyErr.zeroDivision("float modulo by zero");
            return FloatDivMod.of(a, b).mod();
        });
        t.nbBinary[NbOp.NB_POWER.ordinal()] = (v, w) -> {
            if (!isReal(v) || !isReal(w)) return PyNotImplemented.NOT_IMPLEMENTED;
            return power(asDouble(v), asDouble(w));
        };
        t.nbNegative = o -> new PyFloat(-((PyFloat) o).value);
        t.nbPositive = o -> o.type() == TYPE ? o : new PyFloat(((PyFloat) o).value);
        t.nbAbsolute = o -> new PyFloat(Math.abs(((PyFloat) o).value));
        t.nbBool = o -> ((PyFloat) o).value != 0;
        t.nbInt = o -> PyInt.of(truncate(((PyFloat) o).value));
        t.nbFloat = o -> o.type() == TYPE ? o : new PyFloat(((PyFloat) o).value);
        t.tpNew = FloatConversion::newFloat;
        t.dict.put("real", new PyGetSetDescr(t, "real", o -> new PyFloat(((PyFloat) o).value), null));
        t.dict.put("imag", new PyGetSetDescr(t, "imag", o -> new PyFloat(0.0), null));
        t.addMethod("is_integer", (self, args, kwnames) -> {
            Args.noArgs("float.is_integer", args, kwnames);
            double x = ((PyFloat) self).value;
            return PyBool.of(Double.isFinite(x) && x == Math.floor(x));
        });
        t.addMethod("conjugate", (self, args, kwnames) -> {
            Args.noArgs("float.conjugate", args, kwnames);
            return new PyFloat(((PyFloat) self).value);
        });
        t.addMethod("as_integer_ratio", (self, args, kwnames) -> {
            Args.noArgs("float.as_integer_ratio", args, kwnames);
            double x = ((PyFloat) self).value;
            if (Double.isInfinite(x)) throw PyErr.format(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
            if (Double.isNaN(x)) throw PyErr.format(PyExc.ValueError, "cannot convert NaN to integer ratio");
            BigDecimal d = new BigDecimal(x);
            BigInteger numerator = d.unscaledValue(), denominator = BigInteger.ONE;
            if (d.scale() > 0) denominator = BigInteger.TEN.pow(d.scale());
            else numerator = numerator.multiply(BigInteger.TEN.pow(-d.scale()));
            BigInteger g = numerator.gcd(denominator);
            return PyTuple.of(PyInt.of(numerator.divide(g)), PyInt.of(denominator.divide(g)));
        });
        t.addMethod("__format__", (self, args, kwnames) -> {
            PyObject spec = Args.one("float.__format__", args, kwnames);
            if (!(spec instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %s", spec.type().name);
            return FormatSpec.formatFloat((PyFloat) self, s.value);
        });
    }

    private interface DoubleOp { double apply(double a, double b); }

    private static void arithmetic(PyType t, NbOp op, DoubleOp f) {
        t.nbBinary[op.ordinal()] = (v, w) -> isReal(v) && isReal(w)
                ? new PyFloat(f.apply(asDouble(v), asDouble(w)))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@return whether {@code CONVERT_TO_DOUBLE} accepts the operand: a float or an int} */
    private static boolean isReal(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    /** {@code CONVERT_TO_DOUBLE}: an int too large for a double raises OverflowError. */
    static double asDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).toDouble();
    }

    /** {@code float_richcompare}: against an int, by exact value, not by converting the int. */
    private static PyObject richcompare(PyObject v, PyObject w, CompareOp op) {
        double a = ((PyFloat) v).value;
        if (w instanceof PyFloat f) return PyBool.of(compare(a, f.value, op));
        if (!(w instanceof PyInt i)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (Double.isNaN(a)) return PyBool.of(op == CompareOp.NE);
        if (Double.isInfinite(a)) return PyBool.of(op.holds(a > 0 ? 1 : -1));
        return PyBool.of(op.holds(new BigDecimal(a).compareTo(new BigDecimal(i.value()))));
    }

    private static boolean compare(double a, double b, CompareOp op) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** {@code float_pow}: C99's special cases, a complex result for a negative base and a fractional exponent. */
    static PyObject power(double iv, double iw) {
        if (iw == 0) return new PyFloat(1.0);
        if (Double.isNaN(iv)) return new PyFloat(iv);
        if (Double.isNaN(iw)) return new PyFloat(iv == 1.0 ? 1.0 : iw);
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) return new PyFloat(1.0);
            return new PyFloat((iw > 0) == (a > 1.0) ? Math.abs(iw) : 0.0);
        }
        boolean oddExponent = Math.abs(iw % 2.0) == 1.0;
        if (Double.isInfinite(iv)) {
            if (iw > 0) return new PyFloat(oddExponent ? iv : Math.abs(iv));
            return new PyFloat(oddExponent ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0) {
            if (iw < 0) throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(oddExponent ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0) {
            if (iw != Math.floor(iw)) return PyComplex.power(iv, 0, iw, 0);
            iv = -iv;
            negate = oddExponent;
        }
        if (iv == 1.0) return new PyFloat(negate ? -1.0 : 1.0);
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) throw PyErr.setObject(PyExc.OverflowError,
                PyTuple.of(PyInt.of(34), PyStr.of("Numerical result out of range")));
        return new PyFloat(negate ? -ix : ix);
    }

    /** {@code float___trunc___impl}: toward zero; infinities and NaN cannot be ints. */
    static BigInteger truncate(double x) {
        if (Double.isNaN(x)) throw PyErr.format(PyExc.ValueError, "cannot convert float NaN to integer");
        if (Double.isInfinite(x)) throw PyErr.format(PyExc.OverflowError, "cannot convert float infinity to integer");
        return new BigDecimal(x).toBigInteger();
    }

    /**
     * An instance of a class derived from float: the value, and the class and {@code __dict__}
     * a subclass instance has, as CPython lays it out after the base's struct.
     */
    static final class Derived extends PyFloat {
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

        Derived(PyType type, double value) {
            super(value);
            this.type = type;
        }
    }
}
