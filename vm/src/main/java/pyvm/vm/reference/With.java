package pyvm.vm.reference;

/**
 * The {@code with} statement's instructions, BEFORE_WITH and WITH_EXCEPT_START of
 * Python/bytecodes.c: entering calls {@code __enter__} and keeps the bound {@code __exit__} on the
 * stack; leaving by an exception calls {@code __exit__(type, value, traceback)}, whose truth decides
 * whether the exception is swallowed.
 */
final class With {

    private With() {}

    /** {@code _PyObject_LookupSpecial}: the method found on the type, bound to the object; null if none. */
    static PyObject lookupSpecial(PyObject o, String name) {
        PyObject m = o.type().lookup(name);
        if (m == null) return null;
        Slots.DescrGetFunc get = m.type().tpDescrGet;
        return get == null ? m : get.get(m, o, o.type());
    }

    /** BEFORE_WITH: {@return the bound {@code __exit__} and what {@code __enter__} returned} */
    static PyObject[] beforeWith(PyObject manager) {
        PyObject enter = lookupSpecial(manager, "__enter__");
        if (enter == null)
            throw PyErr.format(PyExc.TypeError, "'%s' object does not support the context manager protocol", manager.type().name);
        PyObject exit = lookupSpecial(manager, "__exit__");
        if (exit == null)
            throw PyErr.format(PyExc.TypeError,
                    "'%s' object does not support the context manager protocol (missed __exit__ method)", manager.type().name);
        return new PyObject[] {exit, Py.call(enter, Args.NONE, Args.NO_KWNAMES)};
    }

    /** WITH_EXCEPT_START: {@code __exit__(type(exc), exc, exc.__traceback__)}. */
    static PyObject withExceptStart(PyObject exit, PyObject exc) {
        PyObject tb = exc instanceof PyBaseException e && e.traceback != null ? e.traceback : PyNone.NONE;
        return Py.call(exit, new PyObject[] {exc.type(), exc, tb}, Args.NO_KWNAMES);
    }
}
