package pyvm.vm.reference;

/**
 * The method lookup LOAD_ATTR does for a call ({@code _PyObject_GetMethod} of Objects/object.c):
 * when the attribute is a plain function or method descriptor of the type, the call can pass the
 * object as first argument instead of making a bound method.
 */
final class Attributes {

    private Attributes() {}

    /**
     * {@return the type's method for {@code name}, unbound, when calling it with the object first is
     * what {@code obj.name(...)} means; null when the attribute must be got normally}
     */
    static PyObject unboundMethod(PyObject obj, String name) {
        PyType type = obj.type();
        if (type.tpGetattro != ObjectType.GENERIC_GETATTR) return null;
        PyObject descr = type.lookup(name);
        if (descr == null || !descr.type().flags.contains(TypeFlag.METHOD_DESCRIPTOR)) return null;
        PyDict dict = obj.instanceDict();
        if (dict != null && dict.get(PyStr.intern(name)) != null) return null;
        return descr;
    }
}
