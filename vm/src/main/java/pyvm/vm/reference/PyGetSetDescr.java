package pyvm.vm.reference;

/**
 * An attribute of a builtin type computed by Java code: {@code getset_descriptor} (PyGetSetDef) of
 * Objects/descrobject.c, also standing in for {@code member_descriptor}. It is a data descriptor, so
 * it takes precedence over an instance's {@code __dict__}.
 */
final class PyGetSetDescr extends PyObject {

    interface Getter { PyObject get(PyObject obj); }

    /** Sets the attribute; a null value deletes it. */
    interface Setter { void set(PyObject obj, PyObject value); }

    static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT, t -> {
        t.tpRepr = o -> {
            PyGetSetDescr d = (PyGetSetDescr) o;
            return PyStr.of("<attribute '" + d.name + "' of '" + d.owner.name + "' objects>");
        };
        t.tpDescrGet = (descr, obj, type) -> {
            if (obj == null) return descr;
            PyGetSetDescr d = (PyGetSetDescr) descr;
            d.check(obj);
            return d.getter.get(obj);
        };
        t.tpDescrSet = (descr, obj, value) -> {
            PyGetSetDescr d = (PyGetSetDescr) descr;
            d.check(obj);
            if (d.setter == null)
                throw PyErr.format(PyExc.AttributeError, "attribute '%s' of '%s' objects is not writable", d.name, d.owner.name);
            d.setter.set(obj, value);
        };
    }, TypeFlag.DISALLOW_INSTANTIATION);

    final PyType owner;
    final String name;
    private final Getter getter;
    /** Null for a read-only attribute. */
    private final Setter setter;

    PyGetSetDescr(PyType owner, String name, Getter getter, Setter setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(java.util.function.Consumer<? super pyvm.gc.Traversable> visit) {
        visit.accept(owner);
    }

    /** {@code descr_check}: the attribute belongs to instances of its owner only. */
    private void check(PyObject obj) {
        if (!obj.type().isSubtype(owner))
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name, obj.type().name);
    }
}
