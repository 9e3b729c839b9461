package pyvm.vm.reference;

/**
 * A function written in Java, free-standing ({@code print}) or bound to an object
 * ({@code [].append}): {@code builtin_function_or_method}, {@code PyCFunctionObject} of
 * Objects/methodobject.c.
 */
final class PyBuiltinFunction extends PyObject {

    static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT, t -> {
        t.tpRepr = PyBuiltinFunction::repr;
        t.tpCall = (callable, args, kwnames) -> {
            PyBuiltinFunction f = (PyBuiltinFunction) callable;
            return f.body.call(f.self, args, kwnames);
        };
        t.dict.put("__name__", new PyGetSetDescr(t, "__name__", o -> PyStr.of(((PyBuiltinFunction) o).name), null));
        t.dict.put("__qualname__", new PyGetSetDescr(t, "__qualname__", o -> PyStr.of(((PyBuiltinFunction) o).qualname), null));
        t.dict.put("__self__", new PyGetSetDescr(t, "__self__", o -> ((PyBuiltinFunction) o).self, null));
    }, TypeFlag.DISALLOW_INSTANTIATION);

    final String name;
    final String qualname;
    /** {@code __self__}: the module of a module-level function, the object of a bound method. */
    final PyObject self;
    final CFunction body;

    PyBuiltinFunction(String name, String qualname, PyObject self, CFunction body) {
        this.name = name;
        this.qualname = qualname;
        this.self = self;
        this.body = body;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(java.util.function.Consumer<? super pyvm.gc.Traversable> visit) {
        visit.accept(self);
    }

    /** {@code meth_repr}: {@code <built-in function len>}, {@code <built-in method append of list object at 0x...>}. */
    private static PyObject repr(PyObject o) {
        PyBuiltinFunction f = (PyBuiltinFunction) o;
        if (f.self instanceof PyModule) return PyStr.of("<built-in function " + f.name + ">");
        return PyStr.of("<built-in method " + f.name + " of " + f.self.type().name + " object at "
                + ObjectType.address(f.self) + ">");
    }
}
