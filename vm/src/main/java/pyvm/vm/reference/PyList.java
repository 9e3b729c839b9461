package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;
import pyvm.cfg.NbOp;
import pyvm.gc.Traversable;

/**
 * A {@code list}: a growable array of objects, {@code PyListObject} of Objects/listobject.c. Its
 * methods are in {@link ListMethods}.
 */
final class PyList extends PyObject {

    static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyList::fillSlots, TypeFlag.BASETYPE);

    /** The items; {@code ob_item}. */
    final List<PyObject> items;
    /** The class: list, or a class derived from it. */
    private final PyType type;
    /** The {@code __dict__} of an instance of a class derived from list; null for a plain list. */
    private final PyDict dict;

    PyList(List<PyObject> items) {
        this(TYPE, items);
    }

    private PyList(PyType type, List<PyObject> items) {
        this.type = type;
        this.items = items;
        this.dict = type == TYPE ? null : new PyDict();
    }

    /** {@return a new list holding the items; the array is copied} */
    static PyList of(PyObject... items) {
        return new PyList(new ArrayList<>(Arrays.asList(items)));
    }

    @Override PyType type() {
        return type;
    }

    @Override PyDict instanceDict() {
        return dict;
    }

    PyObject[] toArray() {
        return items.toArray(new PyObject[0]);
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        items.forEach(visit);
        if (dict != null) visit.accept(dict);
    }

    @Override public void clear() {
        items.clear();
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = PyList::repr;
        t.tpHash = Py.HASH_NOT_IMPLEMENTED;
        t.tpRichcompare = (v, w, op) -> w instanceof PyList b
                ? Sequences.richcompare(((PyList) v).toArray(), b.toArray(), op)
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.sqLength = o -> ((PyList) o).items.size();
        t.sqConcat = (v, w) -> {
            if (!(w instanceof PyList b))
                throw PyErr.format(PyExc.TypeError, "can only concatenate list (not \"%s\") to list", w.type().name);
            List<PyObject> joined = new ArrayList<>(((PyList) v).items);
            joined.addAll(b.items);
            return new PyList(joined);
        };
        t.sqRepeat = (o, n) -> of(Sequences.repeat(((PyList) o).toArray(), n));
        t.sqContains = (o, value) -> Sequences.contains(((PyList) o).toArray(), value);
        t.mpSubscript = (o, key) -> {
            PyList self = (PyList) o;
            if (key instanceof PySlice slice) return of(Sequences.slice(self.toArray(), slice));
            return self.items.get(Sequences.index(key, self.items.size(), "list"));
        };
        t.mpAssSubscript = PyList::assignSubscript;
        t.nbInplace[NbOp.NB_ADD.ordinal()] = (v, w) -> {
            ((PyList) v).items.addAll(Arrays.asList(Py.toArray(w)));
            return v;
        };
        t.nbInplace[NbOp.NB_MULTIPLY.ordinal()] = (v, w) -> {
            if (w.type().nbIndex == null) return PyNotImplemented.NOT_IMPLEMENTED;
            PyList self = (PyList) v;
            PyObject[] repeated = Sequences.repeat(self.toArray(), Number.asSsizeT(w, PyExc.OverflowError));
            self.items.clear();
            self.items.addAll(Arrays.asList(repeated));
            return v;
        };
        t.tpIter = o -> new PySeqIter(PySeqIter.LIST_ITERATOR, o);
        t.tpNew = (type, args, kwnames) -> new PyList(type, new ArrayList<>());
        t.tpInit = (self, args, kwnames) -> {
            Args.noKeywords("list", kwnames);
            Args.checkPositional("list", args.length, 0, 1);
            PyList list = (PyList) self;
            list.items.clear();
            if (args.length == 1) list.items.addAll(Arrays.asList(Py.toArray(args[0])));
        };
        ListMethods.fill(t);
    }

    /** {@code list_repr}: {@code [1, 2]}; {@code [...]} inside itself. */
    private static PyObject repr(PyObject o) {
        PyList self = (PyList) o;
        if (self.items.isEmpty()) return PyStr.of("[]");
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) return PyStr.of("[...]");
        try {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            for (int i = 0; i < self.items.size(); i++) out.add(Py.repr(self.items.get(i)).value);
            return PyStr.of(out.toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    /** {@code list_ass_subscript}: {@code a[i] = x}, {@code a[i:j] = xs}, {@code del a[i]}, {@code del a[i:j]}. */
    private static void assignSubscript(PyObject o, PyObject key, PyObject value) {
        PyList self = (PyList) o;
        if (!(key instanceof PySlice slice)) {
            int i = Sequences.index(key, self.items.size(), "list");
            if (value == null) self.items.remove(i);
            else self.items.set(i, value);
            return;
        }
        PySlice.Indices r = slice.indices(self.items.size());
        if (r.step() == 1) {
            PyObject[] replacement = value == null ? new PyObject[0] : sliceSource(value, "can only assign an iterable");
            int from = (int) r.start(), to = (int) Math.max(r.start(), r.stop());
            List<PyObject> range = self.items.subList(from, to);
            range.clear();
            range.addAll(Arrays.asList(replacement));
            return;
        }
        if (value == null) {
            List<PyObject> kept = new ArrayList<>();
            for (int i = 0; i < self.items.size(); i++) {
                long k = r.step() > 0 ? i - r.start() : r.start() - i;
                long stepSize = Math.abs(r.step());
                if (!(k >= 0 && k % stepSize == 0 && k / stepSize < r.length())) kept.add(self.items.get(i));
            }
            self.items.clear();
            self.items.addAll(kept);
            return;
        }
        PyObject[] replacement = sliceSource(value, "must assign iterable to extended slice");
        if (replacement.length != r.length())
            throw PyErr.format(PyExc.ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
                    replacement.length, r.length());
        for (int k = 0; k < replacement.length; k++) self.items.set((int) (r.start() + k * r.step()), replacement[k]);
    }

    private static PyObject[] sliceSource(PyObject value, String notIterable) {
        if (value.type().tpIter == null && value.type().mpSubscript == null)
            throw PyErr.format(PyExc.TypeError, "%s", notIterable);
        return Py.toArray(value);
    }
}
