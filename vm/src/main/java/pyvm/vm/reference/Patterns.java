package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code match} statement's tests: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS,
 * with {@code match_keys} and {@code match_class} of Python/ceval.c. Which types are mappings and
 * sequences is what CPython's {@code Py_TPFLAGS_MAPPING} and {@code Py_TPFLAGS_SEQUENCE} say for the
 * builtin types pyvm has.
 */
final class Patterns {

    private Patterns() {}

    /** MATCH_MAPPING: dicts and their subclasses. */
    static boolean isMapping(PyObject subject) {
        return subject instanceof PyDict;
    }

    /** MATCH_SEQUENCE: lists, tuples and ranges, not str or bytes. */
    static boolean isSequence(PyObject subject) {
        return subject instanceof PyList || subject instanceof PyTuple || subject instanceof PyRange;
    }

    /** {@code match_keys}: the values of the keys, through {@code subject.get}; None if one is missing. */
    static PyObject matchKeys(PyObject subject, PyObject keysTuple) {
        PyObject[] keys = ((PyTuple) keysTuple).items();
        if (keys.length == 0) return PyTuple.EMPTY;
        PyObject get = Py.getAttr(subject, "get");
        PyObject dummy = new PyBaseObject();
        List<PyObject> seen = new ArrayList<>();
        PyObject[] values = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            for (PyObject s : seen)
                if (Py.richCompareBool(s, keys[i], CompareOp.EQ))
                    throw PyErr.format(PyExc.ValueError, "mapping pattern checks duplicate key (%s)", Py.repr(keys[i]).value);
            seen.add(keys[i]);
            PyObject v = Py.call(get, new PyObject[] {keys[i], dummy}, Args.NO_KWNAMES);
            if (v == dummy) return PyNone.NONE;
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /**
     * {@code match_class}: whether {@code subject} is an instance of {@code cls}, and then its
     * attributes for the positional sub-patterns ({@code __match_args__}) and the keyword ones.
     * {@return the attributes, or None when the subject does not match}
     */
    static PyObject matchClass(PyObject subject, PyObject cls, int count, PyObject namesTuple) {
        if (!(cls instanceof PyType type)) throw PyErr.format(PyExc.TypeError, "called match pattern must be a class");
        if (!subject.type().isSubtype(type)) return PyNone.NONE;
        PyObject[] names = ((PyTuple) namesTuple).items();
        List<PyObject> seen = new ArrayList<>();
        List<PyObject> attrs = new ArrayList<>();
        if (count > 0) {
            PyObject matchArgs = null;
            try {
                matchArgs = Py.getAttr(type, "__match_args__");
            } catch (PyException e) {
                if (!Py.isInstance(e.value, PyExc.AttributeError)) throw e;
            }
            if (matchArgs == null && matchSelf(type)) {
                if (count > 1)
                    throw PyErr.format(PyExc.TypeError, "%s() accepts 1 positional sub-pattern (%d given)", type.name, count);
                attrs.add(subject);
            } else {
                PyObject[] args = matchArgs == null ? new PyObject[0] : tupleOf(type, matchArgs);
                if (count > args.length)
                    throw PyErr.format(PyExc.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
                            type.name, args.length, args.length == 1 ? "" : "s", count);
                for (int i = 0; i < count; i++) {
                    if (!(args[i] instanceof PyStr))
                        throw PyErr.format(PyExc.TypeError, "__match_args__ elements must be strings (got %s)", args[i].type().name);
                    PyObject a = attribute(subject, args[i], seen, type);
                    if (a == null) return PyNone.NONE;
                    attrs.add(a);
                }
            }
        }
        for (PyObject name : names) {
            PyObject a = attribute(subject, name, seen, type);
            if (a == null) return PyNone.NONE;
            attrs.add(a);
        }
        return PyTuple.of(attrs.toArray(new PyObject[0]));
    }

    private static PyObject[] tupleOf(PyType type, PyObject matchArgs) {
        if (!(matchArgs instanceof PyTuple t))
            throw PyErr.format(PyExc.TypeError, "%s.__match_args__ must be a tuple (got %s)", type.name, matchArgs.type().name);
        return t.items();
    }

    /** The builtin types whose one positional sub-pattern matches the subject itself. */
    private static boolean matchSelf(PyType type) {
        for (PyType t : new PyType[] {PyBool.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE, PySet.FROZENSET, PyInt.TYPE,
                PyList.TYPE, PySet.SET, PyStr.TYPE, PyTuple.TYPE})
            if (type.isSubtype(t)) return true;
        return false;
    }

    /** {@code match_class_attr}: the attribute, or null when the subject lacks it. */
    private static PyObject attribute(PyObject subject, PyObject name, List<PyObject> seen, PyType type) {
        for (PyObject s : seen)
            if (Py.richCompareBool(s, name, CompareOp.EQ))
                throw PyErr.format(PyExc.TypeError, "%s() got multiple sub-patterns for attribute %s", type.name, Py.repr(name).value);
        seen.add(name);
        try {
            return Py.getAttr(subject, ((PyStr) name).value);
        } catch (PyException e) {
            if (Py.isInstance(e.value, PyExc.AttributeError)) return null;
            throw e;
        }
    }
}
