package pyvm.vm.reference;

import pyvm.assembler.ExceptionTable;
import pyvm.vm.Observer;

/**
 * What the interpreter loop does when an instruction raises: the {@code error} and
 * {@code exception_unwind} labels of Python/ceval.c, which record the frame in the exception's
 * traceback and look the instruction up in the code's exception table.
 */
final class ExceptionUnwind {

    private ExceptionUnwind() {}

    /**
     * {@code exception_unwind}: records the frame in the traceback (unless re-raised here), then
     * either jumps to the handler the exception table names for the failing instruction at byte
     * {@code offset}, {@return its position}, or rethrows. The handler is looked up by that offset
     * even when RERAISE has set {@code f_lasti} back to the instruction that first raised, as
     * CPython looks it up by {@code INSTR_OFFSET()}.
     */
    static int unwind(PyFrame f, int offset, PyException e, Observer observer) {
        if (!e.reraised) {
            e.value.traceback = new PyTraceback(e.value.traceback, f, f.lasti);
            if (observer != null) observer.raise(f, e.value);
        }
        e.reraised = false;
        ExceptionTable.Entry handler = null;
        for (ExceptionTable.Entry h : f.code.exceptionTable) {
            if (h.start() <= offset && offset < h.end()) {
                handler = h;
                break;
            }
        }
        if (handler == null) {
            if (observer != null) observer.pyUnwind(f, e.value);
            throw e;
        }
        int sp = f.stackDepth;
        while (sp > handler.depth()) f.stack[--sp] = null;
        if (handler.lasti()) f.stack[sp++] = PyInt.of(f.lasti / 2);
        f.stack[sp++] = e.value;
        f.stackDepth = sp;
        if (observer != null) observer.exceptionHandled(f, e.value);
        return handler.target() / 2;
    }
}
