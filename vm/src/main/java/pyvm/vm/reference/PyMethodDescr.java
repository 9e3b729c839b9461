package pyvm.vm.reference;

/**
 * A method of a builtin type as its type holds it: {@code method_descriptor} of
 * Objects/descrobject.c ({@code list.append}). Looked up on an instance it binds to it, giving a
 * {@link PyBuiltinFunction}; called unbound, its first argument is the instance.
 */
final class PyMethodDescr extends PyObject {

    static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT, t -> {
        t.tpRepr = o -> {
            PyMethodDescr d = (PyMethodDescr) o;
            return PyStr.of("<method '" + d.name + "' of '" + d.owner.name + "' objects>");
        };
        t.tpDescrGet = (descr, obj, type) -> obj == null ? descr : ((PyMethodDescr) descr).bind(obj);
        t.tpCall = PyMethodDescr::callUnbound;
    }, TypeFlag.DISALLOW_INSTANTIATION, TypeFlag.METHOD_DESCRIPTOR);

    final PyType owner;
    final String name;
    final CFunction body;

    PyMethodDescr(PyType owner, String name, CFunction body) {
        this.owner = owner;
        this.name = name;
        this.body = body;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(java.util.function.Consumer<? super pyvm.gc.Traversable> visit) {
        visit.accept(owner);
    }

    /** {@return the method bound to {@code self}, after the check {@code descr_check} makes} */
    PyBuiltinFunction bind(PyObject self) {
        check(self);
        return new PyBuiltinFunction(name, owner.name + "." + name, self, body);
    }

    private void check(PyObject self) {
        if (!self.type().isSubtype(owner))
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name, self.type().name);
    }

    /** {@code method_vectorcall_*}: {@code list.append(xs, 1)}. */
    private static PyObject callUnbound(PyObject callable, PyObject[] args, String[] kwnames) {
        PyMethodDescr d = (PyMethodDescr) callable;
        if (args.length - kwnames.length < 1)
            throw PyErr.format(PyExc.TypeError, "unbound method %s.%s() needs an argument", d.owner.name, d.name);
        d.check(args[0]);
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return d.body.call(args[0], rest, kwnames);
    }
}
