package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * A module: a named namespace, {@code PyModuleObject} of Objects/moduleobject.c. Its attributes are
 * its dict, which is also the globals of the code that runs in it.
 */
final class PyModule extends PyObject {

    static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, t -> {
        t.tpRepr = PyModule::repr;
        t.tpGetattro = (o, name) -> {
            try {
                return ObjectType.genericGetAttr(o, name);
            } catch (PyException e) {
                if (!Py.isInstance(e.value, PyExc.AttributeError)) throw e;
                PyException missing = PyErr.format(PyExc.AttributeError, "module '%s' has no attribute '%s'",
                        ((PyModule) o).name(), name);
                missing.value.members.put("name", PyStr.of(name));
                missing.value.members.put("obj", o);
                throw missing;
            }
        };
    }, TypeFlag.BASETYPE);

    /** The module's namespace: {@code __dict__}, and the globals of its code. */
    final PyDict dict;
    /** Whether the module is written in Java, as CPython's are in C: its repr says {@code (built-in)}. */
    private final boolean builtin;

    PyModule(String name, boolean builtin) {
        this.dict = new PyDict();
        this.builtin = builtin;
        dict.put(PyStr.of("__name__"), PyStr.of(name));
        dict.put(PyStr.of("__doc__"), PyNone.NONE);
        dict.put(PyStr.of("__package__"), builtin ? PyStr.EMPTY : PyNone.NONE);
        dict.put(PyStr.of("__loader__"), PyNone.NONE);
        dict.put(PyStr.of("__spec__"), PyNone.NONE);
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override PyDict instanceDict() {
        return dict;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(dict);
    }

    /** {@return {@code __name__}} */
    String name() {
        PyObject name = dict.get(PyStr.of("__name__"));
        return name instanceof PyStr s ? s.value : "?";
    }

    /** Sets an attribute, as {@code PyModule_AddObjectRef} does. */
    void add(String name, PyObject value) {
        dict.put(PyStr.of(name), value);
    }

    /** Adds a function written in Java, as a {@code PyMethodDef} entry of the module does. */
    void addFunction(String name, CFunction body) {
        add(name, new PyBuiltinFunction(name, name, this, body));
    }

    /** {@code module_repr}: {@code <module 'x' from 'x.py'>}, {@code <module 'sys' (built-in)>}. */
    private static PyObject repr(PyObject o) {
        PyModule m = (PyModule) o;
        PyObject file = m.dict.get(PyStr.of("__file__"));
        String name = Py.repr(PyStr.of(m.name())).value;
        if (file instanceof PyStr f) return PyStr.of("<module " + name + " from " + Py.repr(f).value + ">");
        return PyStr.of("<module " + name + (m.builtin ? " (built-in)>" : ">"));
    }
}
