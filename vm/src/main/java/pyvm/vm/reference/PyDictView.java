package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}: live views of a dict, the
 * {@code dict_keys}, {@code dict_values} and {@code dict_items} types of Objects/dictobject.c.
 */
final class PyDictView extends PyObject {

    /** Which of the three views. */
    enum Kind {
        KEYS("dict_keys"), VALUES("dict_values"), ITEMS("dict_items");

        final PyType type;

        Kind(String name) {
            this.type = PyType.builtin(name, PyType.OBJECT, PyDictView::fillSlots, TypeFlag.DISALLOW_INSTANTIATION);
        }

        /** {@return what this view shows of an entry} */
        PyObject of(Map.Entry<PyDict.Key, PyObject> e) {
            return switch (this) {
                case KEYS -> e.getKey().object;
                case VALUES -> e.getValue();
                case ITEMS -> PyTuple.of(e.getKey().object, e.getValue());
            };
        }
    }

    final Kind kind;
    final PyDict dict;

    PyDictView(Kind kind, PyDict dict) {
        this.kind = kind;
        this.dict = dict;
    }

    @Override PyType type() {
        return kind.type;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(dict);
    }

    private static void fillSlots(PyType t) {
        t.sqLength = o -> ((PyDictView) o).dict.size();
        t.tpIter = o -> new PyDictIterator(((PyDictView) o).kind, ((PyDictView) o).dict);
        t.tpRepr = PyDictView::repr;
        t.sqContains = PyDictView::contains;
    }

    /** {@code dictview_repr}: {@code dict_keys(['a', 'b'])}. */
    private static PyObject repr(PyObject o) {
        PyDictView view = (PyDictView) o;
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(view)) return PyStr.of("...");
        try {
            StringJoiner out = new StringJoiner(", ", view.type().name + "([", "])");
            for (Map.Entry<PyDict.Key, PyObject> e : new ArrayList<>(view.dict.map.entrySet()))
                out.add(Py.repr(view.kind.of(e)).value);
            return PyStr.of(out.toString());
        } finally {
            ts.reprLeave(view);
        }
    }

    /** Keys by lookup, items by lookup and value comparison, values by search. */
    private static boolean contains(PyObject o, PyObject value) {
        PyDictView view = (PyDictView) o;
        return switch (view.kind) {
            case KEYS -> view.dict.get(value) != null;
            case ITEMS -> {
                if (!(value instanceof PyTuple pair) || pair.size() != 2) yield false;
                PyObject found = view.dict.get(pair.get(0));
                yield found != null && Py.richCompareBool(found, pair.get(1), CompareOp.EQ);
            }
            case VALUES -> Sequences.contains(view.dict.map.values().toArray(new PyObject[0]), value);
        };
    }
}
