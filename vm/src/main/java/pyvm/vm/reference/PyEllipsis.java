package pyvm.vm.reference;

/** {@code ...}, the only instance of the type {@code ellipsis} (Objects/sliceobject.c). */
final class PyEllipsis extends PyObject {

    static final PyType TYPE = PyType.builtin("ellipsis", PyType.OBJECT, t -> {
        t.tpRepr = o -> PyStr.of("Ellipsis");
        t.tpNew = (type, args, kwnames) -> {
            if (args.length > 0) throw PyErr.format(PyExc.TypeError, "ellipsis takes no arguments");
            return PyEllipsis.ELLIPSIS;
        };
    });
    static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {}

    @Override PyType type() {
        return TYPE;
    }
}
