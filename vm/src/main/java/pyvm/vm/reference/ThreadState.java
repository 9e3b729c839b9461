package pyvm.vm.reference;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import pyvm.gc.GarbageCollector;
import pyvm.vm.Observer;

/**
 * The state of the one thread that runs a program: {@code PyThreadState} (Include/cpython/pystate.h)
 * together with the parts of {@code PyInterpreterState} a run needs (builtins, sys, the streams).
 * Python code reaches it as CPython's C code reaches {@code _PyThreadState_GET()}: through
 * {@link #current()}, a thread-local set for the duration of a run.
 *
 * <p>It counts recursion as CPython 3.13 does, in two budgets: Python frames, limited by
 * {@code sys.getrecursionlimit()} (1000), and nested C-level work such as repr, comparison and calls
 * made from builtins ({@code Py_C_RECURSION_LIMIT}, 10000). Either one running out raises
 * RecursionError.
 */
final class ThreadState {

    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /** {@code Py_C_RECURSION_LIMIT} of CPython 3.13 on Linux. */
    static final int C_RECURSION_LIMIT = 10000;

    final PyModule builtins;
    final PyModule sys;
    final PyTextIO stdout;
    final PyTextIO stderr;
    final GarbageCollector gc;
    /** Null when nobody observes; then no observer work is done. */
    final Observer observer;
    /** Prints uncaught and unraisable exceptions, as the default hooks do. */
    final TracebackPrinter printer;
    /** The compiler stages, for imports of source; null when the interpreter was given none. */
    final pyvm.vm.Compiler compiler;

    /** The frame running now: the top of the frame stack. */
    PyFrame frame;
    /** {@code sys.getrecursionlimit()}. */
    int recursionLimit = 1000;
    private int pyDepth;
    private int cDepth;
    /**
     * One level of the stack of exceptions being handled: {@code _PyErr_StackItem}. The thread has
     * one; each generator has its own, pushed while it runs, so its except blocks do not leak out.
     */
    static final class ExcInfo {
        /** {@code exc_value}: null for None. */
        PyBaseException value;
        ExcInfo previous;
    }

    /** {@code tstate->exc_info}: the top of the stack. */
    private ExcInfo excInfo = new ExcInfo();
    /** The containers whose repr is being built, {@code Py_ReprEnter}'s list. */
    private final Set<PyObject> reprInProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    ThreadState(PyModule builtins, PyModule sys, PyTextIO stdout, PyTextIO stderr, GarbageCollector gc, Observer observer,
                TracebackPrinter printer, pyvm.vm.Compiler compiler) {
        this.printer = printer;
        this.compiler = compiler;
        this.builtins = builtins;
        this.sys = sys;
        this.stdout = stdout;
        this.stderr = stderr;
        this.gc = gc;
        this.observer = observer;
    }

    /** {@return the thread state of the running program, {@code _PyThreadState_GET()}} */
    static ThreadState current() {
        return CURRENT.get();
    }

    /**
     * {@return what the interpreter holds, the roots of a collection} The modules, the frames being
     * run (with their locals and stacks) and the exceptions being handled.
     */
    pyvm.gc.Traversable roots() {
        return new pyvm.gc.Traversable() {
            @Override public void traverse(java.util.function.Consumer<? super pyvm.gc.Traversable> visit) {
                visit.accept(sys);
                visit.accept(builtins);
                if (frame != null) visit.accept(frame);
                for (ExcInfo i = excInfo; i != null; i = i.previous) if (i.value != null) visit.accept(i.value);
            }

            @Override public void callFinalizer() {}

            @Override public void clear() {}
        };
    }

    /** {@code gc.get_threshold()[0]} of CPython 3.13: allocations of tracked objects between automatic collections. */
    static final int THRESHOLD0 = 2000;
    private int trackedSinceCollection;

    /**
     * {@code _PyObject_GC_TRACK} for an object whose reclamation Python can observe, and CPython's
     * automatic young collection once {@link #THRESHOLD0} such objects have been made since the
     * last one (if {@code gc.isenabled()}): without it, garbage with a finalizer would wait for exit.
     */
    void trackFinalizable(pyvm.gc.Traversable object) {
        if (++trackedSinceCollection > THRESHOLD0 && gc.isEnabled()) {
            trackedSinceCollection = 0;
            gc.collect(0, roots());
        }
        gc.track(object);
    }

    /** Makes this the current thread state, until {@link #detach()}. */
    void attach() {
        CURRENT.set(this);
    }

    void detach() {
        CURRENT.remove();
    }

    /**
     * {@return the exception being handled, {@code sys.exception()}: the first one down the stack,
     * {@code _PyErr_GetTopmostException}; null for none}
     */
    PyBaseException handledException() {
        for (ExcInfo i = excInfo; i != null; i = i.previous) if (i.value != null) return i.value;
        return null;
    }

    /** {@return the top level's exception, which PUSH_EXC_INFO saves; null for None} */
    PyBaseException excInfoValue() {
        return excInfo.value;
    }

    void setExcInfoValue(PyBaseException e) {
        excInfo.value = e;
    }

    /** A generator starts running: its level goes on top. */
    void pushExcInfo(ExcInfo level) {
        level.previous = excInfo;
        excInfo = level;
    }

    /** The generator stops running: its level comes off. */
    void popExcInfo(ExcInfo level) {
        excInfo = level.previous;
        level.previous = null;
    }

    /** {@code _Py_EnterRecursivePy}: one more Python frame, or RecursionError past the limit. */
    void enterPythonFrame() {
        if (pyDepth >= recursionLimit) throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        pyDepth++;
    }

    void leavePythonFrame() {
        pyDepth--;
    }

    /** {@code _Py_EnterRecursiveCall}: one more level of C work, or RecursionError with {@code where} appended. */
    void enterRecursiveCall(String where) {
        if (cDepth >= C_RECURSION_LIMIT) throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded%s", where);
        cDepth++;
    }

    void leaveRecursiveCall() {
        cDepth--;
    }

    /** {@code Py_ReprEnter}: false if {@code o}'s repr is already being built, as for a list inside itself. */
    boolean reprEnter(PyObject o) {
        return reprInProgress.add(o);
    }

    void reprLeave(PyObject o) {
        reprInProgress.remove(o);
    }
}
