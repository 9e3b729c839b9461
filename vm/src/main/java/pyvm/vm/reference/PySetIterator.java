package pyvm.vm.reference;

import java.util.Iterator;
import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * An iterator over a set's table in slot order: {@code set_iterator} of Objects/setobject.c. A set
 * that changes size meanwhile raises RuntimeError.
 */
final class PySetIterator extends PyObject {

    static final PyType TYPE = PyType.builtin("set_iterator", PyType.OBJECT, t -> {
        t.tpIter = o -> o;
        t.tpIternext = o -> ((PySetIterator) o).next();
    }, TypeFlag.DISALLOW_INSTANTIATION);

    /** Null once exhausted. */
    private PySet set;
    private final int used;
    /** Walks the table's slots by position, as {@code si_pos} does. */
    private final Iterator<PyObject> slots;

    PySetIterator(PySet set) {
        this.set = set;
        this.used = set.size();
        this.slots = set.table.iterator();
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        if (set != null) visit.accept(set);
    }

    private PyObject next() {
        if (set == null) return null;
        if (set.size() != used) throw PyErr.format(PyExc.RuntimeError, "Set changed size during iteration");
        if (!slots.hasNext()) {
            set = null;
            return null;
        }
        return slots.next();
    }
}
