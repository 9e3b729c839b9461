package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The methods of {@code dict}, {@code mapp_methods} in Objects/dictobject.c. */
final class DictMethods {

    private DictMethods() {}

    static void fill(PyType t) {
        view(t, "keys", PyDictView.Kind.KEYS);
        view(t, "values", PyDictView.Kind.VALUES);
        view(t, "items", PyDictView.Kind.ITEMS);
        t.addMethod("get", (self, args, kwnames) -> {
            Args.noKeywords("get", kwnames);
            Args.checkPositional("get", args.length, 1, 2);
            PyObject value = ((PyDict) self).get(args[0]);
            return value != null ? value : args.length == 2 ? args[1] : PyNone.NONE;
        });
        t.addMethod("setdefault", (self, args, kwnames) -> {
            Args.noKeywords("setdefault", kwnames);
            Args.checkPositional("setdefault", args.length, 1, 2);
            PyDict dict = (PyDict) self;
            PyObject value = dict.get(args[0]);
            if (value != null) return value;
            value = args.length == 2 ? args[1] : PyNone.NONE;
            dict.put(args[0], value);
            return value;
        });
        t.addMethod("pop", (self, args, kwnames) -> {
            Args.noKeywords("pop", kwnames);
            Args.checkPositional("pop", args.length, 1, 2);
            PyObject value = ((PyDict) self).remove(args[0]);
            if (value != null) return value;
            if (args.length == 2) return args[1];
            throw PyErr.setObject(PyExc.KeyError, PyTuple.of(args[0]));
        });
        t.addMethod("popitem", (self, args, kwnames) -> {
            Args.noArgs("dict.popitem", args, kwnames);
            LinkedHashMap<PyDict.Key, PyObject> map = ((PyDict) self).map;
            if (map.isEmpty()) throw PyErr.format(PyExc.KeyError, "popitem(): dictionary is empty");
            Map.Entry<PyDict.Key, PyObject> last = map.lastEntry();
            map.remove(last.getKey());
            return PyTuple.of(last.getKey().object, last.getValue());
        });
        t.addMethod("update", (self, args, kwnames) -> {
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("update", positional.length, 0, 1);
            PyDict dict = (PyDict) self;
            if (positional.length == 1) update(dict, positional[0]);
            for (int k = 0; k < kwnames.length; k++) dict.put(PyStr.of(kwnames[k]), args[positional.length + k]);
            return PyNone.NONE;
        });
        t.addMethod("clear", (self, args, kwnames) -> {
            Args.noArgs("dict.clear", args, kwnames);
            ((PyDict) self).map.clear();
            return PyNone.NONE;
        });
        t.addMethod("copy", (self, args, kwnames) -> {
            Args.noArgs("dict.copy", args, kwnames);
            PyDict copy = new PyDict();
            copy.map.putAll(((PyDict) self).map);
            return copy;
        });
    }

    private static void view(PyType t, String name, PyDictView.Kind kind) {
        t.addMethod(name, (self, args, kwnames) -> {
            Args.noArgs("dict." + name, args, kwnames);
            return new PyDictView(kind, (PyDict) self);
        });
    }

    /**
     * {@code dict_update_arg}: from a dict, from anything with {@code keys()} (a mapping), or from
     * an iterable of key-value pairs ({@code PyDict_MergeFromSeq2}).
     */
    static void update(PyDict dict, PyObject other) {
        if (other instanceof PyDict source) {
            for (Map.Entry<PyDict.Key, PyObject> e : new ArrayList<>(source.map.entrySet())) dict.map.put(e.getKey(), e.getValue());
            return;
        }
        if (other.type().lookup("keys") != null) {
            PyObject keys = Py.call(Py.getAttr(other, "keys"), Args.NONE, Args.NO_KWNAMES);
            PyObject it = Py.getIter(keys);
            for (PyObject key = Py.next(it); key != null; key = Py.next(it)) dict.put(key, Py.getItem(other, key));
            return;
        }
        PyObject it = Py.getIter(other);
        int index = 0;
        for (PyObject item = Py.next(it); item != null; item = Py.next(it), index++) {
            if (item.type().tpIter == null && item.type().mpSubscript == null)
                throw PyErr.format(PyExc.TypeError,
                        "cannot convert dictionary update sequence element #%d to a sequence", index);
            PyObject[] pair = Py.toArray(item);
            if (pair.length != 2)
                throw PyErr.format(PyExc.ValueError,
                        "dictionary update sequence element #%d has length %d; 2 is required", index, pair.length);
            dict.put(pair[0], pair[1]);
        }
    }
}
