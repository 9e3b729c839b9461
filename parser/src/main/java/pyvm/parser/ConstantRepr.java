package pyvm.parser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import pyvm.lexer.PyRepr;

/** Python's repr of each kind of constant (Objects/floatobject.c, complexobject.c, bytesobject.c, ...). */
final class ConstantRepr {

    private ConstantRepr() {}

    static String repr(ConstantValue value) {
        return switch (value) {
            case ConstantValue.None n -> "None";
            case ConstantValue.Bool b -> b.value() ? "True" : "False";
            case ConstantValue.Int i -> i.value().toString();
            case ConstantValue.Float f -> floatRepr(f.value(), true);
            case ConstantValue.Complex c -> complexRepr(c.real(), c.imag());
            case ConstantValue.Str s -> PyRepr.str(s.codePoints());
            case ConstantValue.Bytes b -> bytesRepr(b.value());
            case ConstantValue.Ellipsis e -> "Ellipsis";
            case ConstantValue.Tuple t -> t.items().size() == 1
                    ? "(" + repr(t.items().get(0)) + ",)"
                    : "(" + join(t.items()) + ")";
            case ConstantValue.FrozenSet s -> s.items().isEmpty() ? "frozenset()" : "frozenset({" + join(s.items()) + "})";
            case ConstantValue.Code c -> c.repr();
        };
    }

    private static String join(List<ConstantValue> items) {
        return items.stream().map(ConstantRepr::repr).collect(Collectors.joining(", "));
    }

    /**
     * float_repr: the shortest digits that read back as the same double (Java's Double.toString finds
     * the same digits since JDK 19, except that it never gives fewer than two: see
     * {@link #shortest(double)}), laid out as PyOS_double_to_string's 'r' format does: positional
     * for exponents from -4 to 15, scientific otherwise; {@code addDot0} appends ".0" to integral
     * values, as float's repr does and complex's does not.
     */
    static String floatRepr(double x, boolean addDot0) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (x == 0) return sign + (addDot0 ? "0.0" : "0");
        BigDecimal d = shortest(Math.abs(x));
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();   // x = d.ddd * 10**exponent
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        String text;
        if (exponent < 0) {
            text = "0." + "0".repeat(-exponent - 1) + digits;
        } else if (digits.length() <= exponent + 1) {
            text = digits + "0".repeat(exponent + 1 - digits.length()) + (addDot0 ? ".0" : "");
        } else {
            text = digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
        }
        return sign + text;
    }

    /**
     * The shortest decimal that reads back as {@code x}, the nearest one if several are as short, as
     * _Py_dg_dtoa's mode 0 finds it. Double.toString gives the same, except where one digit would do:
     * it then gives the nearest two-digit decimal ({@code 4.9E-324} for Python's {@code 5e-324}), so
     * the one-digit neighbours are tried too.
     */
    private static BigDecimal shortest(double x) {
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        if (d.precision() != 2) return d;
        BigDecimal exact = new BigDecimal(x);
        BigDecimal best = d;
        BigDecimal down = d.setScale(d.scale() - 1, RoundingMode.FLOOR);
        for (BigDecimal candidate : List.of(down, down.add(BigDecimal.ONE.scaleByPowerOfTen(-down.scale())))) {
            if (Double.parseDouble(candidate.toString()) != x) continue;
            if (best == d || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) best = candidate;
        }
        return best.stripTrailingZeros();
    }

    /** complex_repr: just the imaginary part when the real part is +0.0, else both in parentheses. */
    private static String complexRepr(double real, double imag) {
        String im = floatRepr(imag, false);
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) return im + "j";
        String sign = (im.startsWith("-")) ? "" : "+";
        return "(" + floatRepr(real, false) + sign + im + "j)";
    }

    /** bytes_repr: single quotes unless the bytes hold ' and no ", escapes for the rest. */
    private static String bytesRepr(byte[] bytes) {
        boolean single = false, dbl = false;
        for (byte b : bytes) { single |= b == '\''; dbl |= b == '"'; }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') out.append('\\').append((char) c);
            else if (c == '\t') out.append("\\t");
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c < 0x20 || c >= 0x7f) out.append(String.format("\\x%02x", c));
            else out.append((char) c);
        }
        return out.append(quote).toString();
    }
}
