package pyvm.vm.reference;

import java.math.BigInteger;

/**
 * A {@code range}: an immutable arithmetic sequence of ints, {@code rangeobject} of
 * Objects/rangeobject.c. It stores start, stop, step and its length, never its items, so
 * {@code range(10**20)} costs nothing until iterated.
 */
final class PyRange extends PyObject {

    static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, PyRange::fillSlots);

    final BigInteger start;
    final BigInteger stop;
    final BigInteger step;
    final BigInteger length;

    PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    @Override PyType type() {
        return TYPE;
    }

    /** {@code compute_range_length}: {@code (hi - lo - 1) // step + 1} items, or none. */
    private static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger swap = lo;
            lo = hi;
            hi = swap;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    /** {@return item {@code i}, which must be in range} */
    BigInteger item(BigInteger i) {
        return start.add(i.multiply(step));
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = o -> {
            PyRange r = (PyRange) o;
            String text = "range(" + r.start + ", " + r.stop + (r.step.equals(BigInteger.ONE) ? ")" : ", " + r.step + ")");
            return PyStr.of(text);
        };
        t.tpHash = o -> Py.hash(((PyRange) o).identity());
        t.tpRichcompare = (v, w, op) -> {
            if (!(w instanceof PyRange b) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.NOT_IMPLEMENTED;
            return PyBool.of(Py.richCompareBool(((PyRange) v).identity(), b.identity(), CompareOp.EQ) == (op == CompareOp.EQ));
        };
        t.sqLength = o -> {
            BigInteger n = ((PyRange) o).length;
            if (n.bitLength() >= 64) throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return n.longValue();
        };
        t.nbBool = o -> ((PyRange) o).length.signum() != 0;
        t.sqContains = (o, value) -> {
            PyRange r = (PyRange) o;
            if (value.type() == PyInt.TYPE || value.type() == PyBool.TYPE) return r.indexOf(((PyInt) value).value()) != null;
            PyObject it = Py.getIter(o);
            for (PyObject item = Py.next(it); item != null; item = Py.next(it))
                if (Py.richCompareBool(item, value, CompareOp.EQ)) return true;
            return false;
        };
        t.mpSubscript = PyRange::subscript;
        t.tpIter = o -> new PyRangeIterator((PyRange) o);
        t.tpNew = PyRange::newRange;
        t.dict.put("start", new PyGetSetDescr(t, "start", o -> PyInt.of(((PyRange) o).start), null));
        t.dict.put("stop", new PyGetSetDescr(t, "stop", o -> PyInt.of(((PyRange) o).stop), null));
        t.dict.put("step", new PyGetSetDescr(t, "step", o -> PyInt.of(((PyRange) o).step), null));
        t.addMethod("index", (self, args, kwnames) -> {
            PyObject value = Args.one("range.index", args, kwnames);
            BigInteger i = value instanceof PyInt n ? ((PyRange) self).indexOf(n.value()) : null;
            if (i == null) throw PyErr.format(PyExc.ValueError, "%s is not in range", Py.repr(value).value);
            return PyInt.of(i);
        });
        t.addMethod("count", (self, args, kwnames) -> {
            PyObject value = Args.one("range.count", args, kwnames);
            return PyInt.of(value instanceof PyInt n && ((PyRange) self).indexOf(n.value()) != null ? 1 : 0);
        });
    }

    /** {@return the position of {@code v} in the range, or null} */
    private BigInteger indexOf(BigInteger v) {
        BigInteger offset = v.subtract(start);
        BigInteger[] qr = offset.divideAndRemainder(step);
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(length) >= 0) return null;
        return qr[0];
    }

    /** What equality and hashing look at ({@code range_hash}): the length, and start and step where they matter. */
    private PyTuple identity() {
        if (length.signum() == 0) return PyTuple.of(PyInt.of(0), PyNone.NONE, PyNone.NONE);
        if (length.equals(BigInteger.ONE)) return PyTuple.of(PyInt.of(1), PyInt.of(start), PyNone.NONE);
        return PyTuple.of(PyInt.of(length), PyInt.of(start), PyInt.of(step));
    }

    /** {@code range_subscript}: an item, or a range for a slice. */
    private static PyObject subscript(PyObject o, PyObject key) {
        PyRange r = (PyRange) o;
        if (key instanceof PySlice slice) {
            PySlice.Indices s = slice.indices(r.length.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
            BigInteger step = r.step.multiply(BigInteger.valueOf(s.step()));
            return new PyRange(r.item(BigInteger.valueOf(s.start())), r.item(BigInteger.valueOf(s.stop())), step);
        }
        if (key.type().nbIndex == null)
            throw PyErr.format(PyExc.TypeError, "range indices must be integers or slices, not %s", key.type().name);
        BigInteger i = Number.index(key).value();
        if (i.signum() < 0) i = i.add(r.length);
        if (i.signum() < 0 || i.compareTo(r.length) >= 0)
            throw PyErr.format(PyExc.IndexError, "range object index out of range");
        return PyInt.of(r.item(i));
    }

    /** {@code range_new}: {@code range(stop)} or {@code range(start, stop[, step])}. */
    private static PyObject newRange(PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("range", kwnames);
        Args.checkPositional("range", args.length, 1, 3);
        if (args.length == 1) return new PyRange(BigInteger.ZERO, Number.index(args[0]).value(), BigInteger.ONE);
        BigInteger step = args.length == 3 ? Number.index(args[2]).value() : BigInteger.ONE;
        if (step.signum() == 0) throw PyErr.format(PyExc.ValueError, "range() arg 3 must not be zero");
        return new PyRange(Number.index(args[0]).value(), Number.index(args[1]).value(), step);
    }
}
