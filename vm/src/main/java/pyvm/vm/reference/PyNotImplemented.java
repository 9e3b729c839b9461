package pyvm.vm.reference;

/**
 * {@code NotImplemented}: what a binary operator's slot answers when it does not know the other
 * operand's type, so that the other operand's type is asked (Objects/object.c).
 */
final class PyNotImplemented extends PyObject {

    static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, t -> {
        t.tpRepr = o -> PyStr.of("NotImplemented");
        t.tpNew = (type, args, kwnames) -> {
            if (args.length > 0) throw PyErr.format(PyExc.TypeError, "NotImplementedType takes no arguments");
            return PyNotImplemented.NOT_IMPLEMENTED;
        };
    });
    static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override PyType type() {
        return TYPE;
    }
}
