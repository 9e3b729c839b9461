package pyvm.gc;

import java.util.function.Consumer;

/**
 * An object as the garbage collector sees it: the three type slots Modules/gcmodule.c calls.
 * {@link #traverse} is {@code tp_traverse}, {@link #callFinalizer} is {@code tp_finalize} (Python's
 * {@code __del__}, PEP 442), {@link #clear} is {@code tp_clear}. The collector holds objects by identity
 * and never calls {@code equals} or {@code hashCode} on them.
 */
public interface Traversable {

    /**
     * Visits every object this one refers to, as {@code tp_traverse} does; an object that refers to
     * nothing visits nothing. The visitor may be called for the same object more than once.
     */
    void traverse(Consumer<? super Traversable> visit);

    /**
     * Runs the object's finalizer, as {@code PyObject_CallFinalizer} does: Python's {@code __del__}.
     * The collector calls it at most once per object. It must not throw: an exception raised by
     * {@code __del__} is reported the way CPython's {@code PyErr_WriteUnraisable} does
     * ({@code Exception ignored in: ...}), by the vm that owns the object.
     */
    void callFinalizer();

    /**
     * Drops the references this object holds, as {@code tp_clear} does, so a cycle of garbage falls
     * apart. Called only on objects found unreachable whose finalizers, if any, have run.
     */
    void clear();
}
