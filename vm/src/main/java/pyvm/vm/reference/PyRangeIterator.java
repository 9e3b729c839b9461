package pyvm.vm.reference;

import java.math.BigInteger;

/**
 * An iterator over a range: {@code range_iterator} when every value fits a Java long (the common
 * case, counted in longs), {@code longrange_iterator} otherwise (Objects/rangeobject.c).
 */
final class PyRangeIterator extends PyObject {

    static final PyType RANGE_ITERATOR = iteratorType("range_iterator");
    static final PyType LONGRANGE_ITERATOR = iteratorType("longrange_iterator");

    /** Whether {@link #next}, {@link #step} and {@link #remaining} are used, rather than the BigIntegers. */
    private final boolean small;
    private long next;
    private final long step;
    private long remaining;
    private BigInteger bigNext;
    private final BigInteger bigStep;
    private BigInteger bigRemaining;

    PyRangeIterator(PyRange r) {
        BigInteger last = r.length.signum() == 0 ? r.start : r.item(r.length.subtract(BigInteger.ONE));
        small = r.start.bitLength() < 64 && last.bitLength() < 64 && r.step.bitLength() < 64 && r.length.bitLength() < 64;
        next = r.start.longValue();
        step = r.step.longValue();
        remaining = r.length.longValue();
        bigNext = r.start;
        bigStep = r.step;
        bigRemaining = r.length;
    }

    @Override PyType type() {
        return small ? RANGE_ITERATOR : LONGRANGE_ITERATOR;
    }

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, PyType.OBJECT, t -> {
            t.tpIter = o -> o;
            t.tpIternext = o -> ((PyRangeIterator) o).advance();
        }, TypeFlag.DISALLOW_INSTANTIATION);
    }

    private PyObject advance() {
        if (small) {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
        if (bigRemaining.signum() <= 0) return null;
        bigRemaining = bigRemaining.subtract(BigInteger.ONE);
        BigInteger v = bigNext;
        bigNext = bigNext.add(bigStep);
        return PyInt.of(v);
    }
}
