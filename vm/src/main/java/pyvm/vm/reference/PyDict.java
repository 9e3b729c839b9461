package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import pyvm.cfg.NbOp;
import pyvm.gc.Traversable;

/**
 * A {@code dict}: {@code PyDictObject} of Objects/dictobject.c. Keys are found by Python's hash and
 * {@code ==} (identity first), and iteration follows insertion order, as in CPython since 3.7. The
 * Java map underneath is keyed by {@link Key}, which gives Java the Python hash and equality.
 * Its methods are in {@link DictMethods}.
 */
final class PyDict extends PyObject {

    static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDict::fillSlots, TypeFlag.BASETYPE);

    /**
     * A key as the Java map sees it: the object with its Python hash computed once. Two keys are
     * equal when their hashes are and the objects are the same or {@code ==}, as {@code lookdict}
     * decides; an exception from {@code __eq__} propagates out of the map operation.
     */
    static final class Key {
        final PyObject object;
        private final long hash;

        Key(PyObject object) {
            this.object = object;
            this.hash = Py.hash(object);
        }

        @Override public boolean equals(Object other) {
            if (!(other instanceof Key k) || k.hash != hash) return false;
            if (k.object == object) return true;
            if (k.object.type() == PyStr.TYPE && object.type() == PyStr.TYPE) return ((PyStr) k.object).value.equals(((PyStr) object).value);
            return Py.richCompareBool(k.object, object, CompareOp.EQ);
        }

        @Override public int hashCode() {
            return Long.hashCode(hash);
        }
    }

    /** The entries, in insertion order. */
    final LinkedHashMap<Key, PyObject> map = new LinkedHashMap<>();
    /** The class: dict, or a class derived from it. */
    private final PyType type;
    /** The {@code __dict__} of an instance of a class derived from dict; null for a plain dict. */
    private final PyDict dict;

    PyDict() {
        this(TYPE);
    }

    private PyDict(PyType type) {
        this.type = type;
        this.dict = type == TYPE ? null : new PyDict();
    }

    @Override PyType type() {
        return type;
    }

    @Override PyDict instanceDict() {
        return dict;
    }

    /** {@return the value for {@code key}, or null: {@code PyDict_GetItemWithError}} */
    PyObject get(PyObject key) {
        return map.get(new Key(key));
    }

    /** {@code PyDict_SetItem}. */
    void put(PyObject key, PyObject value) {
        map.put(new Key(key), value);
    }

    /** {@return the value removed for {@code key}, or null when there was none} */
    PyObject remove(PyObject key) {
        return map.remove(new Key(key));
    }

    int size() {
        return map.size();
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        for (Map.Entry<Key, PyObject> e : map.entrySet()) {
            visit.accept(e.getKey().object);
            visit.accept(e.getValue());
        }
        if (dict != null) visit.accept(dict);
    }

    @Override public void clear() {
        map.clear();
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = PyDict::repr;
        t.tpHash = Py.HASH_NOT_IMPLEMENTED;
        t.tpRichcompare = PyDict::richcompare;
        t.sqLength = o -> ((PyDict) o).map.size();
        t.sqContains = (o, key) -> ((PyDict) o).get(key) != null;
        t.mpSubscript = (o, key) -> {
            PyObject value = ((PyDict) o).get(key);
            if (value != null) return value;
            if (o.type() != TYPE) {
                PyObject missing = HeapSlots.callMaybe(o, "__missing__", key);
                if (missing != null) return missing;
            }
            throw PyErr.setObject(PyExc.KeyError, PyTuple.of(key));
        };
        t.mpAssSubscript = (o, key, value) -> {
            PyDict self = (PyDict) o;
            if (value != null) self.put(key, value);
            else if (self.remove(key) == null) throw PyErr.setObject(PyExc.KeyError, PyTuple.of(key));
        };
        t.tpIter = o -> new PyDictIterator(PyDictView.Kind.KEYS, (PyDict) o);
        t.nbBinary[NbOp.NB_OR.ordinal()] = (v, w) -> {
            if (!(v instanceof PyDict a) || !(w instanceof PyDict b)) return PyNotImplemented.NOT_IMPLEMENTED;
            PyDict union = new PyDict();
            union.map.putAll(a.map);
            union.map.putAll(b.map);
            return union;
        };
        t.nbInplace[NbOp.NB_OR.ordinal()] = (v, w) -> {
            DictMethods.update((PyDict) v, w);
            return v;
        };
        t.tpNew = (type, args, kwnames) -> new PyDict(type);
        t.tpInit = (self, args, kwnames) -> {
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("dict", positional.length, 0, 1);
            PyDict dict = (PyDict) self;
            if (positional.length == 1) DictMethods.update(dict, positional[0]);
            for (int k = 0; k < kwnames.length; k++) dict.put(PyStr.of(kwnames[k]), args[positional.length + k]);
        };
        DictMethods.fill(t);
    }

    /** {@code dict_repr}: {@code {'a': 1}}; {@code {...}} inside itself. */
    private static PyObject repr(PyObject o) {
        PyDict self = (PyDict) o;
        if (self.map.isEmpty()) return PyStr.of("{}");
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) return PyStr.of("{...}");
        try {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            for (Map.Entry<Key, PyObject> e : new ArrayList<>(self.map.entrySet()))
                out.add(Py.repr(e.getKey().object).value + ": " + Py.repr(e.getValue()).value);
            return PyStr.of(out.toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    /** {@code dict_richcompare}: equal when they have the same keys, each with an equal value. */
    private static PyObject richcompare(PyObject v, PyObject w, CompareOp op) {
        if (!(w instanceof PyDict b) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyDict a = (PyDict) v;
        boolean equal = a.map.size() == b.map.size();
        for (Map.Entry<Key, PyObject> e : new ArrayList<>(a.map.entrySet())) {
            if (!equal) break;
            PyObject other = b.map.get(e.getKey());
            equal = other != null && Py.richCompareBool(e.getValue(), other, CompareOp.EQ);
        }
        return PyBool.of(equal == (op == CompareOp.EQ));
    }
}
