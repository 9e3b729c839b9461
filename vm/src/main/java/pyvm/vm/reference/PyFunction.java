package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * A function defined in Python: {@code PyFunctionObject} of Objects/funcobject.c, made by
 * MAKE_FUNCTION from a code object and the globals it runs in, then given defaults and a closure
 * by SET_FUNCTION_ATTRIBUTE. Calling it runs its code in a new frame ({@link Calls#callFunction}).
 */
final class PyFunction extends PyObject {

    static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, PyFunction::fillSlots,
            TypeFlag.DISALLOW_INSTANTIATION, TypeFlag.METHOD_DESCRIPTOR);

    final PyCode code;
    final PyDict globals;
    /** {@code __name__}. */
    String name;
    /** {@code __qualname__}. */
    String qualname;
    /** {@code __doc__}: the first constant of the code when it is a str, else None. */
    PyObject doc;
    /** {@code __module__}: the globals' {@code __name__}. */
    PyObject module;
    /** {@code __defaults__}: null for None. */
    PyTuple defaults;
    /** {@code __kwdefaults__}: null for None. */
    PyDict kwdefaults;
    /** {@code __closure__}: the cells of the free variables; null for None. */
    PyTuple closure;
    /** {@code __annotations__}: null until set or asked for. */
    PyObject annotations;
    /** {@code __dict__}, made on first use. */
    private PyDict dict;

    PyFunction(PyCode code, PyDict globals) {
        this.code = code;
        this.globals = globals;
        this.name = code.code.coName();
        this.qualname = code.code.coQualname();
        this.doc = code.consts.length > 0 && code.consts[0] instanceof PyStr s ? s : PyNone.NONE;
        PyObject moduleName = globals.get(PyStr.of("__name__"));
        this.module = moduleName == null ? PyNone.NONE : moduleName;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override PyDict instanceDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(code);
        visit.accept(globals);
        visit.accept(doc);
        visit.accept(module);
        if (defaults != null) visit.accept(defaults);
        if (kwdefaults != null) visit.accept(kwdefaults);
        if (closure != null) visit.accept(closure);
        if (annotations != null) visit.accept(annotations);
        if (dict != null) visit.accept(dict);
    }

    private static void fillSlots(PyType t) {
        t.tpRepr = o -> PyStr.of("<function " + ((PyFunction) o).qualname + " at " + ObjectType.address(o) + ">");
        t.tpCall = (callable, args, kwnames) -> Calls.callFunction((PyFunction) callable, args, kwnames);
        t.tpDescrGet = (descr, obj, type) -> obj == null ? descr : new PyMethod(descr, obj);
        attribute(t, "__name__", f -> PyStr.of(f.name), (f, v) -> f.name = string(v, "__name__"));
        attribute(t, "__qualname__", f -> PyStr.of(f.qualname), (f, v) -> f.qualname = string(v, "__qualname__"));
        attribute(t, "__doc__", f -> f.doc, (f, v) -> f.doc = v);
        attribute(t, "__module__", f -> f.module, (f, v) -> f.module = v);
        attribute(t, "__defaults__", f -> f.defaults == null ? PyNone.NONE : f.defaults, (f, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyTuple))
                throw PyErr.format(PyExc.TypeError, "__defaults__ must be set to a tuple object");
            f.defaults = v instanceof PyTuple d ? d : null;
        });
        attribute(t, "__kwdefaults__", f -> f.kwdefaults == null ? PyNone.NONE : f.kwdefaults, (f, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyDict))
                throw PyErr.format(PyExc.TypeError, "__kwdefaults__ must be set to a dict object");
            f.kwdefaults = v instanceof PyDict d ? d : null;
        });
        attribute(t, "__annotations__", f -> {
            if (f.annotations == null) f.annotations = new PyDict();
            return f.annotations;
        }, (f, v) -> f.annotations = v);
        t.dict.put("__code__", new PyGetSetDescr(t, "__code__", o -> ((PyFunction) o).code, null));
        t.dict.put("__globals__", new PyGetSetDescr(t, "__globals__", o -> ((PyFunction) o).globals, null));
        t.dict.put("__closure__", new PyGetSetDescr(t, "__closure__", o -> {
            PyTuple c = ((PyFunction) o).closure;
            return c == null ? PyNone.NONE : c;
        }, null));
        t.dict.put("__dict__", new PyGetSetDescr(t, "__dict__", PyObject::instanceDict, null));
    }

    private interface Getter { PyObject get(PyFunction f); }

    private interface Setter { void set(PyFunction f, PyObject value); }

    private static void attribute(PyType t, String name, Getter getter, Setter setter) {
        t.dict.put(name, new PyGetSetDescr(t, name, o -> getter.get((PyFunction) o), (o, v) -> {
            if (v == null) throw PyErr.format(PyExc.TypeError, "%s must be set to a string object", name);
            setter.set((PyFunction) o, v);
        }));
    }

    private static String string(PyObject v, String what) {
        if (v instanceof PyStr s) return s.value;
        throw PyErr.format(PyExc.TypeError, "%s must be set to a string object", what);
    }
}
