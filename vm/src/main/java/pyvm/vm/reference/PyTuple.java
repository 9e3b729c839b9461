package pyvm.vm.reference;

import java.util.Arrays;
import java.util.StringJoiner;
import java.util.function.Consumer;
import pyvm.gc.Traversable;
import pyvm.parser.PyHash;

/**
 * A {@code tuple}: an immutable array of objects, {@code PyTupleObject} of Objects/tupleobject.c.
 * The empty tuple is a singleton, as in CPython.
 */
class PyTuple extends PyObject {

    static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, PyTuple::fillSlots, TypeFlag.BASETYPE);
    static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** {@return a tuple of the items; the array is copied} */
    static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    @Override PyType type() {
        return TYPE;
    }

    int size() {
        return items.length;
    }

    PyObject get(int i) {
        return items[i];
    }

    /** {@return a copy of the items} */
    PyObject[] items() {
        return items.clone();
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        for (PyObject item : items) visit.accept(item);
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = PyTuple::repr;
        t.tpHash = PyTuple::hash;
        t.tpRichcompare = (v, w, op) -> w instanceof PyTuple b
                ? Sequences.richcompare(((PyTuple) v).items, b.items, op)
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.sqLength = o -> ((PyTuple) o).items.length;
        t.sqConcat = (v, w) -> {
            if (!(w instanceof PyTuple b))
                throw PyErr.format(PyExc.TypeError, "can only concatenate tuple (not \"%s\") to tuple", w.type().name);
            PyObject[] a = ((PyTuple) v).items;
            PyObject[] joined = Arrays.copyOf(a, a.length + b.items.length);
            System.arraycopy(b.items, 0, joined, a.length, b.items.length);
            return new PyTuple(joined);
        };
        t.sqRepeat = (o, n) -> {
            PyTuple self = (PyTuple) o;
            if (n == 1 && self.type() == TYPE) return self;
            return new PyTuple(Sequences.repeat(self.items, n));
        };
        t.sqContains = (o, value) -> Sequences.contains(((PyTuple) o).items, value);
        t.mpSubscript = (o, key) -> {
            PyTuple self = (PyTuple) o;
            if (key instanceof PySlice slice) return of(Sequences.slice(self.items, slice));
            return self.items[Sequences.index(key, self.items.length, "tuple")];
        };
        t.tpIter = o -> new PySeqIter(PySeqIter.TUPLE_ITERATOR, o);
        t.tpNew = (type, args, kwnames) -> {
            Args.noKeywords("tuple", kwnames);
            Args.checkPositional("tuple", args.length, 0, 1);
            PyObject[] items = args.length == 0 ? new PyObject[0] : Py.toArray(args[0]);
            if (type != TYPE) return new Derived(type, items);
            if (args.length == 0) return EMPTY;
            return args[0] instanceof PyTuple same && same.type() == TYPE ? same : new PyTuple(items);
        };
        t.addMethod("index", (self, args, kwnames) -> Sequences.indexMethod("tuple", ((PyTuple) self).items, args, kwnames));
        t.addMethod("count", (self, args, kwnames) ->
                PyInt.of(Sequences.count(((PyTuple) self).items, Args.one("tuple.count", args, kwnames))));
    }

    /** {@code tuple_repr}: {@code ()}, {@code (1,)}, {@code (1, 2)}; {@code (...)} inside itself. */
    private static PyObject repr(PyObject o) {
        PyTuple self = (PyTuple) o;
        if (self.items.length == 0) return PyStr.of("()");
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) return PyStr.of("(...)");
        try {
            StringJoiner out = new StringJoiner(", ", "(", self.items.length == 1 ? ",)" : ")");
            for (PyObject item : self.items) out.add(Py.repr(item).value);
            return PyStr.of(out.toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    /** {@code tuplehash}: the items hashed in order (the first that cannot be raises), then mixed. */
    private static long hash(PyObject o) {
        PyObject[] items = ((PyTuple) o).items;
        long[] lanes = new long[items.length];
        for (int i = 0; i < items.length; i++) lanes[i] = Py.hash(items[i]);
        return PyHash.ofTuple(lanes);
    }

    /**
     * An instance of a class derived from tuple: the value, and the class and {@code __dict__}
     * a subclass instance has, as CPython lays it out after the base's struct.
     */
    static final class Derived extends PyTuple {
        private final PyType type;
        private final PyDict dict = new PyDict();

        @Override PyType type() {
            return type;
        }

        @Override PyDict instanceDict() {
            return dict;
        }

        @Override public void traverse(java.util.function.Consumer<? super pyvm.gc.Traversable> visit) {
            super.traverse(visit);
            visit.accept(dict);
        }

        Derived(PyType type, PyObject[] items) {
            super(items);
            this.type = type;
        }
    }
}
