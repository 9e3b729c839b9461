package pyvm.vm.reference;

/** {@code None}, the only instance of NoneType (Objects/object.c's {@code _Py_NoneStruct}). */
final class PyNone extends PyObject {

    static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, t -> {
        t.tpRepr = o -> PyStr.of("None");
        t.nbBool = o -> false;
        t.tpHash = o -> 0xFCA86420L;   // none_hash: a constant since 3.12, so hash(None) is the same in every run
        t.tpNew = (type, args, kwnames) -> {
            if (args.length > 0) throw PyErr.format(PyExc.TypeError, "NoneType takes no arguments");
            return PyNone.NONE;
        };
    });
    static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override PyType type() {
        return TYPE;
    }
}
