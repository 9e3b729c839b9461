package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The instructions that gather values from the stack into one object, or spread one over the
 * stack: BUILD_*, the *_EXTEND/*_UPDATE/*_MERGE steps of displays and calls, UNPACK_*, the string
 * conversions of f-strings and the argument handling of calls ({@code CALL_FUNCTION_EX}). Each
 * takes the stack and its depth and returns the new depth, as the stack effects in
 * Python/bytecodes.c say.
 */
final class Builds {

    private Builds() {}

    /** {@return the values {@code stack[from..to)}, which the caller then pops} */
    static PyObject[] arguments(PyObject[] stack, int from, int to) {
        PyObject[] args = Arrays.copyOfRange(stack, from, to);
        Arrays.fill(stack, from, to, null);
        return args;
    }

    static int tuple(PyObject[] stack, int sp, int n) {
        PyObject t = PyTuple.of(arguments(stack, sp - n, sp));
        stack[sp - n] = t;
        return sp - n + 1;
    }

    static int list(PyObject[] stack, int sp, int n) {
        PyObject l = PyList.of(arguments(stack, sp - n, sp));
        stack[sp - n] = l;
        return sp - n + 1;
    }

    static int set(PyObject[] stack, int sp, int n) {
        PySet s = new PySet(PySet.SET);
        for (PyObject item : arguments(stack, sp - n, sp)) s.add(item);
        stack[sp - n] = s;
        return sp - n + 1;
    }

    static int map(PyObject[] stack, int sp, int n) {
        PyObject[] kv = arguments(stack, sp - 2 * n, sp);
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) d.put(kv[2 * i], kv[2 * i + 1]);
        stack[sp - 2 * n] = d;
        return sp - 2 * n + 1;
    }

    /** BUILD_CONST_KEY_MAP: values on the stack, their keys in a constant tuple above them. */
    static int constKeyMap(PyObject[] stack, int sp, int n) {
        PyTuple keys = (PyTuple) stack[--sp];
        stack[sp] = null;
        PyObject[] values = arguments(stack, sp - n, sp);
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) d.put(keys.get(i), values[i]);
        stack[sp - n] = d;
        return sp - n + 1;
    }

    /** BUILD_STRING: the pieces of an f-string, joined. */
    static int string(PyObject[] stack, int sp, int n) {
        StringBuilder out = new StringBuilder();
        for (PyObject piece : arguments(stack, sp - n, sp)) out.append(((PyStr) piece).value);
        stack[sp - n] = PyStr.of(out.toString());
        return sp - n + 1;
    }

    /** LIST_EXTEND: {@code [*xs]}. */
    static void listExtend(PyList list, PyObject iterable) {
        if (iterable.type().tpIter == null && iterable.type().mpSubscript == null)
            throw PyErr.format(PyExc.TypeError, "Value after * must be an iterable, not %s", iterable.type().name);
        list.items.addAll(Arrays.asList(Py.toArray(iterable)));
    }

    /** DICT_UPDATE: {@code {**m}}. */
    static void dictUpdate(PyDict dict, PyObject update) {
        if (!(update instanceof PyDict) && update.type().lookup("keys") == null)
            throw PyErr.format(PyExc.TypeError, "'%s' object is not a mapping", update.type().name);
        DictMethods.update(dict, update);
    }

    /** DICT_MERGE: {@code f(**m)}, where a repeated keyword is an error naming the function. */
    static void dictMerge(PyObject function, PyDict dict, PyObject update) {
        if (!(update instanceof PyDict) && update.type().lookup("keys") == null)
            throw PyErr.format(PyExc.TypeError, "%s argument after ** must be a mapping, not %s",
                    functionStr(function), update.type().name);
        PyDict source = new PyDict();
        DictMethods.update(source, update);
        for (Map.Entry<PyDict.Key, PyObject> e : source.map.entrySet()) {
            if (dict.get(e.getKey().object) != null)
                throw PyErr.format(PyExc.TypeError, "%s got multiple values for keyword argument '%s'",
                        functionStr(function), Py.str(e.getKey().object).value);
            dict.put(e.getKey().object, e.getValue());
        }
    }

    /** {@code _PyObject_FunctionStr}: {@code __main__.f()}, or {@code print()} for a builtin. */
    static String functionStr(PyObject function) {
        PyObject qualname;
        try {
            qualname = Py.getAttr(function, "__qualname__");
        } catch (PyException e) {
            return Py.str(function).value;
        }
        PyObject module;
        try {
            module = Py.getAttr(function, "__module__");
        } catch (PyException e) {
            module = PyNone.NONE;
        }
        if (module instanceof PyStr m && !m.value.equals("builtins"))
            return m.value + "." + Py.str(qualname).value + "()";
        return Py.str(qualname).value + "()";
    }

    /** {@return the names of a CALL_KW's keyword arguments} */
    static String[] keywordNames(PyTuple names) {
        String[] out = new String[names.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((PyStr) names.get(i)).value;
        return out;
    }

    /** CALL_FUNCTION_EX: {@code f(*args, **kwargs)}. */
    static PyObject callEx(ThreadState ts, PyFrame f, PyObject callable, PyObject callargs, PyObject kwargs) {
        if (!(callargs instanceof PyTuple)) {
            if (callargs.type().tpIter == null && callargs.type().mpSubscript == null)
                throw PyErr.format(PyExc.TypeError, "%s argument after * must be an iterable, not %s",
                        functionStr(callable), callargs.type().name);
            callargs = PyTuple.of(Py.toArray(callargs));
        }
        PyObject[] positional = ((PyTuple) callargs).items();
        if (kwargs == null || ((PyDict) kwargs).size() == 0) return Py.call(callable, positional, Args.NO_KWNAMES);
        PyDict kw = (PyDict) kwargs;
        List<PyObject> args = new ArrayList<>(Arrays.asList(positional));
        String[] kwnames = new String[kw.size()];
        int k = 0;
        for (Map.Entry<PyDict.Key, PyObject> e : kw.map.entrySet()) {
            if (!(e.getKey().object instanceof PyStr name)) throw PyErr.format(PyExc.TypeError, "keywords must be strings");
            kwnames[k++] = name.value;
            args.add(e.getValue());
        }
        return Py.call(callable, args.toArray(new PyObject[0]), kwnames);
    }

    /** SET_FUNCTION_ATTRIBUTE: defaults (1), keyword defaults (2), annotations (4), closure (8). */
    static void setFunctionAttribute(PyFunction function, PyObject value, int which) {
        switch (which) {
            case 1 -> function.defaults = (PyTuple) value;
            case 2 -> function.kwdefaults = (PyDict) value;
            case 4 -> function.annotations = value instanceof PyTuple t ? pairsToDict(t) : value;
            case 8 -> function.closure = (PyTuple) value;
            default -> throw new IllegalStateException("SET_FUNCTION_ATTRIBUTE " + which);
        }
    }

    /** Annotations come as a flat tuple of names and values. */
    private static PyDict pairsToDict(PyTuple t) {
        PyDict d = new PyDict();
        for (int i = 0; i + 1 < t.size(); i += 2) d.put(t.get(i), t.get(i + 1));
        return d;
    }

    /** CONVERT_VALUE: {@code !s}, {@code !r}, {@code !a} in an f-string. */
    static PyObject convert(PyObject value, int conversion) {
        return switch (conversion) {
            case 1 -> Py.str(value);
            case 2 -> Py.repr(value);
            case 3 -> PyStr.of(Py.ascii(value));
            default -> throw new IllegalStateException("CONVERT_VALUE " + conversion);
        };
    }

    /** UNPACK_SEQUENCE: {@code a, b = xs}, the first item left on top. */
    static int unpackSequence(PyObject[] stack, int sp, int n) {
        PyObject seq = stack[--sp];
        PyObject[] items = unpack(seq, n, -1);
        for (int i = n - 1; i >= 0; i--) stack[sp++] = items[i];
        return sp;
    }

    /** UNPACK_EX: {@code a, *b, c = xs}: {@code oparg & 0xff} before the star, {@code oparg >> 8} after. */
    static int unpackEx(PyObject[] stack, int sp, int oparg) {
        PyObject seq = stack[--sp];
        int before = oparg & 0xff, after = oparg >> 8;
        PyObject[] items = unpack(seq, before, after);
        for (int i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
        return sp;
    }

    /**
     * {@code unpack_iterable}: exactly {@code before} items, or with {@code after >= 0} that many
     * first and last and a list of the rest between them.
     */
    private static PyObject[] unpack(PyObject seq, int before, int after) {
        if (seq.type().tpIter == null && seq.type().mpSubscript == null)
            throw PyErr.format(PyExc.TypeError, "cannot unpack non-iterable %s object", seq.type().name);
        PyObject it = Py.getIter(seq);
        List<PyObject> head = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            PyObject item = Py.next(it);
            if (item == null) {
                if (after < 0) throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
                throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected at least %d, got %d)", before + after, i);
            }
            head.add(item);
        }
        if (after < 0) {
            if (Py.next(it) != null) throw PyErr.format(PyExc.ValueError, "too many values to unpack (expected %d)", before);
            return head.toArray(new PyObject[0]);
        }
        List<PyObject> rest = new ArrayList<>();
        for (PyObject item = Py.next(it); item != null; item = Py.next(it)) rest.add(item);
        if (rest.size() < after)
            throw PyErr.format(PyExc.ValueError, "not enough values to unpack (expected at least %d, got %d)",
                    before + after, before + rest.size());
        List<PyObject> tail = new ArrayList<>(rest.subList(rest.size() - after, rest.size()));
        rest.subList(rest.size() - after, rest.size()).clear();
        head.add(new PyList(rest));
        head.addAll(tail);
        return head.toArray(new PyObject[0]);
    }
}
