package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * {@code staticmethod} and {@code classmethod} (Objects/funcobject.c): wrappers that change how a
 * function binds when looked up on a class or instance, to nothing or to the class. One Java class,
 * two Python types.
 */
final class PyStaticMethod extends PyObject {

    static final PyType STATICMETHOD = wrapperType("staticmethod");
    static final PyType CLASSMETHOD = wrapperType("classmethod");

    private final PyType type;
    final PyObject callable;
    private PyDict dict;

    PyStaticMethod(PyType type, PyObject callable) {
        this.type = type;
        this.callable = callable;
    }

    @Override PyType type() {
        return type;
    }

    @Override PyDict instanceDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(callable);
        if (dict != null) visit.accept(dict);
    }

    private static PyType wrapperType(String name) {
        boolean isStatic = name.equals("staticmethod");
        return PyType.builtin(name, PyType.OBJECT, t -> {
            t.tpNew = (type, args, kwnames) -> {
                Args.noKeywords(name, kwnames);
                Args.checkPositional(name, args.length, 1, 1);
                return new PyStaticMethod(type, args[0]);
            };
            t.tpInit = (self, args, kwnames) -> { };
            t.tpDescrGet = (descr, obj, type) -> {
                PyStaticMethod m = (PyStaticMethod) descr;
                if (isStatic) return m.callable;
                return new PyMethod(m.callable, type != null ? type : obj.type());
            };
            if (isStatic) t.tpCall = (callable, args, kwnames) -> Py.call(((PyStaticMethod) callable).callable, args, kwnames);
            t.tpRepr = o -> PyStr.of("<" + name + "(" + Py.repr(((PyStaticMethod) o).callable).value + ")>");
            t.dict.put("__func__", new PyGetSetDescr(t, "__func__", o -> ((PyStaticMethod) o).callable, null));
        }, TypeFlag.BASETYPE);
    }
}
