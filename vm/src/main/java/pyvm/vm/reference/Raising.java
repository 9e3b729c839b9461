package pyvm.vm.reference;

/**
 * The {@code raise} statement and {@code except} matching: {@code do_raise} and
 * {@code _PyEval_CheckExceptTypeValid} of Python/ceval.c, {@code PyErr_GivenExceptionMatches} of
 * Python/errors.c.
 */
final class Raising {

    private Raising() {}

    /**
     * {@code do_raise}: {@code raise} (re-raise the exception being handled), {@code raise exc} and
     * {@code raise exc from cause}; a class is instantiated first. {@return the exception to throw}
     */
    static PyException raise(ThreadState ts, PyObject exc, PyObject cause) {
        if (exc == null) {
            PyBaseException handled = ts.handledException();
            if (handled == null) return PyErr.format(PyExc.RuntimeError, "No active exception to reraise");
            return PyException.reraise(handled);
        }
        PyBaseException value = instance(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) value.cause = null;
            else value.cause = instance(cause, "exception causes must derive from BaseException");
            value.suppressContext = true;
        }
        return new PyException(value);
    }

    /** An exception instance, or a class called with no arguments to make one. */
    private static PyBaseException instance(PyObject o, String message) {
        if (o instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            PyObject made = Py.call(t, Args.NONE, Args.NO_KWNAMES);
            if (made instanceof PyBaseException e) return e;
            throw PyErr.format(PyExc.TypeError, "calling %s should have returned an instance of BaseException, not %s",
                    Py.repr(t).value, made.type().name);
        }
        if (o instanceof PyBaseException e) return e;
        throw PyErr.format(PyExc.TypeError, "%s", message);
    }

    /**
     * CHECK_EXC_MATCH: whether {@code except kind:} catches {@code exc}; {@code kind} must be an
     * exception class or a tuple of them.
     */
    static boolean matches(PyObject exc, PyObject kind) {
        if (kind instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) checkCatchable(t.get(i));
            for (int i = 0; i < t.size(); i++) if (exc.type().isSubtype((PyType) t.get(i))) return true;
            return false;
        }
        checkCatchable(kind);
        return exc.type().isSubtype((PyType) kind);
    }

    private static void checkCatchable(PyObject kind) {
        if (!(kind instanceof PyType t) || !t.isSubtype(PyExc.BaseException))
            throw PyErr.format(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
}
