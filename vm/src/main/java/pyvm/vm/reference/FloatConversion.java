package pyvm.vm.reference;

import java.util.regex.Pattern;

/**
 * {@code float(x)}: {@code float_new_impl}, {@code PyNumber_Float} and {@code PyFloat_FromString} of
 * Objects/floatobject.c. Text is what Python's float literals allow (digits with single underscores
 * between them, a point, an exponent), or {@code inf}, {@code infinity} or {@code nan} in any case,
 * with a sign and surrounding whitespace; it is rounded correctly, as {@code _Py_dg_strtod} does.
 */
final class FloatConversion {

    private FloatConversion() {}

    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** {@code float_new}: the tp_new of float, making an instance of {@code type} for a subclass. */
    static PyObject newFloat(PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("float", kwnames);
        Args.checkPositional("float", args.length, 0, 1);
        PyFloat value = args.length == 0 ? new PyFloat(0.0) : toFloat(args[0]);
        return type == PyFloat.TYPE ? value : new PyFloat.Derived(type, value.value);
    }

    /** {@code PyNumber_Float}: {@code __float__}, then {@code __index__}, then text. */
    static PyFloat toFloat(PyObject x) {
        if (x.type() == PyFloat.TYPE) return (PyFloat) x;
        if (x.type().nbFloat != null) {
            PyObject r = x.type().nbFloat.apply(x);
            if (r instanceof PyFloat f) return f.type() == PyFloat.TYPE ? f : new PyFloat(f.value);
            throw PyErr.format(PyExc.TypeError, "%s.__float__ returned non-float (type %s)", x.type().name, r.type().name);
        }
        if (x.type().nbIndex != null) return new PyFloat(Number.index(x).toDouble());
        if (x instanceof PyStr s) return fromString(s);
        throw PyErr.format(PyExc.TypeError, "float() argument must be a string or a real number, not '%s'", x.type().name);
    }

    /** {@code PyFloat_FromString}. */
    static PyFloat fromString(PyStr text) {
        String s = text.value.strip();
        if (NUMBER.matcher(s).matches()) return new PyFloat(Double.parseDouble(s.replace("_", "")));
        if (SPECIAL.matcher(s).matches()) {
            boolean negative = s.startsWith("-");
            return new PyFloat(s.toLowerCase().contains("nan") ? Double.NaN
                    : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        throw PyErr.format(PyExc.ValueError, "could not convert string to float: %s", Py.repr(text).value);
    }
}
