package pyvm.vm.reference;

import pyvm.assembler.LocalKind;

/**
 * Looking names up and failing to, as the LOAD_NAME, LOAD_GLOBAL, LOAD_DEREF and LOAD_FAST_CHECK
 * instructions of Python/bytecodes.c do: locals, then globals, then builtins, with CPython's
 * NameError and UnboundLocalError messages.
 */
final class Names {

    private Names() {}

    /** {@code NAME_ERROR_MSG}: {@code name 'x' is not defined}, with the exception's {@code name} set. */
    static PyException nameError(PyStr name) {
        PyException e = PyErr.format(PyExc.NameError, "name '%s' is not defined", name.value);
        e.value.members.put("name", name);
        return e;
    }

    /** {@return the locals dict of a module or class body} */
    static PyDict locals(PyFrame f, PyStr name) {
        if (f.locals == null) throw PyErr.format(PyExc.SystemError, "no locals found when storing %s", Py.repr(name).value);
        return f.locals;
    }

    /** LOAD_NAME: the locals, then the globals, then the builtins. */
    static PyObject loadName(PyFrame f, PyStr name) {
        if (f.locals == null) throw PyErr.format(PyExc.SystemError, "no locals when loading %s", Py.repr(name).value);
        PyObject v = f.locals.get(name);
        return v != null ? v : loadGlobal(f, name);
    }

    /** LOAD_GLOBAL: the globals, then the builtins. */
    static PyObject loadGlobal(PyFrame f, PyStr name) {
        PyObject v = f.globals.get(name);
        if (v == null) v = f.builtins.get(name);
        if (v == null) throw nameError(name);
        return v;
    }

    /** LOAD_FROM_DICT_OR_GLOBALS: a class body's namespace first, as for names in a class's scope. */
    static PyObject fromDictOrGlobals(PyFrame f, PyObject dict, PyStr name) {
        PyObject v = ((PyDict) dict).get(name);
        return v != null ? v : loadGlobal(f, name);
    }

    /** LOAD_FROM_DICT_OR_DEREF: a class body's namespace, then the cell of the enclosing function. */
    static PyObject fromDictOrDeref(PyFrame f, PyObject dict, int slot) {
        PyObject v = ((PyDict) dict).get(PyStr.of(f.code.localsplusnames[slot]));
        return v != null ? v : derefValue(f, slot);
    }

    /** LOAD_FAST_CHECK: the local, or UnboundLocalError if it has no value. */
    static PyObject checkedLocal(PyFrame f, int slot) {
        PyObject v = f.localsplus[slot];
        if (v == null) throw unbound(PyExc.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value", f.code.localsplusnames[slot]);
        return v;
    }

    /** LOAD_DEREF: the cell's contents, or the error {@code _PyEval_FormatExcUnbound} raises. */
    static PyObject derefValue(PyFrame f, int slot) {
        PyObject v = ((PyCell) f.localsplus[slot]).contents;
        if (v != null) return v;
        String name = f.code.localsplusnames[slot];
        if (f.code.isKind(slot, LocalKind.FREE))
            throw unbound(PyExc.NameError,
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
        throw unbound(PyExc.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
    }

    private static PyException unbound(PyType type, String format, String name) {
        PyException e = PyErr.format(type, format, name);
        e.value.members.put("name", PyStr.of(name));
        return e;
    }
}
