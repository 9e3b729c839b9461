package pyvm.vm.reference;

import java.util.Arrays;

/**
 * What list and tuple do alike, written once: comparison ({@code list_richcompare},
 * {@code tuplerichcompare}), membership, repetition, slicing, index checks and the {@code index}
 * and {@code count} methods, over an array of items.
 */
final class Sequences {

    private Sequences() {}

    /**
     * Lexicographic comparison: the first pair of items that are not equal decides, else the
     * lengths do. Items are compared with {@code ==} first, identity implying equality.
     */
    static PyObject richcompare(PyObject[] v, PyObject[] w, CompareOp op) {
        int i = 0;
        while (i < v.length && i < w.length && Py.richCompareBool(v[i], w[i], CompareOp.EQ)) i++;
        if (i >= v.length || i >= w.length) return PyBool.of(op.holds(Integer.compare(v.length, w.length)));
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return Py.richCompare(v[i], w[i], op);
    }

    /** {@code x in s}: some item equals {@code value}. */
    static boolean contains(PyObject[] items, PyObject value) {
        for (PyObject item : items) if (Py.richCompareBool(item, value, CompareOp.EQ)) return true;
        return false;
    }

    /** {@code s * n}: nothing for n &lt;= 0. */
    static PyObject[] repeat(PyObject[] items, long n) {
        if (n <= 0 || items.length == 0) return new PyObject[0];
        if (n > Integer.MAX_VALUE / items.length) throw PyErr.noMemory();
        PyObject[] out = new PyObject[(int) (items.length * n)];
        for (int k = 0; k < n; k++) System.arraycopy(items, 0, out, k * items.length, items.length);
        return out;
    }

    /** {@code s[i:j:k]}. */
    static PyObject[] slice(PyObject[] items, PySlice slice) {
        PySlice.Indices r = slice.indices(items.length);
        if (r.step() == 1) return Arrays.copyOfRange(items, (int) r.start(), (int) (r.start() + r.length()));
        PyObject[] out = new PyObject[(int) r.length()];
        for (int k = 0; k < out.length; k++) out[k] = items[(int) (r.start() + k * r.step())];
        return out;
    }

    /**
     * {@return the position {@code s[key]} names, negative keys counting from the end} A key that is
     * not an integer raises {@code list indices must be integers or slices, not str}, one out of
     * range {@code list index out of range}.
     */
    static int index(PyObject key, int length, String what) {
        if (key.type().nbIndex == null)
            throw PyErr.format(PyExc.TypeError, "%s indices must be integers or slices, not %s", what, key.type().name);
        long i = Number.asSsizeT(key, PyExc.IndexError);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw PyErr.format(PyExc.IndexError, "%s index out of range", what);
        return (int) i;
    }

    /** {@code s.count(x)}. */
    static long count(PyObject[] items, PyObject value) {
        long n = 0;
        for (PyObject item : items) if (Py.richCompareBool(item, value, CompareOp.EQ)) n++;
        return n;
    }

    /** {@code s.index(x[, start[, stop]])}: {@code list.index(x): x not in list} when absent. */
    static PyObject indexMethod(String what, PyObject[] items, PyObject[] args, String[] kwnames) {
        Args.noKeywords("index", kwnames);
        Args.checkPositional("index", args.length, 1, 3);
        long start = args.length > 1 ? bound(args[1], items.length) : 0;
        long stop = args.length > 2 ? bound(args[2], items.length) : items.length;
        for (long i = start; i < Math.min(stop, items.length); i++)
            if (Py.richCompareBool(items[(int) i], args[0], CompareOp.EQ)) return PyInt.of(i);
        throw PyErr.format(PyExc.ValueError, "%s.index(x): x not in %s", what, what);
    }

    private static long bound(PyObject v, int length) {
        long i = PySlice.sliceIndex(v);
        if (i < 0) i = Math.max(0, i + length);
        return i;
    }
}
