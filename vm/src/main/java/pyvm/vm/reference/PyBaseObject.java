package pyvm.vm.reference;

/** A bare instance of {@code object}, what {@code object()} makes: no attributes, no {@code __dict__}. */
final class PyBaseObject extends PyObject {

    @Override PyType type() {
        return PyType.OBJECT;
    }
}
