package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.cfg.CodeFlags;
import pyvm.gc.Traversable;

/**
 * A generator: a suspended frame that runs a bit further each time it is asked for a value,
 * {@code PyGenObject} of Objects/genobject.c. RETURN_GENERATOR makes it from the frame of a call;
 * {@code send}, {@code throw} and {@code close} resume the frame ({@code gen_send_ex2}), which runs until
 * YIELD_VALUE suspends it again or it returns. While it runs, its own level of the handled-exception
 * stack is on top ({@code gi_exc_state}).
 */
final class PyGenerator extends PyObject {

    static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT, PyGenerator::fillSlots, TypeFlag.DISALLOW_INSTANTIATION);

    final PyFrame frame;
    private final ThreadState.ExcInfo excState = new ThreadState.ExcInfo();
    private final String name;
    private final String qualname;

    PyGenerator(PyFrame frame) {
        this.frame = frame;
        this.name = frame.function == null ? frame.code.code.coName() : frame.function.name;
        this.qualname = frame.function == null ? frame.code.code.coQualname() : frame.function.qualname;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(frame);
        if (excState.value != null) visit.accept(excState.value);
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = o -> PyStr.of("<generator object " + ((PyGenerator) o).qualname + " at " + ObjectType.address(o) + ">");
        t.tpIter = o -> o;
        t.tpIternext = o -> {
            PyObject[] r = ((PyGenerator) o).sendEx(null, null);
            if (r[1] == null) return r[0];
            if (r[0] == PyNone.NONE) return null;
            throw stopIteration(r[0]);
        };
        t.addMethod("send", (self, args, kwnames) -> {
            PyObject[] r = ((PyGenerator) self).sendEx(Args.one("generator.send", args, kwnames), null);
            if (r[1] == null) return r[0];
            throw stopIteration(r[0]);
        });
        t.addMethod("throw", (self, args, kwnames) -> {
            Args.noKeywords("throw", kwnames);
            Args.checkPositional("throw", args.length, 1, 3);
            return ((PyGenerator) self).throwInto(exception(args), true);
        });
        t.addMethod("close", (self, args, kwnames) -> {
            Args.noArgs("generator.close", args, kwnames);
            return ((PyGenerator) self).close();
        });
        t.dict.put("gi_frame", new PyGetSetDescr(t, "gi_frame", o -> {
            PyFrame f = ((PyGenerator) o).frame;
            return f.state == PyFrame.State.COMPLETED ? PyNone.NONE : f;
        }, null));
        t.dict.put("gi_running", new PyGetSetDescr(t, "gi_running",
                o -> PyBool.of(((PyGenerator) o).frame.state == PyFrame.State.EXECUTING), null));
        t.dict.put("gi_suspended", new PyGetSetDescr(t, "gi_suspended", o -> PyBool.of(((PyGenerator) o).suspended()), null));
        t.dict.put("gi_code", new PyGetSetDescr(t, "gi_code", o -> ((PyGenerator) o).frame.code, null));
        t.dict.put("gi_yieldfrom", new PyGetSetDescr(t, "gi_yieldfrom", o -> {
            PyObject yf = ((PyGenerator) o).yieldFrom();
            return yf == null ? PyNone.NONE : yf;
        }, null));
        t.dict.put("__name__", new PyGetSetDescr(t, "__name__", o -> PyStr.of(((PyGenerator) o).name), null));
        t.dict.put("__qualname__", new PyGetSetDescr(t, "__qualname__", o -> PyStr.of(((PyGenerator) o).qualname), null));
    }

    private boolean suspended() {
        return frame.state == PyFrame.State.SUSPENDED || frame.state == PyFrame.State.SUSPENDED_YIELD_FROM;
    }

    /** {@code _PyGen_yf}: the iterator a {@code yield from} is delegating to, or null. */
    private PyObject yieldFrom() {
        return frame.state == PyFrame.State.SUSPENDED_YIELD_FROM ? frame.stack[frame.stackDepth - 1] : null;
    }

    /**
     * {@code gen_send_ex2}: resumes the frame with {@code arg} as the value of its {@code yield}
     * (None for {@code next}), or raising {@code exc} in it. {@return the value yielded, with null
     * beside it; or the value returned, with True beside it}
     */
    PyObject[] sendEx(PyObject arg, PyException exc) {
        switch (frame.state) {
            case CREATED -> {
                if (exc == null && arg != null && arg != PyNone.NONE)
                    throw PyErr.format(PyExc.TypeError, "can't send non-None value to a just-started generator");
            }
            case EXECUTING -> throw PyErr.format(PyExc.ValueError, "generator already executing");
            case COMPLETED -> {
                if (exc != null) throw exc;
                return new PyObject[] {PyNone.NONE, PyBool.TRUE};
            }
            case SUSPENDED, SUSPENDED_YIELD_FROM -> { }
        }
        frame.stack[frame.stackDepth++] = arg == null ? PyNone.NONE : arg;
        ThreadState ts = ThreadState.current();
        ts.pushExcInfo(excState);
        try {
            if (exc != null) exc.value.chainContext(ts.handledException());
            PyObject value = Eval.resume(ts, frame, exc);
            return new PyObject[] {value, suspended() ? null : PyBool.TRUE};
        } finally {
            ts.popExcInfo(excState);
            frame.back = null;
        }
    }

    /** SEND: {@code yield from} and {@code await} pass a value on, to a generator or anything with send. */
    static PyObject[] send(PyObject receiver, PyObject value) {
        if (receiver instanceof PyGenerator g) return g.sendEx(value, null);
        try {
            PyObject r = value == PyNone.NONE && receiver.type().tpIternext != null
                    ? receiver.type().tpIternext.next(receiver)
                    : Py.call(Py.getAttr(receiver, "send"), new PyObject[] {value}, Args.NO_KWNAMES);
            return r == null ? new PyObject[] {PyNone.NONE, PyBool.TRUE} : new PyObject[] {r, null};
        } catch (PyException e) {
            if (!Py.isInstance(e.value, PyExc.StopIteration)) throw e;
            return new PyObject[] {e.value.members.getOrDefault("value", PyNone.NONE), PyBool.TRUE};
        }
    }

    /** {@code _PyGen_SetStopIterationValue}: the value is StopIteration's one argument, whatever it is. */
    private static PyException stopIteration(PyObject value) {
        return new PyException(value == PyNone.NONE
                ? PyErr.newException(PyExc.StopIteration) : PyErr.newException(PyExc.StopIteration, value));
    }

    /** {@code throw(value)} or the old {@code throw(type[, value[, traceback]])}: the exception to raise. */
    private static PyException exception(PyObject[] args) {
        PyObject typ = args[0], val = args.length > 1 ? args[1] : PyNone.NONE, tb = args.length > 2 ? args[2] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback))
            throw PyErr.format(PyExc.TypeError, "throw() third argument must be a traceback object");
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            e = val instanceof PyBaseException v && v.type().isSubtype(t) ? v
                    : val == PyNone.NONE ? PyErr.newException(t) : val instanceof PyTuple tuple ? PyErr.newException(t, tuple.items())
                    : PyErr.newException(t, val);
        } else if (typ instanceof PyBaseException instance) {
            if (val != PyNone.NONE) throw PyErr.format(PyExc.TypeError, "instance exception may not have a separate value");
            e = instance;
        } else {
            throw PyErr.format(PyExc.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.type().name);
        }
        if (tb instanceof PyTraceback t) e.traceback = t;
        return PyException.reraise(e);
    }

    /**
     * {@code _gen_throw}: into the iterator a {@code yield from} delegates to, if any, else into this
     * frame at its {@code yield}.
     */
    private PyObject throwInto(PyException exc, boolean closeOnExit) {
        exc.reraised = false;
        PyObject yf = yieldFrom();
        if (yf != null) {
            PyObject[] r;
            frame.state = PyFrame.State.EXECUTING;
            try {
                if (closeOnExit && exc.value.type().isSubtype(PyExc.GeneratorExit)) {
                    closeIter(yf);
                    frame.state = PyFrame.State.SUSPENDED_YIELD_FROM;
                    return result(sendEx(null, exc));
                }
                if (yf instanceof PyGenerator g) {
                    r = new PyObject[] {g.throwInto(exc, closeOnExit), null};
                } else {
                    PyObject method;
                    try {
                        method = Py.getAttr(yf, "throw");
                    } catch (PyException missing) {
                        if (!Py.isInstance(missing.value, PyExc.AttributeError)) throw missing;
                        frame.state = PyFrame.State.SUSPENDED_YIELD_FROM;
                        return result(sendEx(null, exc));
                    }
                    r = new PyObject[] {Py.call(method, new PyObject[] {exc.value}, Args.NO_KWNAMES), null};
                }
            } catch (PyException raised) {
                frame.state = PyFrame.State.SUSPENDED_YIELD_FROM;
                return result(sendEx(null, PyException.reraise(raised.value)));
            }
            frame.state = PyFrame.State.SUSPENDED_YIELD_FROM;
            return r[0];
        }
        return result(sendEx(null, exc));
    }

    /** The value of {@code throw()}: what was yielded, or StopIteration for a return. */
    private static PyObject result(PyObject[] r) {
        if (r[1] == null) return r[0];
        throw stopIteration(r[0]);
    }

    /** {@code gen_close_iter}: close the delegate of a {@code yield from}. */
    private static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject close;
        try {
            close = Py.getAttr(yf, "close");
        } catch (PyException e) {
            if (Py.isInstance(e.value, PyExc.AttributeError)) return;
            throw e;
        }
        Py.call(close, Args.NONE, Args.NO_KWNAMES);
    }

    /** {@code gen_close}: raise GeneratorExit at the yield; a generator that yields again is an error. */
    PyObject close() {
        if (frame.state == PyFrame.State.CREATED) {
            frame.state = PyFrame.State.COMPLETED;
            return PyNone.NONE;
        }
        if (frame.state == PyFrame.State.COMPLETED) return PyNone.NONE;
        PyException exit = null;
        PyObject yf = yieldFrom();
        if (yf != null) {
            frame.state = PyFrame.State.EXECUTING;
            try {
                closeIter(yf);
            } catch (PyException e) {
                exit = PyException.reraise(e.value);
            } finally {
                frame.state = PyFrame.State.SUSPENDED_YIELD_FROM;
            }
        }
        if (exit == null) exit = PyException.reraise(PyErr.newException(PyExc.GeneratorExit));
        exit.reraised = false;
        try {
            PyObject[] r = sendEx(null, exit);
            if (r[1] == null) throw PyErr.format(PyExc.RuntimeError, "generator ignored GeneratorExit");
            return r[0];
        } catch (PyException e) {
            if (Py.isInstance(e.value, PyExc.GeneratorExit)) return PyNone.NONE;
            throw e;
        }
    }

    /**
     * {@code INTRINSIC_STOPITERATION_ERROR}, PEP 479: a StopIteration escaping a generator's body
     * becomes a RuntimeError, with the StopIteration as its cause.
     */
    static PyObject stopIterationError(PyFrame f, PyBaseException exc) {
        int flags = f.code.code.coFlags();
        String message = null;
        if (exc.type().isSubtype(PyExc.StopIteration)) {
            message = (flags & CodeFlags.CO_ASYNC_GENERATOR) != 0 ? "async generator raised StopIteration"
                    : (flags & CodeFlags.CO_COROUTINE) != 0 ? "coroutine raised StopIteration" : "generator raised StopIteration";
        } else if ((flags & CodeFlags.CO_ASYNC_GENERATOR) != 0 && exc.type().isSubtype(PyExc.StopAsyncIteration)) {
            message = "async generator raised StopAsyncIteration";
        }
        if (message == null) return exc;
        PyBaseException error = PyErr.newException(PyExc.RuntimeError, PyStr.of(message));
        error.cause = exc;
        error.suppressContext = true;
        error.context = exc;
        return error;
    }
}
