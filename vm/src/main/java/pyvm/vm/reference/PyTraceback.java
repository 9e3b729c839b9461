package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * One entry of an exception's traceback: a frame and the instruction it was running when the
 * exception passed through it. {@code PyTracebackObject} of Python/traceback.c. The entries form a
 * chain from the outermost frame ({@code __traceback__}) inward through {@link #next}.
 */
final class PyTraceback extends PyObject {

    static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, t -> {
        t.dict.put("tb_next", new PyGetSetDescr(t, "tb_next", o -> {
            PyTraceback next = ((PyTraceback) o).next;
            return next == null ? PyNone.NONE : next;
        }, null));
        t.dict.put("tb_frame", new PyGetSetDescr(t, "tb_frame", o -> ((PyTraceback) o).frame, null));
        t.dict.put("tb_lasti", new PyGetSetDescr(t, "tb_lasti", o -> PyInt.of(((PyTraceback) o).lasti), null));
        t.dict.put("tb_lineno", new PyGetSetDescr(t, "tb_lineno", o -> PyInt.of(((PyTraceback) o).lineno()), null));
    }, TypeFlag.DISALLOW_INSTANTIATION);

    /** {@code tb_next}: the entry of the frame this one called; null for the innermost. */
    final PyTraceback next;
    final PyFrame frame;
    /** {@code tb_lasti}: the byte offset of the instruction. */
    final int lasti;

    PyTraceback(PyTraceback next, PyFrame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    @Override PyType type() {
        return TYPE;
    }

    /** {@return {@code tb_lineno}: the line of the instruction} */
    int lineno() {
        return frame.code.lineno(lasti);
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        if (next != null) visit.accept(next);
        visit.accept(frame);
    }
}
