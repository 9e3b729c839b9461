package pyvm.vm.reference;

import java.math.BigInteger;

/**
 * printf-style formatting, {@code str % args}: {@code PyUnicode_Format} of Objects/unicodeobject.c.
 * A conversion is {@code %[(key)][flags][width][.precision][length]type}; the arguments are a tuple,
 * a single object, or a mapping when the conversions name keys.
 */
final class PercentFormat {

    private final String format;
    private final PyObject args;
    private final PyObject[] items;
    private int next;
    private int pos;

    private PercentFormat(String format, PyObject args) {
        this.format = format;
        this.args = args;
        this.items = args instanceof PyTuple t ? t.items() : new PyObject[] {args};
    }

    /** {@code PyUnicode_Format}: {@return {@code format % args}} */
    static PyStr format(PyStr format, PyObject args) {
        return PyStr.of(new PercentFormat(format.value, args).run());
    }

    private boolean isMapping() {
        return !(args instanceof PyTuple) && !(args instanceof PyStr) && args.type().mpSubscript != null;
    }

    private PyObject nextArg() {
        if (next >= items.length) throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
        return items[next++];
    }

    private String run() {
        StringBuilder out = new StringBuilder();
        boolean usedMapping = false;
        while (pos < format.length()) {
            char c = format.charAt(pos++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (pos >= format.length()) throw PyErr.format(PyExc.ValueError, "incomplete format");
            PyObject mapped = null;
            if (format.charAt(pos) == '(') {
                if (!isMapping()) throw PyErr.format(PyExc.TypeError, "format requires a mapping");
                int depth = 1, start = ++pos;
                while (pos < format.length() && depth > 0) {
                    if (format.charAt(pos) == '(') depth++;
                    else if (format.charAt(pos) == ')') depth--;
                    pos++;
                }
                if (depth > 0) throw PyErr.format(PyExc.ValueError, "incomplete format key");
                mapped = Py.getItem(args, PyStr.of(format.substring(start, pos - 1)));
                usedMapping = true;
            }
            boolean left = false, plus = false, space = false, alternate = false, zero = false;
            for (; pos < format.length(); pos++) {
                char f = format.charAt(pos);
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alternate = true;
                else if (f == '0') zero = true;
                else break;
            }
            int width = number("* wants int");
            if (width < 0) {
                left = true;
                width = -width;
            }
            int precision = -1;
            if (pos < format.length() && format.charAt(pos) == '.') {
                pos++;
                precision = Math.max(0, number("* wants int"));
            }
            while (pos < format.length() && "hlL".indexOf(format.charAt(pos)) >= 0) pos++;
            if (pos >= format.length()) throw PyErr.format(PyExc.ValueError, "incomplete format");
            char type = format.charAt(pos++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            PyObject value = mapped != null ? mapped : nextArg();
            String sign = "", body;
            switch (type) {
                case 's' -> body = Py.str(value).value;
                case 'r' -> body = Py.repr(value).value;
                case 'a' -> body = Py.ascii(value);
                case 'c' -> body = character(value);
                case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                    BigInteger v = integer(value, type);
                    sign = v.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    int radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
                    body = v.abs().toString(radix);
                    if (precision >= 0 && body.length() < precision) body = "0".repeat(precision - body.length()) + body;
                    if (alternate && radix != 10) sign += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                    if (type == 'X') body = body.toUpperCase();
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    if (!(value instanceof PyFloat || value instanceof PyInt) && value.type().nbFloat == null && value.type().nbIndex == null)
                        throw PyErr.format(PyExc.TypeError, "must be real number, not %s", value.type().name);
                    double d = FloatConversion.toFloat(value).value;
                    sign = Double.doubleToRawLongBits(d) < 0 && !Double.isNaN(d) ? "-" : plus ? "+" : space ? " " : "";
                    body = FormatSpec.render(Math.abs(d), Character.toLowerCase(type), precision < 0 ? 6 : precision, alternate, false);
                    if (Character.isUpperCase(type)) body = body.toUpperCase();
                }
                default -> throw PyErr.format(PyExc.ValueError, "unsupported format character '%c' (0x%x) at index %d",
                        type, (int) type, pos - 1);
            }
            if ((type == 's' || type == 'r' || type == 'a') && precision >= 0 && precision < body.length())
                body = body.substring(0, precision);
            int length = sign.length() + body.codePointCount(0, body.length());
            if (length >= width) out.append(sign).append(body);
            else if (left) out.append(sign).append(body).append(" ".repeat(width - length));
            else if (zero && "sracS".indexOf(type) < 0) out.append(sign).append("0".repeat(width - length)).append(body);
            else out.append(" ".repeat(width - length)).append(sign).append(body);
        }
        if (!usedMapping && next < items.length && !isMapping())
            throw PyErr.format(PyExc.TypeError, "not all arguments converted during string formatting");
        return out.toString();
    }

    /** A width or precision: digits, or {@code *} taking it from the arguments; 0 when absent. */
    private int number(String starMessage) {
        if (pos < format.length() && format.charAt(pos) == '*') {
            pos++;
            PyObject v = nextArg();
            if (!(v instanceof PyInt i)) throw PyErr.format(PyExc.TypeError, "%s", starMessage);
            return i.value().intValue();
        }
        int start = pos;
        while (pos < format.length() && Character.isDigit(format.charAt(pos))) pos++;
        return pos == start ? 0 : Integer.parseInt(format.substring(start, pos));
    }

    /** {@code %d} takes any real number (a float truncates); {@code %x} and {@code %o} want an integer. */
    private static BigInteger integer(PyObject value, char type) {
        boolean decimal = type == 'd' || type == 'i' || type == 'u';
        if (value instanceof PyInt i) return i.value();
        if (decimal && value instanceof PyFloat f) return PyFloat.truncate(f.value);
        if (value.type().nbIndex != null) return Number.index(value).value();
        if (decimal && value.type().nbInt != null) return IntConversion.toInt(value).value();
        throw PyErr.format(PyExc.TypeError, "%%%c format: %s is required, not %s", type,
                decimal ? "a real number" : "an integer", value.type().name);
    }

    private static String character(PyObject value) {
        if (value instanceof PyStr s) {
            if (s.length() != 1) throw PyErr.format(PyExc.TypeError, "%%c requires int or char");
            return s.value;
        }
        if (!(value instanceof PyInt i)) throw PyErr.format(PyExc.TypeError, "%%c requires int or char");
        if (i.value().signum() < 0 || i.value().compareTo(BigInteger.valueOf(0x10ffff)) > 0)
            throw PyErr.format(PyExc.OverflowError, "%%c arg not in range(0x110000)");
        return Character.toString(i.value().intValue());
    }
}
