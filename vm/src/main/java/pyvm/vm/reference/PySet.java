package pyvm.vm.reference;

import java.util.StringJoiner;
import java.util.function.Consumer;
import pyvm.gc.Traversable;
import pyvm.parser.SetTable;

/**
 * A {@code set} or a {@code frozenset}: {@code PySetObject} of Objects/setobject.c, over a
 * {@link SetTable} that keeps CPython's layout, so iteration order matches. The table hashes a key
 * with Python's {@code hash()} and compares with {@code ==}; two exact strs compare by value without
 * calling {@code __eq__}, as {@code unicode_eq} does. The two types share everything but mutability
 * and hashing; their methods are in {@link SetMethods}.
 */
final class PySet extends PyObject {

    static final PyType SET = PyType.builtin("set", PyType.OBJECT, t -> fillSlots(t, false), TypeFlag.BASETYPE);
    static final PyType FROZENSET = PyType.builtin("frozenset", PyType.OBJECT, t -> fillSlots(t, true), TypeFlag.BASETYPE);

    private final PyType type;
    final SetTable<PyObject> table = new SetTable<>(Py::hash, PySet::equal);

    PySet(PyType type) {
        this.type = type;
    }

    /** {@return a frozenset of the items, added in order, as marshal builds a frozenset constant} */
    static PySet frozen(PyObject... items) {
        PySet s = new PySet(FROZENSET);
        for (PyObject item : items) s.add(item);
        return s;
    }

    @Override PyType type() {
        return type;
    }

    boolean isFrozen() {
        return type.isSubtype(FROZENSET);
    }

    /** {@code set_add_key}. */
    void add(PyObject key) {
        table.add(key);
    }

    /** {@code set_contains_key}. */
    boolean contains(PyObject key) {
        return table.contains(key);
    }

    int size() {
        return table.size();
    }

    /** The equality of a set's keys: exact strs by value, anything else by {@code ==}. */
    private static boolean equal(PyObject a, PyObject b) {
        if (a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) return ((PyStr) a).value.equals(((PyStr) b).value);
        return Py.richCompareBool(a, b, CompareOp.EQ);
    }

    /**
     * {@code set_update_internal}: the keys of another set (merged table to table), of a dict (with
     * one resize first), or of any iterable, one by one.
     */
    void update(PyObject other) {
        if (other instanceof PySet s) {
            table.update(s.table);
        } else if (other instanceof PyDict d) {
            table.presize(d.size());
            for (PyDict.Key k : d.map.keySet().toArray(new PyDict.Key[0])) add(k.object);
        } else {
            PyObject it = Py.getIter(other);
            for (PyObject key = Py.next(it); key != null; key = Py.next(it)) add(key);
        }
    }

    /** {@code make_new_set}: a new set or frozenset of {@code type} holding the iterable's keys. */
    static PySet make(PyType type, PyObject iterable) {
        PySet s = new PySet(type);
        if (iterable != null) s.update(iterable);
        return s;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        table.forEach(visit::accept);
    }

    @Override public void clear() {
        table.clear();
    }

    private static void fillSlots(PyType t, boolean frozen) {
        t.tpRepr = PySet::repr;
        t.tpHash = frozen ? o -> ((PySet) o).table.frozensetHash() : Py.HASH_NOT_IMPLEMENTED;
        t.tpRichcompare = SetMethods::richcompare;
        t.sqLength = o -> ((PySet) o).size();
        t.sqContains = (o, key) -> ((PySet) o).containsMaybeUnhashable(key);
        t.tpIter = o -> new PySetIterator((PySet) o);
        t.tpNew = (type, args, kwnames) -> {
            String name = frozen ? "frozenset" : "set";
            Args.noKeywords(name, kwnames);
            Args.checkPositional(name, args.length, 0, 1);
            if (frozen && args.length == 1 && args[0].type() == FROZENSET && type == FROZENSET) return args[0];
            return frozen ? make(type, args.length == 1 ? args[0] : null) : new PySet(type);
        };
        if (!frozen) {
            t.tpInit = (self, args, kwnames) -> {
                Args.noKeywords("set", kwnames);
                Args.checkPositional("set", args.length, 0, 1);
                PySet s = (PySet) self;
                s.table.clear();
                if (args.length == 1) s.update(args[0]);
            };
        }
        SetMethods.fill(t, frozen);
    }

    /**
     * {@code set_contains}: a set that is not hashable is looked for as the frozenset of its keys,
     * so {@code {1} in {frozenset({1})}} holds.
     */
    private boolean containsMaybeUnhashable(PyObject key) {
        try {
            return contains(key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !Py.isInstance(e.value, PyExc.TypeError)) throw e;
            return contains(make(FROZENSET, s));
        }
    }

    /** {@code set_repr}: {@code {1, 2}}, {@code set()}, {@code frozenset({1})}; {@code set(...)} inside itself. */
    private static PyObject repr(PyObject o) {
        PySet s = (PySet) o;
        String name = s.type().name;
        if (s.size() == 0) return PyStr.of(name + "()");
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(s)) return PyStr.of(name + "(...)");
        try {
            boolean plain = s.type() == SET;
            StringJoiner out = new StringJoiner(", ", plain ? "{" : name + "({", plain ? "}" : "})");
            PyObject[] keys = s.keys();
            for (PyObject key : keys) out.add(Py.repr(key).value);
            return PyStr.of(out.toString());
        } finally {
            ts.reprLeave(s);
        }
    }

    /** {@return the keys in iteration order, a snapshot} */
    PyObject[] keys() {
        PyObject[] out = new PyObject[table.size()];
        int n = 0;
        for (PyObject key : table) out[n++] = key;
        return out;
    }
}
