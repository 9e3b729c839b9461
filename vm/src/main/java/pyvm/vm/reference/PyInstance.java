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
}
