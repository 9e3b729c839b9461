package pyvm.vm.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import pyvm.parser.FloatDivMod;

/**
 * The numeric builtins of Python/bltinmodule.c: abs, round, pow, divmod, sum, min, max, hex, oct,
 * bin, chr and ord, with CPython's rules (banker's rounding, modular inverses, {@code sum}'s refusal
 * of strings) and messages.
 */
final class BuiltinNumbers {

    private BuiltinNumbers() {}

    /** Adds the numeric builtins, by name, to the functions the builtins module is made of. */
    static void fill(Map<String, CFunction> m) {
        m.put("abs", (self, args, kwnames) -> Number.absolute(Args.one("abs", args, kwnames)));
        m.put("bin", (self, args, kwnames) -> PyStr.of(prefixed(Args.one("bin", args, kwnames), 2, "0b")));
        m.put("divmod", (self, args, kwnames) -> {
            Args.noKeywords("divmod", kwnames);
            Args.checkPositional("divmod", args.length, 2, 2);
            return divmod(args[0], args[1]);
        });
        m.put("hex", (self, args, kwnames) -> PyStr.of(prefixed(Args.one("hex", args, kwnames), 16, "0x")));
        m.put("max", (self, args, kwnames) -> minMax("max", CompareOp.GT, args, kwnames));
        m.put("min", (self, args, kwnames) -> minMax("min", CompareOp.LT, args, kwnames));
        m.put("oct", (self, args, kwnames) -> PyStr.of(prefixed(Args.one("oct", args, kwnames), 8, "0o")));
        m.put("pow", BuiltinNumbers::pow);
        m.put("round", BuiltinNumbers::round);
        m.put("sum", BuiltinNumbers::sum);
        m.put("chr", (self, args, kwnames) -> {
            PyObject i = Args.one("chr", args, kwnames);
            BigInteger v = Number.index(i).value();
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0)
                throw PyErr.format(PyExc.ValueError, "chr() arg not in range(0x110000)");
            return PyStr.of(Character.toString(v.intValue()));
        });
        m.put("ord", (self, args, kwnames) -> {
            PyObject c = Args.one("ord", args, kwnames);
            if (c instanceof PyStr s) {
                if (s.length() != 1)
                    throw PyErr.format(PyExc.TypeError, "ord() expected a character, but string of length %d found", s.length());
                return PyInt.of(s.codePointAt(0));
            }
            if (c instanceof PyBytes b) {
                if (b.length() != 1)
                    throw PyErr.format(PyExc.TypeError, "ord() expected a character, but string of length %d found", b.length());
                return PyInt.of(b.get(0));
            }
            throw PyErr.format(PyExc.TypeError, "ord() expected string of length 1, but %s found", c.type().name);
        });
    }

    /** {@code round(number, ndigits=None)}: to even on ties, for floats on their exact binary value. */
    private static PyObject round(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("round", args, kwnames, "number", "ndigits");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("round", positional.length, 0, 2);
        PyObject number = positional.length > 0 ? positional[0] : kw[0];
        PyObject ndigits = positional.length > 1 ? positional[1] : kw[1];
        if (number == null) throw PyErr.format(PyExc.TypeError, "round() missing required argument 'number' (pos 1)");
        boolean none = ndigits == null || ndigits == PyNone.NONE;
        if (number instanceof PyFloat f) {
            double x = f.value;
            if (none) {
                if (!Double.isFinite(x)) return PyInt.of(PyFloat.truncate(x));
                return PyInt.of(new BigDecimal(x).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
            }
            long n = Number.asSsizeTClamped(ndigits);
            if (!Double.isFinite(x) || x == 0 || n > 400) return new PyFloat(x);
            if (n < -400) return new PyFloat(Math.copySign(0.0, x));
            double r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            if (Double.isInfinite(r)) throw PyErr.format(PyExc.OverflowError, "rounded value too large to represent");
            return new PyFloat(r == 0 ? Math.copySign(0.0, x) : r);
        }
        if (number instanceof PyInt i) {
            if (none) return PyInt.of(i.value());
            long n = Number.asSsizeTClamped(ndigits);
            if (n >= 0) return PyInt.of(i.value());
            if (n < -100000) return PyInt.of(0);
            BigDecimal d = new BigDecimal(i.value()).setScale((int) n, RoundingMode.HALF_EVEN);
            return PyInt.of(d.toBigInteger());
        }
        PyObject method = number.type().lookup("__round__");
        if (method == null) throw PyErr.format(PyExc.TypeError, "type %s doesn't define __round__ method", number.type().name);
        return none ? Py.callSpecial(method, number) : Py.callSpecial(method, number, ndigits);
    }

    /** {@code pow(base, exp, mod=None)}; with a modulus, ints only, a negative exponent meaning the inverse. */
    private static PyObject pow(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("pow", args, kwnames, "base", "exp", "mod");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("pow", positional.length, 0, 3);
        PyObject base = positional.length > 0 ? positional[0] : kw[0];
        PyObject exp = positional.length > 1 ? positional[1] : kw[1];
        PyObject mod = positional.length > 2 ? positional[2] : kw[2];
        if (base == null || exp == null) throw PyErr.format(PyExc.TypeError, "pow() missing required argument '%s' (pos %d)",
                base == null ? "base" : "exp", base == null ? 1 : 2);
        return power(base, exp, mod == null ? PyNone.NONE : mod);
    }

    /** {@code PyNumber_Power}: {@code base ** exp}, or {@code base ** exp % mod} for ints when mod is not None. */
    static PyObject power(PyObject base, PyObject exp, PyObject mod) {
        if (mod == PyNone.NONE) return Number.binaryOp(base, exp, pyvm.cfg.NbOp.NB_POWER);
        if (!(base instanceof PyInt b) || !(exp instanceof PyInt e) || !(mod instanceof PyInt m))
            throw PyErr.format(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    base.type().name, exp.type().name, mod.type().name);
        if (m.value().signum() == 0) throw PyErr.format(PyExc.ValueError, "pow() 3rd argument cannot be 0");
        BigInteger modulus = m.value().abs();
        BigInteger r;
        if (e.value().signum() < 0) {
            try {
                r = b.value().modInverse(modulus).modPow(e.value().negate(), modulus);
            } catch (ArithmeticException notInvertible) {
                throw PyErr.format(PyExc.ValueError, "base is not invertible for the given modulus");
            }
        } else {
            r = b.value().modPow(e.value(), modulus);
        }
        if (m.value().signum() < 0 && r.signum() != 0) r = r.add(m.value());
        return PyInt.of(r);
    }

    /** {@code divmod(a, b)}: floor quotient and remainder, for ints and floats. */
    static PyObject divmod(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            BigInteger[] qr = PyInt.divmod(x.value(), y.value(), "integer division or modulo by zero");
            return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
        }
        if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            double x = PyFloat.asDouble(a), y = PyFloat.asDouble(b);
            if (y == 0) throw PyErr.zeroDivision("float divmod()");
            FloatDivMod qr = FloatDivMod.of(x, y);
            return PyTuple.of(new PyFloat(qr.floordiv()), new PyFloat(qr.mod()));
        }
        throw PyErr.format(PyExc.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.type().name, b.type().name);
    }

    /**
     * {@code builtin_sum}: {@code sum(iterable, /, start=0)}, refusing str, bytes and bytearray starts.
     * Ints add in longs while they can; floats add with Neumaier's compensation, as since 3.12, so
     * {@code sum([0.1] * 10)} is 1.0.
     */
    private static PyObject sum(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("sum", args, kwnames, "", "start");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("sum", positional.length, 1, 2);
        PyObject result = positional.length > 1 ? positional[1] : kw[1] != null ? kw[1] : PyInt.of(0);
        if (result instanceof PyStr) throw PyErr.format(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (result instanceof PyBytes) throw PyErr.format(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        PyObject it = Py.getIter(positional[0]);
        PyObject item = null;
        if (result.type() == PyInt.TYPE && ((PyInt) result).isSmall()) {
            long sum = ((PyInt) result).small;
            while ((item = Py.next(it)) != null) {
                if (item instanceof PyInt i && (i.type() == PyInt.TYPE || i.type() == PyBool.TYPE) && i.isSmall()) {
                    long r = sum + i.small;
                    if (((sum ^ r) & (i.small ^ r)) >= 0) {
                        sum = r;
                        continue;
                    }
                }
                break;
            }
            result = PyInt.of(sum);
            if (item == null) return result;
            result = Number.binaryOp(result, item, pyvm.cfg.NbOp.NB_ADD);
        }
        if (result.type() == PyFloat.TYPE) {
            double sum = ((PyFloat) result).value, c = 0.0;
            while ((item = Py.next(it)) != null) {
                if (item.type() == PyFloat.TYPE) {
                    double x = ((PyFloat) item).value, t = sum + x;
                    c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
                    sum = t;
                } else if (item instanceof PyInt i && i.isSmall()) {
                    sum += (double) i.small;
                } else {
                    break;
                }
            }
            if (c != 0 && Double.isFinite(c)) sum += c;
            result = new PyFloat(sum);
            if (item == null) return result;
            result = Number.binaryOp(result, item, pyvm.cfg.NbOp.NB_ADD);
        }
        for (item = Py.next(it); item != null; item = Py.next(it))
            result = Number.binaryOp(result, item, pyvm.cfg.NbOp.NB_ADD);
        return result;
    }

    /** {@code min_max}: of the arguments, or of one iterable; {@code key=} and {@code default=} by keyword. */
    private static PyObject minMax(String name, CompareOp op, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords(name, args, kwnames, "key", "default");
        PyObject[] positional = Args.positional(args, kwnames);
        if (positional.length == 0) throw PyErr.format(PyExc.TypeError, "%s expected at least 1 argument, got 0", name);
        if (positional.length > 1 && kw[1] != null)
            throw PyErr.format(PyExc.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
        PyObject key = kw[0] == PyNone.NONE ? null : kw[0];
        PyObject it = Py.getIter(positional.length == 1 ? positional[0] : PyTuple.of(positional));
        PyObject best = null, bestKey = null;
        for (PyObject item = Py.next(it); item != null; item = Py.next(it)) {
            PyObject k = key == null ? item : Py.call(key, new PyObject[] {item}, Args.NO_KWNAMES);
            if (best == null || Py.richCompareBool(k, bestKey, op)) {
                best = item;
                bestKey = k;
            }
        }
        if (best != null) return best;
        if (kw[1] != null) return kw[1];
        throw PyErr.format(PyExc.ValueError, "%s() iterable argument is empty", name);
    }

    /** {@code hex}, {@code oct}, {@code bin}: the integer with its base's prefix, the sign before it. */
    private static String prefixed(PyObject o, int radix, String prefix) {
        BigInteger v = Number.index(o).value();
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }
}
