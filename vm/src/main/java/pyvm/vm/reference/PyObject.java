package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;
import pyvm.vm.Value;

/**
 * Every Python object: {@code PyObject} of Include/object.h. What an object does is decided by its
 * {@link #type() type}'s slots, as in CPython, not by Java methods of its class: the Java subclass
 * ({@link PyInt}, {@link PyList}, ...) only holds the object's state, the way each C struct that starts
 * with {@code PyObject_HEAD} does.
 *
 * <p>Java's {@code equals} and {@code hashCode} stay identity: Python's equality and hash are the
 * type's {@code tp_richcompare} and {@code tp_hash}, reached through {@link Py}.
 */
abstract class PyObject implements Traversable, Value {

    /** {@return {@code Py_TYPE(o)}, the object's type} */
    abstract PyType type();

    /** {@return the object's {@code __dict__}, found through {@code tp_dictoffset}; null when it has none} */
    PyDict instanceDict() {
        return null;
    }

    @Override public String typeName() {
        return type().name;
    }

    @Override public String repr() {
        try {
            return Py.repr(this).value;
        } catch (PyException e) {
            return ObjectType.defaultRepr(this);
        }
    }

    /** Objects that refer to no other object visit nothing; containers override this. */
    @Override public void traverse(Consumer<? super Traversable> visit) {}

    /** Only instances of classes with {@code __del__} have a finalizer. */
    @Override public void callFinalizer() {}

    /** Objects that refer to no other object have nothing to drop. */
    @Override public void clear() {}
}
