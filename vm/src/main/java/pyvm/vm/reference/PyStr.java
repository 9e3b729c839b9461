package pyvm.vm.reference;

import pyvm.lexer.PyRepr;
import pyvm.parser.PyHash;

/**
 * A {@code str}: {@code PyUnicodeObject} of Objects/unicodeobject.c. Python sees a sequence of code
 * points; the Java string holds them in UTF-16, a code point above U+FFFF as a surrogate pair and a
 * lone surrogate as itself. Lengths and indexes count code points, as in Python; while a string has
 * no surrogates (nearly always) they are the Java indexes.
 */
class PyStr extends PyObject {

    static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, PyStr::fillSlots, TypeFlag.BASETYPE);
    /** The empty string, which CPython keeps as a singleton. */
    static final PyStr EMPTY = new PyStr("");

    /** The code points, in UTF-16. */
    final String value;
    /** The number of code points; equal to {@code value.length()} when there are no surrogates. */
    private final int length;
    /** The cached {@code unicode_hash}, as CPython caches it in the object; computed on first use. */
    private long hash = -1;

    PyStr(String value) {
        this.value = value;
        this.length = value.codePointCount(0, value.length());
    }

    /** The interned strings: attribute names, whose hash is then computed once, as CPython interns identifiers. */
    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@return the one str for this name, {@code PyUnicode_InternInPlace}} Only for names, whose number is bounded. */
    static PyStr intern(String name) {
        return INTERNED.computeIfAbsent(name, PyStr::of);
    }

    static PyStr of(String value) {
        return value.isEmpty() ? EMPTY : new PyStr(value);
    }

    @Override PyType type() {
        return TYPE;
    }

    /** {@return the number of code points, {@code len(s)}} */
    int length() {
        return length;
    }

    /** {@return whether every code point is ASCII, as CPython's compact ASCII strings are} */
    boolean isAscii() {
        for (int i = 0; i < value.length(); i++) if (value.charAt(i) >= 128) return false;
        return true;
    }

    /** {@return the code point at Python index {@code i}, which must be in range} */
    int codePointAt(int i) {
        return length == value.length() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** {@return the code points from Python index {@code from} up to {@code to}} */
    String substring(int from, int to) {
        if (length == value.length()) return value.substring(from, to);
        int start = value.offsetByCodePoints(0, from);
        return value.substring(start, value.offsetByCodePoints(start, to - from));
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = s -> of(PyRepr.str(((PyStr) s).value));
        t.tpStr = s -> s.type() == TYPE ? s : of(((PyStr) s).value);
        t.tpHash = s -> {
            PyStr str = (PyStr) s;
            if (str.hash == -1) str.hash = PyHash.ofStr(str.value.codePoints().toArray());
            return str.hash;
        };
        t.tpRichcompare = PyStr::richcompare;
        t.sqLength = s -> ((PyStr) s).length;
        t.sqConcat = PyStr::concat;
        t.sqRepeat = PyStr::repeat;
        t.sqContains = PyStr::contains;
        t.mpSubscript = PyStr::subscript;
        t.nbBinary[pyvm.cfg.NbOp.NB_REMAINDER.ordinal()] = (v, w) -> v instanceof PyStr s
                ? PercentFormat.format(s, w) : PyNotImplemented.NOT_IMPLEMENTED;
        t.tpIter = s -> new PySeqIter(((PyStr) s).isAscii() ? PySeqIter.STR_ASCII_ITERATOR : PySeqIter.STR_ITERATOR, s);
        t.tpNew = PyStr::newStr;
        t.addMethod("__format__", (self, args, kwnames) -> {
            PyObject spec = Args.one("str.__format__", args, kwnames);
            if (!(spec instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %s", spec.type().name);
            return FormatSpec.formatStr((PyStr) self, s.value);
        });
        StrMethods.fill(t);
        StrCaseMethods.fill(t);
    }

    /** {@code PyUnicode_RichCompare}: code point order, which UTF-16 order is not above U+FFFF. */
    private static PyObject richcompare(PyObject v, PyObject w, CompareOp op) {
        if (!(w instanceof PyStr b)) return PyNotImplemented.NOT_IMPLEMENTED;
        String x = ((PyStr) v).value, y = b.value;
        if (op == CompareOp.EQ || op == CompareOp.NE) return PyBool.of(x.equals(y) == (op == CompareOp.EQ));
        return PyBool.of(op.holds(compareCodePoints(x, y)));
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0, j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i), b = y.codePointAt(j);
            if (a != b) return Integer.compare(a, b);
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    /** {@code PyUnicode_Concat}. */
    private static PyObject concat(PyObject v, PyObject w) {
        if (!(w instanceof PyStr b))
            throw PyErr.format(PyExc.TypeError, "can only concatenate str (not \"%s\") to str", w.type().name);
        return of(((PyStr) v).value + b.value);
    }

    /** {@code unicode_repeat}. */
    private static PyObject repeat(PyObject self, long count) {
        String value = ((PyStr) self).value;
        if (count <= 0 || value.isEmpty()) return EMPTY;
        if (count > Integer.MAX_VALUE / value.length())
            throw PyErr.format(PyExc.OverflowError, "repeated string is too long");
        return of(value.repeat((int) count));
    }

    /** {@code PyUnicode_Contains}. */
    private static boolean contains(PyObject container, PyObject value) {
        if (!(value instanceof PyStr s))
            throw PyErr.format(PyExc.TypeError, "'in <string>' requires string as left operand, not %s", value.type().name);
        return ((PyStr) container).value.contains(s.value);
    }

    /** {@code unicode_subscript}: an index or a slice. */
    private static PyObject subscript(PyObject self, PyObject key) {
        PyStr s = (PyStr) self;
        if (key instanceof PySlice slice) {
            PySlice.Indices r = slice.indices(s.length);
            StringBuilder out = new StringBuilder();
            for (long i = r.start(), n = 0; n < r.length(); i += r.step(), n++) out.appendCodePoint(s.codePointAt((int) i));
            return of(out.toString());
        }
        if (key.type().nbIndex == null)
            throw PyErr.format(PyExc.TypeError, "string indices must be integers, not '%s'", key.type().name);
        long i = Number.asSsizeT(key, PyExc.IndexError);
        if (i < 0) i += s.length;
        if (i < 0 || i >= s.length) throw PyErr.format(PyExc.IndexError, "string index out of range");
        return of(Character.toString(s.codePointAt((int) i)));
    }

    /** {@code unicode_new}: {@code str()}, {@code str(object)}, {@code str(bytes, encoding, errors)}. */
    private static PyObject newStr(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("str", args, kwnames, "object", "encoding", "errors");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("str", positional.length, 0, 3);
        PyObject object = positional.length > 0 ? positional[0] : kw[0];
        PyObject encoding = positional.length > 1 ? positional[1] : kw[1];
        PyObject errors = positional.length > 2 ? positional[2] : kw[2];
        PyStr value;
        if (encoding != null || errors != null) {
            if (!(object instanceof PyBytes b))
                throw PyErr.format(PyExc.TypeError, "decoding to str: need a bytes-like object, %s found",
                        object == null ? "NoneType" : object.type().name);
            value = PyStr.of(Codecs.decode(b.toArray(), encoding == null ? "utf-8" : Py.str(encoding).value,
                    errors == null ? "strict" : Py.str(errors).value));
        } else {
            value = object == null ? EMPTY : Py.str(object);
        }
        return type == TYPE ? value : new Derived(type, value.value);
    }

    /**
     * An instance of a class derived from str: the value, and the class and {@code __dict__}
     * a subclass instance has, as CPython lays it out after the base's struct.
     */
    static final class Derived extends PyStr {
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

        Derived(PyType type, String value) {
            super(value);
            this.type = type;
        }
    }
}
