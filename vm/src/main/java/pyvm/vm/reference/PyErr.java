package pyvm.vm.reference;

/**
 * Raising exceptions from Java code, as the {@code PyErr_*} functions of Python/errors.c do from C:
 * {@code throw PyErr.format(PyExc.TypeError, "...", ...)} is {@code PyErr_Format(PyExc_TypeError, ...)}
 * followed by {@code return NULL}.
 */
final class PyErr {

    private PyErr() {}

    /** {@return an exception of {@code type} with the message, ready to throw: {@code PyErr_Format}} */
    static PyException format(PyType type, String format, Object... args) {
        return setObject(type, PyStr.of(String.format(format, args)));
    }

    /**
     * {@return an exception {@code type(value)}, ready to throw: {@code PyErr_SetObject}} As in
     * {@code _PyErr_CreateException}, a tuple is the argument list itself.
     */
    static PyException setObject(PyType type, PyObject value) {
        return new PyException(value instanceof PyTuple t ? newException(type, t.items()) : newException(type, value));
    }

    /** {@return an exception made by calling {@code type} with {@code args}, as raising a class does} */
    static PyBaseException newException(PyType type, PyObject... args) {
        PyObject made = Py.call(type, args, Args.NO_KWNAMES);
        if (!(made instanceof PyBaseException e))
            throw format(PyExc.TypeError, "calling %s should have returned an instance of BaseException, not %s",
                    Py.repr(type).value, made.type().name);
        return e;
    }

    /** {@return a MemoryError without arguments, as {@code PyErr_NoMemory} raises it} */
    static PyException noMemory() {
        return new PyException(newException(PyExc.MemoryError));
    }

    /** {@return {@code ZeroDivisionError} with {@code message}} */
    static PyException zeroDivision(String message) {
        return format(PyExc.ZeroDivisionError, "%s", message);
    }
}
