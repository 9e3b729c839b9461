package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * An iterator that walks a sequence by index: {@code list_iterator}, {@code tuple_iterator},
 * {@code str_ascii_iterator}, {@code str_iterator} and {@code bytes_iterator}, and the {@code iterator} that
 * {@code iter()} makes for an object with only {@code __getitem__} ({@code seqiterobject} of
 * Objects/iterobject.c), which stops at IndexError or StopIteration. Each checks the length at every
 * step, so a list that grows while iterated yields the new items too.
 */
final class PySeqIter extends PyObject {

    static final PyType LIST_ITERATOR = iteratorType("list_iterator");
    static final PyType TUPLE_ITERATOR = iteratorType("tuple_iterator");
    static final PyType STR_ASCII_ITERATOR = iteratorType("str_ascii_iterator");
    static final PyType STR_ITERATOR = iteratorType("str_iterator");
    static final PyType BYTES_ITERATOR = iteratorType("bytes_iterator");
    static final PyType ITERATOR = iteratorType("iterator");

    private final PyType type;
    /** The sequence; null once exhausted, as CPython drops it. */
    private PyObject sequence;
    private int index;

    PySeqIter(PyType type, PyObject sequence) {
        this.type = type;
        this.sequence = sequence;
    }

    @Override PyType type() {
        return type;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        if (sequence != null) visit.accept(sequence);
    }

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, PyType.OBJECT, t -> {
            t.tpIter = o -> o;
            t.tpIternext = o -> ((PySeqIter) o).next();
        }, TypeFlag.DISALLOW_INSTANTIATION);
    }

    private PyObject next() {
        if (sequence == null) return null;
        PyObject item = itemAt(index);
        if (item == null) sequence = null;
        else index++;
        return item;
    }

    private PyObject itemAt(int i) {
        if (sequence instanceof PyList l) return i < l.items.size() ? l.items.get(i) : null;
        if (sequence instanceof PyTuple t) return i < t.size() ? t.get(i) : null;
        if (sequence instanceof PyStr s) return i < s.length() ? PyStr.of(Character.toString(s.codePointAt(i))) : null;
        if (sequence instanceof PyBytes b) return i < b.length() ? PyInt.of(b.get(i)) : null;
        try {
            return Py.getItem(sequence, PyInt.of(i));
        } catch (PyException e) {
            if (Py.isInstance(e.value, PyExc.IndexError) || Py.isInstance(e.value, PyExc.StopIteration)) return null;
            throw e;
        }
    }
}
