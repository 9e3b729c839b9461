package pyvm.cfg.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import pyvm.parser.ConstantValue;
import pyvm.parser.FloatDivMod;

/**
 * Python's arithmetic on constants, for folding: the PyNumber_* functions of Objects/abstract.c
 * with the int, float, complex, str, bytes and tuple methods they dispatch to. Each returns null
 * where Python would raise, and the folder then leaves the operation for run time.
 */
final class PyNumber {

    private PyNumber() {}

    private static final BigInteger DOUBLE_EXACT = BigInteger.ONE.shiftLeft(53);

    // ---------------------------------------------------------------- kinds of operands

    private static BigInteger integer(ConstantValue v) {
        return Consts.intValue(v);
    }

    /** The value as a float, for int/float arithmetic; null if not a real number or too large. */
    private static Double real(ConstantValue v) {
        if (v instanceof ConstantValue.Float f) return f.value();
        BigInteger i = integer(v);
        if (i == null) return null;
        double d = i.doubleValue();
        return Double.isInfinite(d) ? null : d;   // OverflowError: int too large to convert to float
    }

    private static boolean isFloat(ConstantValue v) {
        return v instanceof ConstantValue.Float;
    }

    private static ConstantValue.Complex complex(ConstantValue v) {
        if (v instanceof ConstantValue.Complex c) return c;
        Double d = real(v);
        return d == null ? null : new ConstantValue.Complex(d, 0.0);
    }

    private static ConstantValue of(BigInteger i) {
        return new ConstantValue.Int(i);
    }

    private static ConstantValue of(double d) {
        return new ConstantValue.Float(d);
    }

    // ---------------------------------------------------------------- binary operators

    /** PyNumber_Add, with sequence concatenation. */
    static ConstantValue add(ConstantValue v, ConstantValue w) {
        BigInteger a = integer(v), b = integer(w);
        if (a != null && b != null) return of(a.add(b));
        if (isFloat(v) || isFloat(w)) {
            Double x = real(v), y = real(w);
            if (x != null && y != null) return of(x + y);
        }
        if (v instanceof ConstantValue.Complex || w instanceof ConstantValue.Complex) {
            ConstantValue.Complex x = complex(v), y = complex(w);
            return x == null || y == null ? null : new ConstantValue.Complex(x.real() + y.real(), x.imag() + y.imag());
        }
        if (v instanceof ConstantValue.Str s && w instanceof ConstantValue.Str t) return s.concat(t);
        if (v instanceof ConstantValue.Bytes s && w instanceof ConstantValue.Bytes t) {
            byte[] x = s.value(), y = t.value();
            byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            return new ConstantValue.Bytes(out);
        }
        if (v instanceof ConstantValue.Tuple s && w instanceof ConstantValue.Tuple t) {
            List<ConstantValue> items = new ArrayList<>(s.items());
            items.addAll(t.items());
            return new ConstantValue.Tuple(items);
        }
        return null;
    }

    /** PyNumber_Subtract. */
    static ConstantValue subtract(ConstantValue v, ConstantValue w) {
        BigInteger a = integer(v), b = integer(w);
        if (a != null && b != null) return of(a.subtract(b));
        if (isFloat(v) || isFloat(w)) {
            Double x = real(v), y = real(w);
            if (x != null && y != null) return of(x - y);
        }
        if (v instanceof ConstantValue.Complex || w instanceof ConstantValue.Complex) {
            ConstantValue.Complex x = complex(v), y = complex(w);
            return x == null || y == null ? null : new ConstantValue.Complex(x.real() - y.real(), x.imag() - y.imag());
        }
        return null;
    }

    /** PyNumber_Multiply, with sequence repetition. */
    static ConstantValue multiply(ConstantValue v, ConstantValue w) {
        BigInteger a = integer(v), b = integer(w);
        if (a != null && b != null) return of(a.multiply(b));
        if (isFloat(v) || isFloat(w)) {
            Double x = real(v), y = real(w);
            if (x != null && y != null) return of(x * y);
        }
        if (v instanceof ConstantValue.Complex || w instanceof ConstantValue.Complex) {
            ConstantValue.Complex x = complex(v), y = complex(w);
            return x == null || y == null ? null : product(x, y);
        }
        if (b != null) return repeat(v, b);
        if (a != null) return repeat(w, a);
        return null;
    }

    private static ConstantValue repeat(ConstantValue seq, BigInteger times) {
        int n = times.signum() <= 0 ? 0 : times.intValueExact();
        return switch (seq) {
            case ConstantValue.Str s -> {
                int[] x = s.codePoints();
                int[] out = new int[x.length * n];
                for (int i = 0; i < n; i++) System.arraycopy(x, 0, out, i * x.length, x.length);
                yield new ConstantValue.Str(out);
            }
            case ConstantValue.Bytes b -> {
                byte[] x = b.value();
                byte[] out = new byte[x.length * n];
                for (int i = 0; i < n; i++) System.arraycopy(x, 0, out, i * x.length, x.length);
                yield new ConstantValue.Bytes(out);
            }
            case ConstantValue.Tuple t -> {
                List<ConstantValue> items = new ArrayList<>();
                for (int i = 0; i < n; i++) items.addAll(t.items());
                yield new ConstantValue.Tuple(items);
            }
            default -> null;
        };
    }

    /** PyNumber_TrueDivide: int / int is the correctly rounded quotient. */
    static ConstantValue trueDivide(ConstantValue v, ConstantValue w) {
        BigInteger a = integer(v), b = integer(w);
        if (a != null && b != null) {
            if (b.signum() == 0) return null;
            if (a.abs().compareTo(DOUBLE_EXACT) <= 0 && b.abs().compareTo(DOUBLE_EXACT) <= 0)
                return of(a.doubleValue() / b.doubleValue());
            double q = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(40)).doubleValue();
            return Double.isInfinite(q) ? null : of(q);
        }
        if (v instanceof ConstantValue.Complex || w instanceof ConstantValue.Complex) {
            ConstantValue.Complex a1 = complex(v), b1 = complex(w);
            return a1 == null || b1 == null ? null : complexQuotient(a1, b1);
        }
        Double x = real(v), y = real(w);
        if (x == null || y == null || y == 0) return null;
        return of(x / y);
    }

    /**
     * complex_pow: repeated squaring for a small integral exponent (c_powi), polar form otherwise
     * (_Py_c_pow). Null where CPython raises: zero to a negative or complex power, overflow.
     */
    private static ConstantValue complexPower(ConstantValue.Complex a, ConstantValue.Complex b) {
        double re, im;
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            long n = (long) b.real();
            ConstantValue.Complex p = complexPowu(a, Math.abs(n));
            if (n <= 0) {
                ConstantValue q = complexQuotient(new ConstantValue.Complex(1.0, 0.0), p);
                if (q == null) return null;
                p = (ConstantValue.Complex) q;
            }
            re = p.real();
            im = p.imag();
        } else if (b.real() == 0.0 && b.imag() == 0.0) {
            re = 1.0;
            im = 0.0;
        } else if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) return null;
            re = 0.0;
            im = 0.0;
        } else {
            double vabs = Math.hypot(a.real(), a.imag());
            double len = Math.pow(vabs, b.real());
            double at = Math.atan2(a.imag(), a.real());
            double phase = at * b.real();
            if (b.imag() != 0.0) {
                len /= Math.exp(at * b.imag());
                phase += b.imag() * Math.log(vabs);
            }
            re = len * Math.cos(phase);
            im = len * Math.sin(phase);
        }
        if (Double.isInfinite(re) || Double.isInfinite(im)) return null;   // OverflowError
        return new ConstantValue.Complex(re, im);
    }

    /** c_powu: x**n by repeated squaring. */
    private static ConstantValue.Complex complexPowu(ConstantValue.Complex x, long n) {
        ConstantValue.Complex r = new ConstantValue.Complex(1.0, 0.0);
        ConstantValue.Complex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = product(r, p);
            p = product(p, p);
        }
        return r;
    }

    /** _Py_c_prod. */
    private static ConstantValue.Complex product(ConstantValue.Complex a, ConstantValue.Complex b) {
        return new ConstantValue.Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /**
     * _Py_c_quot: Smith's algorithm, dividing by the larger part of the divisor, and C11's
     * recovery of infinities and zeros that came out as nan+nanj. Null for a zero divisor.
     */
    private static ConstantValue complexQuotient(ConstantValue.Complex a, ConstantValue.Complex b) {
        double absBreal = Math.abs(b.real()), absBimag = Math.abs(b.imag());
        double re, im;
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) return null;   // ZeroDivisionError
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            re = (a.real() + a.imag() * ratio) / denom;
            im = (a.imag() - a.real() * ratio) / denom;
        } else if (absBimag >= absBreal) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            re = (a.real() * ratio + a.imag()) / denom;
            im = (a.imag() * ratio - a.real()) / denom;
        } else {
            re = im = Double.NaN;   // at least one of b's parts is a NaN
        }
        if (Double.isNaN(re) && Double.isNaN(im)) {
            if ((Double.isInfinite(a.real()) || Double.isInfinite(a.imag()))
                    && Double.isFinite(b.real()) && Double.isFinite(b.imag())) {
                double x = Math.copySign(Double.isInfinite(a.real()) ? 1.0 : 0.0, a.real());
                double y = Math.copySign(Double.isInfinite(a.imag()) ? 1.0 : 0.0, a.imag());
                re = Double.POSITIVE_INFINITY * (x * b.real() + y * b.imag());
                im = Double.POSITIVE_INFINITY * (y * b.real() - x * b.imag());
            } else if ((Double.isInfinite(absBreal) || Double.isInfinite(absBimag))
                    && Double.isFinite(a.real()) && Double.isFinite(a.imag())) {
                double x = Math.copySign(Double.isInfinite(b.real()) ? 1.0 : 0.0, b.real());
                double y = Math.copySign(Double.isInfinite(b.imag()) ? 1.0 : 0.0, b.imag());
                re = 0.0 * (a.real() * x + a.imag() * y);
                im = 0.0 * (a.imag() * x - a.real() * y);
            }
        }
        return new ConstantValue.Complex(re, im);
    }

    /** PyNumber_FloorDivide. */
    static ConstantValue floorDivide(ConstantValue v, ConstantValue w) {
        BigInteger a = integer(v), b = integer(w);
        if (a != null && b != null) return b.signum() == 0 ? null : of(floorDiv(a, b));
        Double x = real(v), y = real(w);
        if (x == null || y == null || y == 0) return null;
        return of(FloatDivMod.of(x, y).floordiv());
    }

    /** PyNumber_Remainder: the result takes the sign of the divisor. */
    static ConstantValue remainder(ConstantValue v, ConstantValue w) {
        BigInteger a = integer(v), b = integer(w);
        if (a != null && b != null) return b.signum() == 0 ? null : of(a.subtract(floorDiv(a, b).multiply(b)));
        Double x = real(v), y = real(w);
        if (x == null || y == null || y == 0) return null;
        return of(FloatDivMod.of(x, y).mod());
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** PyNumber_Power: exact for a non-negative int exponent, float or complex otherwise. */
    static ConstantValue power(ConstantValue v, ConstantValue w) {
        if (v instanceof ConstantValue.Complex || w instanceof ConstantValue.Complex) {
            ConstantValue.Complex a = complex(v), b = complex(w);
            return a == null || b == null ? null : complexPower(a, b);
        }
        BigInteger a = integer(v), b = integer(w);
        if (a != null && b != null && b.signum() >= 0) {
            if (b.bitLength() <= 31) return of(a.pow(b.intValue()));
            return a.signum() == 0 ? of(BigInteger.ZERO) : null;
        }
        Double x = real(v), y = real(w);
        if (x == null || y == null) return null;
        if (y == 0) return of(1.0);
        if (x == 1.0) return of(1.0);
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) return null;
        if (x == 0 && y < 0) return null;               // ZeroDivisionError
        if (x < 0 && y != Math.floor(y))   // negative numbers raised to fractional powers become complex
            return complexPower(new ConstantValue.Complex(x, 0.0), new ConstantValue.Complex(y, 0.0));
        double r = Math.pow(x, y);
        return Double.isInfinite(r) ? null : of(r);     // OverflowError
    }

    /** PyNumber_Lshift: ints only, the count not negative. */
    static ConstantValue lshift(ConstantValue v, ConstantValue w) {
        BigInteger a = integer(v), b = integer(w);
        if (a == null || b == null || b.signum() < 0) return null;
        if (a.signum() == 0) return of(BigInteger.ZERO);
        return of(a.shiftLeft(b.intValueExact()));
    }

    /** PyNumber_Rshift: ints only, the count not negative; rounds towards minus infinity. */
    static ConstantValue rshift(ConstantValue v, ConstantValue w) {
        BigInteger a = integer(v), b = integer(w);
        if (a == null || b == null || b.signum() < 0) return null;
        if (b.bitLength() > 31) return of(a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO);
        return of(a.shiftRight(b.intValue()));
    }

    /** PyNumber_And: bool & bool stays a bool. */
    static ConstantValue and(ConstantValue v, ConstantValue w) {
        if (v instanceof ConstantValue.Bool x && w instanceof ConstantValue.Bool y) return new ConstantValue.Bool(x.value() & y.value());
        BigInteger a = integer(v), b = integer(w);
        return a == null || b == null ? null : of(a.and(b));
    }

    /** PyNumber_Or. */
    static ConstantValue or(ConstantValue v, ConstantValue w) {
        if (v instanceof ConstantValue.Bool x && w instanceof ConstantValue.Bool y) return new ConstantValue.Bool(x.value() | y.value());
        BigInteger a = integer(v), b = integer(w);
        return a == null || b == null ? null : of(a.or(b));
    }

    /** PyNumber_Xor. */
    static ConstantValue xor(ConstantValue v, ConstantValue w) {
        if (v instanceof ConstantValue.Bool x && w instanceof ConstantValue.Bool y) return new ConstantValue.Bool(x.value() ^ y.value());
        BigInteger a = integer(v), b = integer(w);
        return a == null || b == null ? null : of(a.xor(b));
    }

    // ---------------------------------------------------------------- unary operators

    /** PyNumber_Negative. */
    static ConstantValue negative(ConstantValue v) {
        BigInteger a = integer(v);
        if (a != null) return of(a.negate());
        return switch (v) {
            case ConstantValue.Float f -> of(-f.value());
            case ConstantValue.Complex c -> new ConstantValue.Complex(-c.real(), -c.imag());
            default -> null;
        };
    }

    /** PyNumber_Positive: +True is 1. */
    static ConstantValue positive(ConstantValue v) {
        BigInteger a = integer(v);
        if (a != null) return of(a);
        return v instanceof ConstantValue.Float || v instanceof ConstantValue.Complex ? v : null;
    }

    /** PyNumber_Invert: ints only. */
    static ConstantValue invert(ConstantValue v) {
        BigInteger a = integer(v);
        return a == null ? null : of(a.not());
    }

    /** PyObject_GetItem with an int index into a str, bytes or tuple constant. */
    static ConstantValue getItem(ConstantValue v, ConstantValue index) {
        BigInteger i = integer(index);
        if (i == null || i.bitLength() > 31) return null;
        int k = i.intValue();
        return switch (v) {
            case ConstantValue.Str s -> {
                int at = k < 0 ? k + s.length() : k;
                yield at < 0 || at >= s.length() ? null : new ConstantValue.Str(new int[] {s.codePointAt(at)});
            }
            case ConstantValue.Bytes b -> {
                byte[] bytes = b.value();
                int at = k < 0 ? k + bytes.length : k;
                yield at < 0 || at >= bytes.length ? null : ConstantValue.Int.of(bytes[at] & 0xff);
            }
            case ConstantValue.Tuple t -> {
                int at = k < 0 ? k + t.items().size() : k;
                yield at < 0 || at >= t.items().size() ? null : t.items().get(at);
            }
            default -> null;
        };
    }
}
