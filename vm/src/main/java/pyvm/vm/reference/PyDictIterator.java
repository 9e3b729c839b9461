package pyvm.vm.reference;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * An iterator over a dict's keys, values or items: {@code dict_keyiterator},
 * {@code dict_valueiterator} and {@code dict_itemiterator} of Objects/dictobject.c. A dict that
 * changes size while iterated raises RuntimeError at the next step, as CPython's does.
 */
final class PyDictIterator extends PyObject {

    static final PyType KEY_ITERATOR = iteratorType("dict_keyiterator");
    static final PyType VALUE_ITERATOR = iteratorType("dict_valueiterator");
    static final PyType ITEM_ITERATOR = iteratorType("dict_itemiterator");

    private final PyDictView.Kind kind;
    private final PyDict dict;
    private final int size;
    /** Null once exhausted, as CPython drops {@code di_dict}. */
    private Iterator<Map.Entry<PyDict.Key, PyObject>> entries;

    PyDictIterator(PyDictView.Kind kind, PyDict dict) {
        this.kind = kind;
        this.dict = dict;
        this.size = dict.size();
        this.entries = dict.map.entrySet().iterator();
    }

    @Override PyType type() {
        return switch (kind) {
            case KEYS -> KEY_ITERATOR;
            case VALUES -> VALUE_ITERATOR;
            case ITEMS -> ITEM_ITERATOR;
        };
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(dict);
    }

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, PyType.OBJECT, t -> {
            t.tpIter = o -> o;
            t.tpIternext = PyDictIterator::next;
        }, TypeFlag.DISALLOW_INSTANTIATION);
    }

    private static PyObject next(PyObject o) {
        PyDictIterator it = (PyDictIterator) o;
        if (it.entries == null) return null;
        if (it.dict.size() != it.size) {
            throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
        }
        try {
            if (!it.entries.hasNext()) {
                it.entries = null;
                return null;
            }
            return it.kind.of(it.entries.next());
        } catch (ConcurrentModificationException e) {
            throw PyErr.format(PyExc.RuntimeError, "dictionary keys changed during iteration");
        }
    }
}
