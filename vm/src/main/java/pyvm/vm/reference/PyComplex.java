package pyvm.vm.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyvm.cfg.NbOp;
import pyvm.parser.ConstantValue;
import pyvm.parser.PyHash;

/**
 * A {@code complex}: two doubles, {@code PyComplexObject} of Objects/complexobject.c, with its
 * arithmetic ({@code _Py_c_sum}, {@code _Py_c_prod}, {@code _Py_c_quot}, {@code _Py_c_pow}), an int or
 * float operand taken as a complex with no imaginary part. Complex numbers are not ordered: only
 * {@code ==} and {@code !=} compare them.
 */
final class PyComplex extends PyObject {

    static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, PyComplex::fillSlots, TypeFlag.BASETYPE);

    final double real;
    final double imag;

    PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override PyType type() {
        return TYPE;
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = o -> PyStr.of(ConstantValue.repr(new ConstantValue.Complex(((PyComplex) o).real, ((PyComplex) o).imag)));
        t.tpHash = o -> PyHash.ofComplex(((PyComplex) o).real, ((PyComplex) o).imag, ObjectType.identityHash(o));
        t.tpRichcompare = PyComplex::richcompare;
        arithmetic(t, NbOp.NB_ADD, (a, b) -> new PyComplex(a.real + b.real, a.imag + b.imag));
        arithmetic(t, NbOp.NB_SUBTRACT, (a, b) -> new PyComplex(a.real - b.real, a.imag - b.imag));
        arithmetic(t, NbOp.NB_MULTIPLY, PyComplex::product);
        arithmetic(t, NbOp.NB_TRUE_DIVIDE, (a, b) -> {
            PyComplex q = quotient(a, b);
            if (q == null) throw PyErr.zeroDivision("complex division by zero");
            return q;
        });
        arithmetic(t, NbOp.NB_POWER, (a, b) -> power(a.real, a.imag, b.real, b.imag));
        t.nbNegative = o -> new PyComplex(-((PyComplex) o).real, -((PyComplex) o).imag);
        t.nbPositive = o -> new PyComplex(((PyComplex) o).real, ((PyComplex) o).imag);
        t.nbAbsolute = o -> {
            PyComplex c = (PyComplex) o;
            double r = Math.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && Double.isFinite(c.real) && Double.isFinite(c.imag))
                throw PyErr.format(PyExc.OverflowError, "absolute value too large");
            return new PyFloat(r);
        };
        t.nbBool = o -> ((PyComplex) o).real != 0 || ((PyComplex) o).imag != 0;
        t.tpNew = PyComplex::newComplex;
        t.dict.put("real", new PyGetSetDescr(t, "real", o -> new PyFloat(((PyComplex) o).real), null));
        t.dict.put("imag", new PyGetSetDescr(t, "imag", o -> new PyFloat(((PyComplex) o).imag), null));
        t.addMethod("conjugate", (self, args, kwnames) -> {
            Args.noArgs("complex.conjugate", args, kwnames);
            return new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag);
        });
    }

    private interface ComplexOp { PyObject apply(PyComplex a, PyComplex b); }

    private static void arithmetic(PyType t, NbOp op, ComplexOp f) {
        t.nbBinary[op.ordinal()] = (v, w) -> {
            PyComplex a = toComplex(v), b = toComplex(w);
            return a == null || b == null ? PyNotImplemented.NOT_IMPLEMENTED : f.apply(a, b);
        };
    }

    /** {@code TO_COMPLEX}: ints and floats are complex numbers with no imaginary part; others are not. */
    private static PyComplex toComplex(PyObject o) {
        if (o instanceof PyComplex c) return c;
        if (o instanceof PyFloat f) return new PyComplex(f.value, 0);
        if (o instanceof PyInt i) return new PyComplex(i.toDouble(), 0);
        return null;
    }

    private static PyObject richcompare(PyObject v, PyObject w, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.NOT_IMPLEMENTED;
        PyComplex a = (PyComplex) v;
        boolean equal;
        if (w instanceof PyInt || w instanceof PyFloat) {
            equal = a.imag == 0 && Py.richCompareBool(new PyFloat(a.real), w, CompareOp.EQ);
        } else if (w instanceof PyComplex b) {
            equal = a.real == b.real && a.imag == b.imag;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(equal == (op == CompareOp.EQ));
    }

    /** {@code _Py_c_prod}. */
    private static PyComplex product(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** {@code _Py_c_quot}: Smith's method, scaling by the larger part of the divisor; null for a zero divisor. */
    private static PyComplex quotient(PyComplex a, PyComplex b) {
        double absReal = Math.abs(b.real), absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0) return null;
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /**
     * {@code complex_pow}: repeated squaring for small integral exponents ({@code c_powi}), polar form
     * otherwise ({@code _Py_c_pow}); an infinite part means the result overflowed.
     */
    static PyComplex power(double ar, double ai, double br, double bi) {
        PyComplex a = new PyComplex(ar, ai);
        PyComplex p;
        if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            PyComplex u = powu(a, Math.abs(n));
            p = n >= 0 ? u : quotient(new PyComplex(1, 0), u);
        } else if (br == 0 && bi == 0) {
            p = new PyComplex(1, 0);
        } else if (ar == 0 && ai == 0) {
            p = bi != 0 || br < 0 ? null : new PyComplex(0, 0);
        } else {
            double vabs = Math.hypot(ar, ai), len = Math.pow(vabs, br), at = Math.atan2(ai, ar), phase = at * br;
            if (bi != 0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            p = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (p == null) throw PyErr.zeroDivision("0.0 to a negative or complex power");
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag))
            throw PyErr.format(PyExc.OverflowError, "complex exponentiation");
        return p;
    }

    /** {@code c_powu}: a power with a non-negative integral exponent, by squaring. */
    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0), p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = product(r, p);
            p = product(p, p);
        }
        return r;
    }

    private static final String FLOAT = "(?:(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)"
            + "(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)";
    private static final Pattern TEXT = Pattern.compile(
            "\\(?\\s*(?:([+-]?" + FLOAT + ")(?:([+-]" + FLOAT + "?)[jJ])?|([+-]?" + FLOAT + "?)[jJ])\\s*\\)?",
            Pattern.CASE_INSENSITIVE);

    /** {@code complex_new}: {@code complex(real=0, imag=0)}, or {@code complex(text)}. */
    private static PyObject newComplex(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("complex", args, kwnames, "real", "imag");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("complex", positional.length, 0, 2);
        PyObject r = positional.length > 0 ? positional[0] : kw[0];
        PyObject i = positional.length > 1 ? positional[1] : kw[1];
        if (r instanceof PyStr s) {
            if (i != null) throw PyErr.format(PyExc.TypeError, "complex() can't take second arg if first is a string");
            return fromString(s.value.strip());
        }
        PyComplex real = r == null ? new PyComplex(0, 0) : asComplex(r, "first");
        PyComplex imag = i == null ? new PyComplex(0, 0) : asComplex(i, "second");
        return new PyComplex(real.real - imag.imag, real.imag + imag.real);
    }

    private static PyComplex asComplex(PyObject o, String which) {
        if (o instanceof PyComplex c) return c;
        if (o.type().nbFloat != null || o.type().nbIndex != null) return new PyComplex(FloatConversion.toFloat(o).value, 0);
        throw PyErr.format(PyExc.TypeError, "complex() %s argument must be a string or a number, not '%s'",
                which, o.type().name);
    }

    private static PyComplex fromString(String s) {
        Matcher m = TEXT.matcher(s);
        if (!m.matches() || s.startsWith("(") != s.endsWith(")"))
            throw PyErr.format(PyExc.ValueError, "complex() arg is a malformed string");
        if (m.group(3) != null) return new PyComplex(0, part(m.group(3)));
        return new PyComplex(part(m.group(1)), m.group(2) == null ? 0 : part(m.group(2)));
    }

    /** One part of the text: a float, or a bare sign standing for 1. */
    private static double part(String text) {
        if (text.isEmpty() || text.equals("+")) return 1;
        if (text.equals("-")) return -1;
        return FloatConversion.fromString(PyStr.of(text)).value;
    }
}
