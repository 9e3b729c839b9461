package pyvm.vm.reference;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The {@code math} module, Modules/mathmodule.c: the functions of C's libm through Java's
 * {@code StrictMath} (fdlibm, within an ulp of glibc's and occasionally a last digit apart), and the
 * integer functions exactly. Errors are CPython's: {@code math domain error} for arguments outside a
 * function's domain, {@code math range error} for results too large.
 */
final class MathModule {

    private MathModule() {}

    private interface DoubleFunction { double apply(double x); }

    static PyModule create() {
        PyModule m = new PyModule("math", true);
        m.add("pi", new PyFloat(Math.PI));
        m.add("e", new PyFloat(Math.E));
        m.add("tau", new PyFloat(2 * Math.PI));
        m.add("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.add("nan", new PyFloat(Double.NaN));
        unary(m, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
        unary(m, "exp", StrictMath::exp);
        unary(m, "log2", MathModule::log2);
        unary(m, "log10", x -> x <= 0 ? Double.NaN : StrictMath.log10(x));
        unary(m, "sin", StrictMath::sin);
        unary(m, "cos", StrictMath::cos);
        unary(m, "tan", StrictMath::tan);
        unary(m, "asin", StrictMath::asin);
        unary(m, "acos", StrictMath::acos);
        unary(m, "atan", StrictMath::atan);
        unary(m, "sinh", StrictMath::sinh);
        unary(m, "cosh", StrictMath::cosh);
        unary(m, "tanh", StrictMath::tanh);
        unary(m, "expm1", StrictMath::expm1);
        unary(m, "log1p", x -> x <= -1 ? Double.NaN : StrictMath.log1p(x));
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        m.addFunction("log", (self, args, kwnames) -> {
            Args.noKeywords("log", kwnames);
            Args.checkPositional("log", args.length, 1, 2);
            double num = log(args[0]);
            return new PyFloat(args.length == 2 ? num / log(args[1]) : num);
        });
        m.addFunction("pow", (self, args, kwnames) -> {
            Args.noKeywords("pow", kwnames);
            Args.checkPositional("pow", args.length, 2, 2);
            double x = real(args[0]), y = real(args[1]);
            if (x == 0 && y < 0 || x < 0 && Double.isFinite(y) && y != Math.rint(y) && Double.isFinite(x))
                throw domainError();
            return checked(Math.pow(x, y), x, y);
        });
        m.addFunction("atan2", (self, args, kwnames) -> {
            Args.checkPositional("atan2", args.length, 2, 2);
            return new PyFloat(StrictMath.atan2(real(args[0]), real(args[1])));
        });
        m.addFunction("hypot", (self, args, kwnames) -> {
            double r = 0;
            for (PyObject a : args) r = Math.hypot(r, real(a));
            return new PyFloat(r);
        });
        m.addFunction("copysign", (self, args, kwnames) -> {
            Args.checkPositional("copysign", args.length, 2, 2);
            return new PyFloat(Math.copySign(real(args[0]), real(args[1])));
        });
        m.addFunction("fmod", (self, args, kwnames) -> {
            Args.checkPositional("fmod", args.length, 2, 2);
            double x = real(args[0]), y = real(args[1]);
            if (y == 0 || Double.isInfinite(x)) throw domainError();
            return new PyFloat(x % y);
        });
        m.addFunction("floor", (self, args, kwnames) -> rounded(Args.one("floor", args, kwnames), "__floor__", Math::floor));
        m.addFunction("ceil", (self, args, kwnames) -> rounded(Args.one("ceil", args, kwnames), "__ceil__", Math::ceil));
        m.addFunction("trunc", (self, args, kwnames) -> rounded(Args.one("trunc", args, kwnames), "__trunc__", x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        m.addFunction("isfinite", (self, args, kwnames) -> PyBool.of(Double.isFinite(real(Args.one("isfinite", args, kwnames)))));
        m.addFunction("isinf", (self, args, kwnames) -> PyBool.of(Double.isInfinite(real(Args.one("isinf", args, kwnames)))));
        m.addFunction("isnan", (self, args, kwnames) -> PyBool.of(Double.isNaN(real(Args.one("isnan", args, kwnames)))));
        m.addFunction("isclose", MathModule::isclose);
        m.addFunction("factorial", (self, args, kwnames) -> {
            BigInteger n = Number.index(Args.one("factorial", args, kwnames)).value();
            if (n.signum() < 0) throw PyErr.format(PyExc.ValueError, "factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValueExact(); i++) r = r.multiply(BigInteger.valueOf(i));
            return PyInt.of(r);
        });
        m.addFunction("gcd", (self, args, kwnames) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject a : args) g = g.gcd(Number.index(a).value());
            return PyInt.of(g);
        });
        m.addFunction("lcm", (self, args, kwnames) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject a : args) {
                BigInteger v = Number.index(a).value().abs();
                l = v.signum() == 0 || l.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        m.addFunction("isqrt", (self, args, kwnames) -> {
            BigInteger n = Number.index(Args.one("isqrt", args, kwnames)).value();
            if (n.signum() < 0) throw PyErr.format(PyExc.ValueError, "isqrt() argument must be nonnegative");
            return PyInt.of(n.sqrt());
        });
        m.addFunction("comb", (self, args, kwnames) -> {
            Args.checkPositional("comb", args.length, 2, 2);
            BigInteger n = Number.index(args[0]).value(), k = Number.index(args[1]).value();
            if (n.signum() < 0) throw PyErr.format(PyExc.ValueError, "n must be a non-negative integer");
            if (k.signum() < 0) throw PyErr.format(PyExc.ValueError, "k must be a non-negative integer");
            if (k.compareTo(n) > 0) return PyInt.of(0);
            BigInteger r = BigInteger.ONE;
            long kk = k.min(n.subtract(k)).longValueExact();
            for (long i = 0; i < kk; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            return PyInt.of(r);
        });
        m.addFunction("perm", (self, args, kwnames) -> {
            Args.checkPositional("perm", args.length, 1, 2);
            BigInteger n = Number.index(args[0]).value();
            BigInteger k = args.length == 2 && args[1] != PyNone.NONE ? Number.index(args[1]).value() : n;
            if (n.signum() < 0) throw PyErr.format(PyExc.ValueError, "n must be a non-negative integer");
            if (k.signum() < 0) throw PyErr.format(PyExc.ValueError, "k must be a non-negative integer");
            if (k.compareTo(n) > 0) return PyInt.of(0);
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k.longValueExact(); i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return PyInt.of(r);
        });
        m.addFunction("prod", (self, args, kwnames) -> {
            PyObject[] kw = Args.keywords("prod", args, kwnames, "start");
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("prod", positional.length, 1, 1);
            PyObject result = kw[0] == null ? PyInt.of(1) : kw[0];
            PyObject it = Py.getIter(positional[0]);
            for (PyObject item = Py.next(it); item != null; item = Py.next(it))
                result = Number.binaryOp(result, item, pyvm.cfg.NbOp.NB_MULTIPLY);
            return result;
        });
        m.addFunction("fsum", (self, args, kwnames) -> {
            PyObject it = Py.getIter(Args.one("fsum", args, kwnames));
            BigDecimal sum = BigDecimal.ZERO;
            double special = 0;
            for (PyObject item = Py.next(it); item != null; item = Py.next(it)) {
                double x = real(item);
                if (Double.isFinite(x)) sum = sum.add(new BigDecimal(x));
                else special += x;
            }
            if (special != 0 || Double.isNaN(special)) return new PyFloat(special);
            double r = sum.doubleValue();
            if (Double.isInfinite(r)) throw PyErr.format(PyExc.OverflowError, "intermediate overflow in fsum");
            return new PyFloat(r);
        });
        m.addFunction("modf", (self, args, kwnames) -> {
            double x = real(Args.one("modf", args, kwnames));
            if (Double.isInfinite(x)) return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole));
        });
        m.addFunction("frexp", (self, args, kwnames) -> {
            double x = real(Args.one("frexp", args, kwnames));
            if (x == 0 || !Double.isFinite(x)) return PyTuple.of(new PyFloat(x), PyInt.of(0));
            int e = frexpExponent(x);
            return PyTuple.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e));
        });
        m.addFunction("ldexp", (self, args, kwnames) -> {
            Args.checkPositional("ldexp", args.length, 2, 2);
            double x = real(args[0]);
            long e = Number.asSsizeTClamped(args[1]);
            return checked(Math.scalb(x, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, e))), x, 0);
        });
        return m;
    }

    /** The exponent of C's {@code frexp}: {@code x = m * 2**e} with {@code 0.5 <= |m| < 1}. */
    private static int frexpExponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54;
        return e + 1;
    }

    /** {@code m_log2}: through frexp, so that powers of two give exact results. */
    private static double log2(double x) {
        if (!(x > 0)) return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        if (Double.isInfinite(x)) return x;
        int e = frexpExponent(x);
        double m = Math.scalb(x, -e);
        return x >= 1 ? StrictMath.log(2 * m) / StrictMath.log(2) + (e - 1) : StrictMath.log(m) / StrictMath.log(2) + e;
    }

    private static PyException domainError() {
        return PyErr.format(PyExc.ValueError, "math domain error");
    }

    /** {@code math_1}: a float function; NaN from a number is a domain error, infinity from a finite one a range error. */
    private static void unary(PyModule m, String name, DoubleFunction f) {
        m.addFunction(name, (self, args, kwnames) -> {
            double x = real(Args.one(name, args, kwnames));
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
            return checked(r, x, 0);
        });
    }

    private static PyFloat checked(double r, double x, double y) {
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y))
            throw PyErr.format(PyExc.OverflowError, "math range error");
        return new PyFloat(r);
    }

    /** {@code PyFloat_AsDouble}: floats, ints, and anything with {@code __float__} or {@code __index__}. */
    static double real(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        if (o.type().nbFloat == null && o.type().nbIndex == null)
            throw PyErr.format(PyExc.TypeError, "must be real number, not %s", o.type().name);
        return FloatConversion.toFloat(o).value;
    }

    /** {@code loghelper}: an int of any size has a logarithm, which its conversion to float would lose. */
    private static double log(PyObject x) {
        if (x instanceof PyInt i) {
            BigInteger v = i.value();
            if (v.signum() <= 0) throw domainError();
            double d = v.doubleValue();
            if (Double.isFinite(d)) return StrictMath.log(d);
            int e = v.bitLength();
            double m = new BigDecimal(v).divide(new BigDecimal(BigInteger.ONE.shiftLeft(e)), java.math.MathContext.DECIMAL64).doubleValue();
            return StrictMath.log(m) + StrictMath.log(2.0) * e;
        }
        double d = real(x);
        if (d <= 0) throw domainError();
        return StrictMath.log(d);
    }

    /** {@code math.floor}, {@code ceil}, {@code trunc}: ints stay, floats round to an int, others ask their method. */
    private static PyObject rounded(PyObject x, String method, DoubleFunction f) {
        if (x instanceof PyInt i) return PyInt.of(i.value());
        if (x instanceof PyFloat fl) return PyInt.of(PyFloat.truncate(f.apply(fl.value)));
        PyObject r = HeapSlots.callMaybe(x, method);
        if (r != null) return r;
        if (method.equals("__trunc__"))
            throw PyErr.format(PyExc.TypeError, "type %s doesn't define __trunc__ method", x.type().name);
        return PyInt.of(PyFloat.truncate(f.apply(real(x))));
    }

    /** {@code math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)}. */
    private static PyObject isclose(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("isclose", args, kwnames, "rel_tol", "abs_tol");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("isclose", positional.length, 2, 2);
        double a = real(positional[0]), b = real(positional[1]);
        double rel = kw[0] == null ? 1e-9 : real(kw[0]), abs = kw[1] == null ? 0.0 : real(kw[1]);
        if (rel < 0 || abs < 0) throw PyErr.format(PyExc.ValueError, "tolerances must be non-negative");
        if (a == b) return PyBool.TRUE;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return PyBool.FALSE;
        double diff = Math.abs(b - a);
        return PyBool.of(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
    }
}
