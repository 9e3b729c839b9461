package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * An instance of a class whose instances are plain objects (no builtin base other than object): its
 * class and its {@code __dict__}. CPython lays such an object out as {@code PyObject_HEAD} followed by
 * the dict pointer that {@code tp_dictoffset} finds.
 */
final class PyInstance extends PyObject {

    /** Its class; {@code __class__} assignment may change it. */
    PyType type;
    private final PyDict dict = new PyDict();

    PyInstance(PyType type) {
        this.type = type;
    }

    @Override PyType type() {
        return type;
    }

    @Override PyDict instanceDict() {
        return dict;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(type);
        visit.accept(dict);
    }

    @Override public void clear() {
        dict.clear();
    }

    /**
     * {@code slot_tp_finalize}: {@code __del__}; an exception it raises is reported as unraisable
     * ({@code Exception ignored in: ...}) and goes no further.
     */
    @Override public void callFinalizer() {
        PyObject del = type.lookup("__del__");
        if (del == null) return;
        try {
            HeapSlots.callMethod(this, "__del__");
        } catch (PyException e) {
            Unraisable.write(e.value, del);
        }
    }
}
