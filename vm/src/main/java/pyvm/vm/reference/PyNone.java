package pyvm.vm.reference;

import pyvm.parser.PyHash;

/** {@code None}, the only instance of NoneType (Objects/object.c's {@code _Py_NoneStruct}). */
final class PyNone extends PyObject {

    static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, t -> {
        t.tpRepr = o -> PyStr.of("None");
        t.nbBool = o -> false;
        t.tpHash = o -> PyHash.NONE;
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
