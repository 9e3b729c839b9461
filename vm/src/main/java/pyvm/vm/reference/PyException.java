package pyvm.vm.reference;

/**
 * A raised Python exception travelling through Java code: what C code signals by returning NULL
 * with the thread's error indicator set ({@code tstate->current_exception}, Python/errors.c). The
 * Python object is {@link #value}; this Java wrapper only carries it up the Java stack to the
 * frame whose exception table catches it.
 *
 * <p>Making one is raising: like {@code _PyErr_SetObject}, the constructor chains the exception
 * being handled as the new one's {@code __context__}. Java stack traces are never filled in: they
 * cost time and Python has its own traceback.
 */
final class PyException extends RuntimeException {

    /** The exception object, as {@code sys.exception()} would return it. */
    final PyBaseException value;
    /**
     * True for a re-raise (bare {@code raise}, RERAISE): the frame it happens in adds no traceback
     * entry and no RAISE event, as CPython's {@code goto exception_unwind} skips the {@code error}
     * label. Cleared once the exception leaves that frame.
     */
    boolean reraised;

    PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
        ThreadState ts = ThreadState.current();
        if (ts != null) value.chainContext(ts.handledException());
    }

    private PyException(PyBaseException value, boolean reraised) {
        super(null, null, false, false);
        this.value = value;
        this.reraised = reraised;
    }

    /** {@return the exception raised again as it is, context untouched: bare {@code raise}, RERAISE} */
    static PyException reraise(PyBaseException value) {
        return new PyException(value, true);
    }

    /** For Java-side diagnostics only: {@code Type: message}. */
    @Override public String getMessage() {
        return value.type().name + ": " + value.repr();
    }
}
