package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * A {@code slice}: the {@code start:stop:step} of a subscript, {@code PySliceObject} of
 * Objects/sliceobject.c. {@link #indices} turns it into concrete indices for a sequence's length,
 * as {@code PySlice_Unpack} and {@code PySlice_AdjustIndices} do.
 */
final class PySlice extends PyObject {

    static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, PySlice::fillSlots);

    final PyObject start;
    final PyObject stop;
    final PyObject step;

    PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(start);
        visit.accept(stop);
        visit.accept(step);
    }

    /** The slice applied to a length: the first index, the step, and how many items it selects. */
    record Indices(long start, long stop, long step, long length) {}

    /** {@return the slice applied to a sequence of {@code length} items} */
    Indices indices(long length) {
        long st = step == PyNone.NONE ? 1 : sliceIndex(step);
        if (st == 0) throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
        if (st < -Long.MAX_VALUE) st = -Long.MAX_VALUE;
        long lo = start == PyNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : sliceIndex(start);
        long hi = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(stop);
        lo = adjust(lo, length, st);
        hi = adjust(hi, length, st);
        long n = 0;
        if (st < 0) {
            if (hi < lo) n = (lo - hi - 1) / (-st) + 1;
        } else if (lo < hi) {
            n = (hi - lo - 1) / st + 1;
        }
        return new Indices(lo, hi, st, n);
    }

    private static long adjust(long i, long length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }

    /** {@code _PyEval_SliceIndex}: an integer, clamped to the range of a Py_ssize_t. */
    static long sliceIndex(PyObject v) {
        if (v.type().nbIndex == null)
            throw PyErr.format(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
        return Number.asSsizeTClamped(v);
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = o -> {
            PySlice s = (PySlice) o;
            return PyStr.of("slice(" + Py.repr(s.start).value + ", " + Py.repr(s.stop).value + ", " + Py.repr(s.step).value + ")");
        };
        t.tpHash = o -> Py.hash(((PySlice) o).asTuple());
        t.tpRichcompare = (v, w, op) -> w instanceof PySlice b
                ? Py.richCompare(((PySlice) v).asTuple(), b.asTuple(), op)
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.tpNew = (type, args, kwnames) -> {
            Args.noKeywords("slice", kwnames);
            Args.checkPositional("slice", args.length, 1, 3);
            if (args.length == 1) return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
        };
        t.dict.put("start", new PyGetSetDescr(t, "start", o -> ((PySlice) o).start, null));
        t.dict.put("stop", new PyGetSetDescr(t, "stop", o -> ((PySlice) o).stop, null));
        t.dict.put("step", new PyGetSetDescr(t, "step", o -> ((PySlice) o).step, null));
        t.addMethod("indices", (self, args, kwnames) -> {
            long length = Number.asSsizeT(Args.one("slice.indices", args, kwnames), PyExc.OverflowError);
            if (length < 0) throw PyErr.format(PyExc.ValueError, "length should not be negative");
            Indices r = ((PySlice) self).indices(length);
            return PyTuple.of(PyInt.of(r.start), PyInt.of(r.stop), PyInt.of(r.step));
        });
    }

    private PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }
}
