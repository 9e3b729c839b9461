package pyvm.vm.reference;

import java.math.BigInteger;
import pyvm.lexer.PyRepr;

/**
 * {@code int(x)} and {@code int(text, base)}: {@code long_new_impl}, {@code PyNumber_Long} and
 * {@code PyLong_FromString} of Objects/longobject.c. Text may have surrounding whitespace, a sign,
 * a {@code 0x}/{@code 0o}/{@code 0b} prefix (with base 0, or the matching base), single underscores
 * between digits, and decimal digits of any script, as CPython accepts them.
 */
final class IntConversion {

    private IntConversion() {}

    /** {@code long_new}: the tp_new of int, making an instance of {@code type} for a subclass. */
    static PyObject newInt(PyType type, PyObject[] args, String[] kwnames) {
        PyInt value = newExactInt(args, kwnames);
        return type == PyInt.TYPE ? value : new PyInt.Derived(type, value);
    }

    private static PyInt newExactInt(PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("int", args, kwnames, "", "base");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("int", positional.length, 0, 2);
        PyObject x = positional.length > 0 ? positional[0] : null;
        PyObject base = positional.length > 1 ? positional[1] : kw[1];
        if (x == null) {
            if (base != null) throw PyErr.format(PyExc.TypeError, "int() missing string argument");
            return PyInt.of(0);
        }
        if (base == null) return toInt(x);
        long b = Number.asSsizeT(base, PyExc.OverflowError);
        if (b != 0 && (b < 2 || b > 36))
            throw PyErr.format(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!(x instanceof PyStr s)) throw PyErr.format(PyExc.TypeError, "int() can't convert non-string with explicit base");
        return fromString(s, (int) b);
    }

    /** {@code PyNumber_Long}: {@code __int__}, then {@code __index__}, then text; floats truncate. */
    static PyInt toInt(PyObject x) {
        if (x.type() == PyInt.TYPE) return (PyInt) x;
        if (x.type().nbInt != null) {
            PyObject r = x.type().nbInt.apply(x);
            if (r instanceof PyInt i) return i.type() == PyInt.TYPE ? i : PyInt.of(i.value());
            throw PyErr.format(PyExc.TypeError, "__int__ returned non-int (type %s)", r.type().name);
        }
        if (x.type().nbIndex != null) return PyInt.of(Number.index(x).value());
        if (x instanceof PyStr s) return fromString(s, 10);
        throw PyErr.format(PyExc.TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.type().name);
    }

    /** {@code PyLong_FromUnicodeObject}: the text in the base (0: by its prefix), or ValueError. */
    static PyInt fromString(PyStr text, int base) {
        BigInteger v = parse(asciiDigits(text.value).strip(), base);
        if (v == null) {
            String shown = text.length() > 200 ? text.substring(0, 200) : text.value;
            throw PyErr.format(PyExc.ValueError, "invalid literal for int() with base %d: %s", base, PyRepr.str(shown));
        }
        return PyInt.of(v);
    }

    /** Decimal digits of any script become ASCII ones, Unicode spaces become spaces; the rest stays. */
    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp > 127 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) out.append((char) ('0' + Character.digit(cp, 10)));
            else if (cp > 127 && Character.isWhitespace(cp)) out.append(' ');
            else out.appendCodePoint(cp);
        });
        return out.toString();
    }

    /** The value of stripped ASCII text, or null where CPython reports an invalid literal. */
    private static BigInteger parse(String s, int base) {
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) negative = s.charAt(i++) == '-';
        boolean baseZero = base == 0;
        int prefixBase = 0;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        }
        boolean prefixed = prefixBase != 0 && (baseZero || base == prefixBase);
        if (baseZero) base = prefixed ? prefixBase : 10;
        if (prefixed) i += 2;
        boolean underscoreAllowed = prefixed;
        StringBuilder digits = new StringBuilder();
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!underscoreAllowed) return null;
                underscoreAllowed = false;
                continue;
            }
            if (c > 127 || Character.digit(c, base) < 0) return null;
            digits.append(c);
            underscoreAllowed = true;
        }
        if (digits.isEmpty() || s.endsWith("_")) return null;
        BigInteger v = new BigInteger(digits.toString(), base);
        if (baseZero && !prefixed && digits.charAt(0) == '0' && v.signum() != 0) return null;   // "010"
        return negative ? v.negate() : v;
    }
}
