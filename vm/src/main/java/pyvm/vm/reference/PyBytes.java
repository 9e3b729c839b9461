package pyvm.vm.reference;

import java.util.Arrays;
import pyvm.parser.ConstantValue;
import pyvm.parser.PyHash;

/**
 * A {@code bytes}: an immutable sequence of bytes, {@code PyBytesObject} of Objects/bytesobject.c.
 * Items are ints from 0 to 255. Construction and methods are in {@link BytesMethods}.
 */
final class PyBytes extends PyObject {

    static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, PyBytes::fillSlots, TypeFlag.BASETYPE);

    private final byte[] value;
    private long hash = -1;

    /** Takes the array as it is; callers hand over arrays nobody else holds. */
    PyBytes(byte[] value) {
        this.value = value;
    }

    @Override PyType type() {
        return TYPE;
    }

    int length() {
        return value.length;
    }

    /** {@return a copy of the bytes} */
    byte[] toArray() {
        return value.clone();
    }

    /** {@return the byte at {@code i} as an int from 0 to 255} */
    int get(int i) {
        return value[i] & 0xff;
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = o -> PyStr.of(ConstantValue.repr(new ConstantValue.Bytes(((PyBytes) o).value)));
        t.tpHash = o -> {
            PyBytes b = (PyBytes) o;
            if (b.hash == -1) b.hash = PyHash.ofBytes(b.value);
            return b.hash;
        };
        t.tpRichcompare = (v, w, op) -> w instanceof PyBytes b
                ? PyBool.of(op.holds(Arrays.compareUnsigned(((PyBytes) v).value, b.value)))
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.sqLength = o -> ((PyBytes) o).value.length;
        t.sqConcat = (v, w) -> {
            if (!(w instanceof PyBytes b)) throw PyErr.format(PyExc.TypeError, "can't concat %s to bytes", w.type().name);
            byte[] a = ((PyBytes) v).value;
            byte[] joined = Arrays.copyOf(a, a.length + b.value.length);
            System.arraycopy(b.value, 0, joined, a.length, b.value.length);
            return new PyBytes(joined);
        };
        t.sqRepeat = (o, n) -> {
            byte[] a = ((PyBytes) o).value;
            if (n <= 0 || a.length == 0) return new PyBytes(new byte[0]);
            if (n > Integer.MAX_VALUE / a.length) throw PyErr.noMemory();
            byte[] out = new byte[(int) (a.length * n)];
            for (int k = 0; k < n; k++) System.arraycopy(a, 0, out, k * a.length, a.length);
            return new PyBytes(out);
        };
        t.sqContains = PyBytes::contains;
        t.mpSubscript = (o, key) -> {
            PyBytes self = (PyBytes) o;
            if (key instanceof PySlice slice) {
                PySlice.Indices r = slice.indices(self.value.length);
                byte[] out = new byte[(int) r.length()];
                for (int k = 0; k < out.length; k++) out[k] = self.value[(int) (r.start() + k * r.step())];
                return new PyBytes(out);
            }
            if (key.type().nbIndex == null)
                throw PyErr.format(PyExc.TypeError, "byte indices must be integers or slices, not %s", key.type().name);
            long i = Number.asSsizeT(key, PyExc.IndexError);
            if (i < 0) i += self.value.length;
            if (i < 0 || i >= self.value.length) throw PyErr.format(PyExc.IndexError, "index out of range");
            return PyInt.of(self.get((int) i));
        };
        t.tpIter = o -> new PySeqIter(PySeqIter.BYTES_ITERATOR, o);
        BytesMethods.fill(t);
    }

    /** {@code bytes_contains}: a byte value, or a sub-sequence. */
    private static boolean contains(PyObject o, PyObject value) {
        byte[] self = ((PyBytes) o).value;
        if (value instanceof PyBytes b) {
            outer:
            for (int i = 0; i + b.value.length <= self.length; i++) {
                for (int k = 0; k < b.value.length; k++) if (self[i + k] != b.value[k]) continue outer;
                return true;
            }
            return false;
        }
        if (value.type().nbIndex == null)
            throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'", value.type().name);
        long v = Number.asSsizeT(value, PyExc.OverflowError);
        if (v < 0 || v > 255) throw PyErr.format(PyExc.ValueError, "byte must be in range(0, 256)");
        for (byte b : self) if ((b & 0xff) == v) return true;
        return false;
    }
}
