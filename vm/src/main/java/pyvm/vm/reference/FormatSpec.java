package pyvm.vm.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import pyvm.parser.ConstantValue;

/**
 * The format-specification mini-language of {@code format()} and f-strings for str, int and float:
 * Python/formatter_unicode.c. A spec is {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]};
 * it is parsed once ({@link #parse}) and then renders a value, padded and aligned.
 *
 * @param fill      the padding character
 * @param align     {@code <}, {@code >}, {@code ^} or {@code =}; 0 for the type's default
 * @param sign      {@code +}, {@code -} or space; 0 for none given
 * @param coerceZero {@code z}: a negative zero after rounding prints as zero
 * @param alternate {@code #}
 * @param width     the minimum width; -1 for none
 * @param grouping  {@code ,} or {@code _}; 0 for none
 * @param precision -1 for none
 * @param type      the presentation type; 0 for none
 */
record FormatSpec(int fill, char align, char sign, boolean coerceZero, boolean alternate, int width,
                  char grouping, int precision, char type) {

    /** {@code parse_internal_render_format_spec}, with the type's default alignment and presentation type. */
    static FormatSpec parse(String spec, PyObject value, char defaultAlign, char defaultType) {
        int[] cps = spec.codePoints().toArray();
        int pos = 0;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        if (cps.length >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            fillGiven = true;
            pos = 2;
        } else if (cps.length >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < cps.length && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) sign = (char) cps[pos++];
        boolean z = false;
        if (pos < cps.length && cps[pos] == 'z') {
            z = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < cps.length && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && pos < cps.length && cps[pos] == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') align = '=';
            pos++;
        }
        int width = -1;
        int start = pos;
        while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') pos++;
        if (pos > start) width = number(cps, start, pos);
        char grouping = 0;
        if (pos < cps.length && (cps[pos] == ',' || cps[pos] == '_')) {
            grouping = (char) cps[pos++];
            if (pos < cps.length && (cps[pos] == ',' || cps[pos] == '_'))
                throw PyErr.format(PyExc.ValueError, "Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < cps.length && cps[pos] == '.') {
            pos++;
            start = pos;
            while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') pos++;
            if (pos == start) throw PyErr.format(PyExc.ValueError, "Format specifier missing precision");
            precision = number(cps, start, pos);
        }
        if (cps.length - pos > 1)
            throw PyErr.format(PyExc.ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, value.type().name);
        char type = pos < cps.length ? (char) cps[pos] : defaultType;
        if (grouping != 0 && !(type == 0 || "defgEG%F".indexOf(type) >= 0 || grouping == '_' && "boxX".indexOf(type) >= 0))
            throw PyErr.format(PyExc.ValueError, "Cannot specify '%c' with '%c'.", grouping, type);
        return new FormatSpec(fill, align, sign, z, alternate, width, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int number(int[] cps, int from, int to) {
        if (to - from > 9) throw PyErr.format(PyExc.ValueError, "Too many decimal digits in format string");
        return Integer.parseInt(new String(cps, from, to - from));
    }

    private PyException unknownCode(PyObject value) {
        return PyErr.format(PyExc.ValueError, "Unknown format code '%c' for object of type '%s'", type, value.type().name);
    }

    /** {@code format_string_internal}: {@code format(s, spec)}. */
    static PyStr formatStr(PyStr value, String spec) {
        if (spec.isEmpty()) return value;
        FormatSpec f = parse(spec, value, '<', 's');
        if (f.type != 's') throw f.unknownCode(value);
        if (f.sign != 0) throw PyErr.format(PyExc.ValueError, "Sign not allowed in string format specifier");
        if (f.alternate) throw PyErr.format(PyExc.ValueError, "Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw PyErr.format(PyExc.ValueError, "'=' alignment not allowed in string format specifier");
        String text = f.precision >= 0 && f.precision < value.length() ? value.substring(0, f.precision) : value.value;
        return PyStr.of(f.pad("", text, '<'));
    }

    /** {@code format_long_internal}: {@code format(n, spec)}; float presentation types convert first. */
    static PyStr formatInt(PyInt value, String spec) {
        if (spec.isEmpty()) return Py.str(value);
        FormatSpec f = parse(spec, value, '>', 'd');
        if ("eEfFgG%".indexOf(f.type) >= 0) return formatFloat(new PyFloat(value.toDouble()), spec);
        if ("bcdoxXn".indexOf(f.type) < 0) throw f.unknownCode(value);
        if (f.precision >= 0) throw PyErr.format(PyExc.ValueError, "Precision not allowed in integer format specifier");
        if (f.coerceZero) throw PyErr.format(PyExc.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        BigInteger v = value.value();
        if (f.type == 'c') {
            if (f.sign != 0) throw PyErr.format(PyExc.ValueError, "Sign not allowed with integer format specifier 'c'");
            if (f.alternate) throw PyErr.format(PyExc.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0)
                throw PyErr.format(PyExc.OverflowError, "%%c arg not in range(0x110000)");
            return PyStr.of(f.pad("", Character.toString(v.intValue()), '>'));
        }
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = v.abs().toString(radix);
        if (f.type == 'X') digits = digits.toUpperCase();
        String prefix = f.alternate && radix != 10 ? "0" + (f.type == 'X' ? "X" : String.valueOf(f.type)) : "";
        return PyStr.of(f.number(v.signum() < 0, prefix, digits, "", radix == 10 ? 3 : 4));
    }

    /** {@code format_float_internal}: {@code format(x, spec)}. */
    static PyStr formatFloat(PyFloat value, String spec) {
        if (spec.isEmpty()) return Py.str(value);
        FormatSpec f = parse(spec, value, '>', (char) 0);
        char type = f.type;
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) throw f.unknownCode(value);
        double x = value.value;
        int precision = f.precision;
        boolean addDot0 = false;
        if (type == 0) {
            if (precision < 0) type = 'r';
            else {
                type = 'g';
                addDot0 = true;
            }
        }
        if (type == 'n') type = 'g';
        if (precision < 0 && type != 'r') precision = 6;
        if (type == '%') x *= 100;
        boolean negative = Double.doubleToRawLongBits(x) < 0 && !Double.isNaN(x);
        String body = type == 'r' ? ConstantValue.repr(new ConstantValue.Float(Math.abs(x)))
                : render(Math.abs(x), Character.toLowerCase(type == '%' ? 'f' : type), precision, f.alternate, addDot0);
        if (Character.isUpperCase(type)) body = body.toUpperCase();
        if (type == '%') body += "%";
        if (f.coerceZero && negative && body.chars().noneMatch(c -> c >= '1' && c <= '9')) negative = false;
        int point = body.indexOf('.');
        int end = point >= 0 ? point : firstNonDigit(body);
        return PyStr.of(f.number(negative, "", body.substring(0, end), body.substring(end), 3));
    }

    private static int firstNonDigit(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return i;
    }

    /** {@code PyOS_double_to_string} for 'e', 'f' and 'g', correctly rounded, half to even. */
    static String render(double x, char type, int precision, boolean alternate, boolean addDot0) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return "inf";
        BigDecimal d = new BigDecimal(x);
        switch (type) {
            case 'f' -> {
                String s = d.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
                return alternate && precision == 0 ? s + "." : s;
            }
            case 'e' -> {
                return exponent(d, precision, alternate, false);
            }
            default -> {
                int p = precision == 0 ? 1 : precision;
                if (x == 0) return alternate ? "0." + "0".repeat(p - 1) : addDot0 ? "0.0" : "0";
                BigDecimal r = d.round(new MathContext(p, RoundingMode.HALF_EVEN));
                int exp = r.precision() - r.scale() - 1;
                if (exp >= -4 && exp < p) {
                    String s = r.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
                    if (!alternate) s = stripZeros(s);
                    if (addDot0 && s.indexOf('.') < 0) s += ".0";
                    return s;
                }
                return exponent(d, p - 1, alternate, !alternate);
            }
        }
    }

    private static String exponent(BigDecimal d, int digitsAfter, boolean alternate, boolean strip) {
        if (d.signum() == 0) {
            String m = digitsAfter > 0 ? "0." + "0".repeat(digitsAfter) : alternate ? "0." : "0";
            return (strip ? stripZeros(m) : m) + "e+00";
        }
        BigDecimal r = d.round(new MathContext(digitsAfter + 1, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().abs().toString();
        digits = (digits + "0".repeat(Math.max(0, digitsAfter + 1 - digits.length()))).substring(0, digitsAfter + 1);
        String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : alternate ? digits + "." : digits;
        if (strip) mantissa = stripZeros(mantissa);
        return mantissa + (exp < 0 ? "e-" : "e+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * A number laid out as {@code fill_number} does: sign, prefix, the integer digits grouped (zero
     * padded inside the grouping when the fill is {@code 0} and the alignment {@code =}), the rest,
     * then padding to the width.
     */
    private String number(boolean negative, String prefix, String digits, String rest, int groupSize) {
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        char a = align == 0 ? '>' : align;
        int minWidth = fill == '0' && a == '=' ? Math.max(0, width - signText.length() - prefix.length() - rest.length()) : 0;
        String grouped = grouping == 0 ? zeroPadded(digits, minWidth) : group(digits, groupSize, String.valueOf(grouping), minWidth);
        return pad(signText + prefix, grouped + rest, a);
    }

    private static String zeroPadded(String digits, int minWidth) {
        return digits.length() >= minWidth ? digits : "0".repeat(minWidth - digits.length()) + digits;
    }

    /** {@code _PyUnicode_InsertThousandsGrouping}: separators every {@code size} digits, zeros to fill {@code minWidth}. */
    private static String group(String digits, int size, String sep, int minWidth) {
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        boolean separator = false;
        while (true) {
            int l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (separator) out.insert(0, sep);
            out.insert(0, digits.substring(remaining - chars, remaining));
            out.insert(0, "0".repeat(zeros));
            separator = true;
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) return out.toString();
            minWidth -= sep.length();
        }
    }

    /** Pads {@code lead + body} to the width: {@code =} puts the padding between them. */
    private String pad(String lead, String body, char defaultAlign) {
        char a = align == 0 ? defaultAlign : align;
        int length = lead.codePointCount(0, lead.length()) + body.codePointCount(0, body.length());
        int padding = Math.max(0, width - length);
        String fillText = Character.toString(fill);
        return switch (a) {
            case '<' -> lead + body + fillText.repeat(padding);
            case '^' -> fillText.repeat(padding / 2) + lead + body + fillText.repeat(padding - padding / 2);
            case '=' -> lead + fillText.repeat(padding) + body;
            default -> fillText.repeat(padding) + lead + body;
        };
    }
}
