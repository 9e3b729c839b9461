package pyvm.vm.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * An exception object: {@code PyBaseExceptionObject} of Include/cpython/pyerrors.h. Every exception
 * type of {@link PyExc} makes these. The fields that only some types have in C (SystemExit's
 * {@code code}, StopIteration's {@code value}, NameError's {@code name}) are kept in
 * {@link #members}, read through the descriptors those types define.
 */
final class PyBaseException extends PyObject {

    private final PyType type;
    /** {@code args}: the arguments the exception was made with. */
    PyTuple args;
    /** {@code __traceback__}: null where CPython has None. */
    PyTraceback traceback;
    /** {@code __cause__}, set by {@code raise ... from ...}: null where CPython has None. */
    PyBaseException cause;
    /** {@code __context__}, the exception being handled when this one was raised: null for None. */
    PyBaseException context;
    /** {@code __suppress_context__}: {@code raise ... from} sets it, so the context is not printed. */
    boolean suppressContext;
    /** The fields of subtypes' C structs, by attribute name. */
    final Map<String, PyObject> members = new HashMap<>();
    /** {@code __dict__}, made on first use: notes and the attributes of a user's exception class. */
    private PyDict dict;

    PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override PyType type() {
        return type;
    }

    @Override PyDict instanceDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /**
     * Sets {@code __context__} to the exception being handled, as {@code _PyErr_SetObject} does,
     * breaking any cycle that would make: if this exception is already in the handled one's context
     * chain, it is cut out of that chain.
     */
    void chainContext(PyBaseException handled) {
        if (handled == null || handled == this) return;
        for (PyBaseException o = handled; o.context != null; o = o.context) {
            if (o.context == this) {
                o.context = null;
                break;
            }
        }
        context = handled;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(args);
        if (traceback != null) visit.accept(traceback);
        if (cause != null) visit.accept(cause);
        if (context != null) visit.accept(context);
        members.values().forEach(visit);
        if (dict != null) visit.accept(dict);
    }
}
