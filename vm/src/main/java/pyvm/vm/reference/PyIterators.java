package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * The lazy iterator types of the builtins: {@code enumerate} and {@code reversed}
 * (Objects/enumobject.c), {@code zip}, {@code map} and {@code filter} (Python/bltinmodule.c). Each is
 * its own type, as in CPython; one Java class holds what they need, the step function differing.
 */
final class PyIterators extends PyObject {

    static final PyType ENUMERATE = iteratorType("enumerate", PyIterators::newEnumerate);
    static final PyType ZIP = iteratorType("zip", PyIterators::newZip);
    static final PyType MAP = iteratorType("map", PyIterators::newMap);
    static final PyType FILTER = iteratorType("filter", PyIterators::newFilter);
    static final PyType REVERSED = iteratorType("reversed", PyIterators::newReversed);

    private interface Step { PyObject next(PyIterators self); }

    private final PyType type;
    /** The underlying iterators (or, for reversed, the sequence). */
    private final PyObject[] sources;
    /** The function of map and filter, or null. */
    private final PyObject function;
    private final Step step;
    /** enumerate's count, reversed's next index; zip's strictness as 1. */
    private long counter;
    private boolean exhausted;

    private PyIterators(PyType type, PyObject[] sources, PyObject function, long counter, Step step) {
        this.type = type;
        this.sources = sources;
        this.function = function;
        this.counter = counter;
        this.step = step;
    }

    @Override PyType type() {
        return type;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        for (PyObject s : sources) visit.accept(s);
        if (function != null) visit.accept(function);
    }

    private static PyType iteratorType(String name, Slots.NewFunc make) {
        return PyType.builtin(name, PyType.OBJECT, t -> {
            t.tpNew = make;
            t.tpIter = o -> o;
            t.tpIternext = o -> {
                PyIterators it = (PyIterators) o;
                if (it.exhausted) return null;
                PyObject item = it.step.next(it);
                if (item == null) it.exhausted = true;
                return item;
            };
        }, TypeFlag.BASETYPE);
    }

    /** {@code enumerate(iterable, start=0)}. */
    private static PyObject newEnumerate(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("enumerate", args, kwnames, "iterable", "start");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("enumerate", positional.length, 0, 2);
        PyObject iterable = positional.length > 0 ? positional[0] : kw[0];
        if (iterable == null) throw PyErr.format(PyExc.TypeError, "enumerate() missing required argument 'iterable'");
        PyObject start = positional.length > 1 ? positional[1] : kw[1];
        long first = start == null ? 0 : Number.asSsizeT(start, PyExc.OverflowError);
        return new PyIterators(type, new PyObject[] {Py.getIter(iterable)}, null, first, self -> {
            PyObject item = Py.next(self.sources[0]);
            return item == null ? null : PyTuple.of(PyInt.of(self.counter++), item);
        });
    }

    /** {@code zip(*iterables, strict=False)}. */
    private static PyObject newZip(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("zip", args, kwnames, "strict");
        PyObject[] positional = Args.positional(args, kwnames);
        PyObject[] its = new PyObject[positional.length];
        for (int i = 0; i < its.length; i++) its[i] = Py.getIter(positional[i]);
        boolean strict = kw[0] != null && Py.isTrue(kw[0]);
        return new PyIterators(type, its, null, strict ? 1 : 0, PyIterators::zipStep);
    }

    private static PyObject zipStep(PyIterators self) {
        if (self.sources.length == 0) return null;
        PyObject[] items = new PyObject[self.sources.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = Py.next(self.sources[i]);
            if (items[i] != null) continue;
            if (self.counter == 1) {
                if (i > 0) throw PyErr.format(PyExc.ValueError, "zip() argument %d is shorter than argument%s%d",
                        i + 1, i == 1 ? " " : "s 1-", i);
                for (int j = 1; j < items.length; j++)
                    if (Py.next(self.sources[j]) != null) throw PyErr.format(PyExc.ValueError,
                            "zip() argument %d is longer than argument%s%d", j + 1, j == 1 ? " " : "s 1-", j);
            }
            return null;
        }
        return PyTuple.of(items);
    }

    /** {@code map(function, iterable, *iterables)}. */
    private static PyObject newMap(PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("map", kwnames);
        if (args.length < 2) throw PyErr.format(PyExc.TypeError, "map() must have at least two arguments.");
        PyObject[] its = new PyObject[args.length - 1];
        for (int i = 0; i < its.length; i++) its[i] = Py.getIter(args[i + 1]);
        return new PyIterators(type, its, args[0], 0, self -> {
            PyObject[] items = new PyObject[self.sources.length];
            for (int i = 0; i < items.length; i++) if ((items[i] = Py.next(self.sources[i])) == null) return null;
            return Py.call(self.function, items, Args.NO_KWNAMES);
        });
    }

    /** {@code filter(function or None, iterable)}. */
    private static PyObject newFilter(PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("filter", kwnames);
        Args.checkPositional("filter", args.length, 2, 2);
        PyObject function = args[0] == PyNone.NONE ? null : args[0];
        return new PyIterators(type, new PyObject[] {Py.getIter(args[1])}, function, 0, self -> {
            for (PyObject item = Py.next(self.sources[0]); item != null; item = Py.next(self.sources[0])) {
                PyObject verdict = self.function == null ? item : Py.call(self.function, new PyObject[] {item}, Args.NO_KWNAMES);
                if (Py.isTrue(verdict)) return item;
            }
            return null;
        });
    }

    /** {@code reversed(sequence)}: by index from the end, for anything with a length and items. */
    private static PyObject newReversed(PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("reversed", kwnames);
        Args.checkPositional("reversed", args.length, 1, 1);
        PyObject seq = args[0];
        if (seq instanceof PyDict || seq.type().sqLength == null || seq.type().mpSubscript == null)
            throw PyErr.format(PyExc.TypeError, "'%s' object is not reversible", seq.type().name);
        return new PyIterators(type, new PyObject[] {seq}, null, Py.length(seq) - 1, self -> {
            if (self.counter < 0 || self.counter >= Py.length(self.sources[0])) return null;
            return Py.getItem(self.sources[0], PyInt.of(self.counter--));
        });
    }
}
