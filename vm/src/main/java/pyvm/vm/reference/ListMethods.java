package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The methods of {@code list}, {@code list_methods} in Objects/listobject.c, with the argument
 * checks and messages of their Argument Clinic signatures.
 */
final class ListMethods {

    private ListMethods() {}

    static void fill(PyType t) {
        t.addMethod("append", (self, args, kwnames) -> {
            items(self).add(Args.one("list.append", args, kwnames));
            return PyNone.NONE;
        });
        t.addMethod("extend", (self, args, kwnames) -> {
            PyObject iterable = Args.one("list.extend", args, kwnames);
            items(self).addAll(Arrays.asList(Py.toArray(iterable)));
            return PyNone.NONE;
        });
        t.addMethod("insert", (self, args, kwnames) -> {
            Args.noKeywords("insert", kwnames);
            Args.checkPositional("insert", args.length, 2, 2);
            List<PyObject> items = items(self);
            long i = Number.asSsizeT(args[0], PyExc.OverflowError);
            if (i < 0) i = Math.max(0, i + items.size());
            items.add((int) Math.min(i, items.size()), args[1]);
            return PyNone.NONE;
        });
        t.addMethod("pop", (self, args, kwnames) -> {
            Args.noKeywords("pop", kwnames);
            Args.checkPositional("pop", args.length, 0, 1);
            List<PyObject> items = items(self);
            if (items.isEmpty()) throw PyErr.format(PyExc.IndexError, "pop from empty list");
            long i = args.length == 0 ? -1 : Number.asSsizeT(args[0], PyExc.OverflowError);
            if (i < 0) i += items.size();
            if (i < 0 || i >= items.size()) throw PyErr.format(PyExc.IndexError, "pop index out of range");
            return items.remove((int) i);
        });
        t.addMethod("remove", (self, args, kwnames) -> {
            PyObject value = Args.one("list.remove", args, kwnames);
            List<PyObject> items = items(self);
            for (int i = 0; i < items.size(); i++) {
                if (Py.richCompareBool(items.get(i), value, CompareOp.EQ)) {
                    items.remove(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.format(PyExc.ValueError, "list.remove(x): x not in list");
        });
        t.addMethod("index", (self, args, kwnames) -> Sequences.indexMethod("list", ((PyList) self).toArray(), args, kwnames));
        t.addMethod("count", (self, args, kwnames) ->
                PyInt.of(Sequences.count(((PyList) self).toArray(), Args.one("list.count", args, kwnames))));
        t.addMethod("clear", (self, args, kwnames) -> {
            Args.noArgs("list.clear", args, kwnames);
            items(self).clear();
            return PyNone.NONE;
        });
        t.addMethod("copy", (self, args, kwnames) -> {
            Args.noArgs("list.copy", args, kwnames);
            return new PyList(new ArrayList<>(items(self)));
        });
        t.addMethod("reverse", (self, args, kwnames) -> {
            Args.noArgs("list.reverse", args, kwnames);
            Collections.reverse(items(self));
            return PyNone.NONE;
        });
        t.addMethod("sort", ListMethods::sort);
    }

    private static List<PyObject> items(PyObject self) {
        return ((PyList) self).items;
    }

    /**
     * {@code list.sort(*, key=None, reverse=False)}: stable, comparing with {@code <} only. While it
     * sorts the list looks empty, and a change made meanwhile raises ValueError, as in CPython.
     */
    private static PyObject sort(PyObject self, PyObject[] args, String[] kwnames) {
        if (args.length > kwnames.length) throw PyErr.format(PyExc.TypeError, "sort() takes no positional arguments");
        PyObject[] kw = Args.keywords("sort", args, kwnames, "key", "reverse");
        boolean reverse = kw[1] != null && Py.isTrue(kw[1]);
        List<PyObject> items = items(self);
        PyObject[] values = items.toArray(new PyObject[0]);
        items.clear();
        try {
            PyObject[] keys = values.clone();
            if (kw[0] != null && kw[0] != PyNone.NONE)
                for (int i = 0; i < keys.length; i++) keys[i] = Py.call(kw[0], new PyObject[] {values[i]}, Args.NO_KWNAMES);
            Integer[] order = new Integer[values.length];
            for (int i = 0; i < order.length; i++) order[i] = reverse ? order.length - 1 - i : i;
            mergeSort(order, keys);
            if (reverse) Collections.reverse(Arrays.asList(order));
            if (!items.isEmpty()) throw PyErr.format(PyExc.ValueError, "list modified during sort");
            for (Integer i : order) items.add(values[i]);
        } catch (PyException e) {
            items.clear();
            items.addAll(Arrays.asList(values));
            throw e;
        }
        return PyNone.NONE;
    }

    /** A stable merge sort of positions by their keys, asking only {@code keys[a] < keys[b]}. */
    private static void mergeSort(Integer[] order, PyObject[] keys) {
        if (order.length < 2) return;
        Integer[] left = Arrays.copyOfRange(order, 0, order.length / 2);
        Integer[] right = Arrays.copyOfRange(order, order.length / 2, order.length);
        mergeSort(left, keys);
        mergeSort(right, keys);
        int i = 0, j = 0, k = 0;
        while (i < left.length && j < right.length)
            order[k++] = Py.richCompareBool(keys[right[j]], keys[left[i]], CompareOp.LT) ? right[j++] : left[i++];
        while (i < left.length) order[k++] = left[i++];
        while (j < right.length) order[k++] = right[j++];
    }
}
