package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * {@code property}: a data descriptor whose get, set and delete call Python functions
 * (Objects/descrobject.c). {@code getter}, {@code setter} and {@code deleter} make a copy with one
 * function replaced, which is how the decorator form builds it.
 */
final class PyProperty extends PyObject {

    static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, PyProperty::fillSlots, TypeFlag.BASETYPE);

    private final PyType type;
    /** Null where CPython has None. */
    private PyObject fget, fset, fdel;
    private PyObject doc;
    /** The name the owning class gave it ({@code __set_name__}), for error messages. */
    private PyObject name;

    private PyProperty(PyType type) {
        this.type = type;
    }

    @Override PyType type() {
        return type;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        for (PyObject o : new PyObject[] {fget, fset, fdel, doc, name}) if (o != null) visit.accept(o);
    }

    private static PyObject orNull(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    private static void fillSlots(PyType t) {
        t.tpNew = (type, args, kwnames) -> new PyProperty(type);
        t.tpInit = (self, args, kwnames) -> {
            PyObject[] kw = Args.keywords("property", args, kwnames, "fget", "fset", "fdel", "doc");
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("property", positional.length, 0, 4);
            PyProperty p = (PyProperty) self;
            PyObject[] given = new PyObject[4];
            for (int i = 0; i < 4; i++) given[i] = i < positional.length ? positional[i] : kw[i];
            p.fget = orNull(given[0]);
            p.fset = orNull(given[1]);
            p.fdel = orNull(given[2]);
            p.doc = given[3] != null && given[3] != PyNone.NONE ? given[3] : docOf(p.fget);
        };
        t.tpDescrGet = (descr, obj, type) -> {
            PyProperty p = (PyProperty) descr;
            if (obj == null) return descr;
            if (p.fget == null) throw PyErr.format(PyExc.AttributeError, "property %sof '%s' object has no getter",
                    p.quotedName(), obj.type().name);
            return Py.call(p.fget, new PyObject[] {obj}, Args.NO_KWNAMES);
        };
        t.tpDescrSet = (descr, obj, value) -> {
            PyProperty p = (PyProperty) descr;
            PyObject f = value == null ? p.fdel : p.fset;
            if (f == null) throw PyErr.format(PyExc.AttributeError, "property %sof '%s' object has no %s",
                    p.quotedName(), obj.type().name, value == null ? "deleter" : "setter");
            Py.call(f, value == null ? new PyObject[] {obj} : new PyObject[] {obj, value}, Args.NO_KWNAMES);
        };
        copier(t, "getter", 0);
        copier(t, "setter", 1);
        copier(t, "deleter", 2);
        t.addMethod("__set_name__", (self, args, kwnames) -> {
            Args.noKeywords("__set_name__", kwnames);
            Args.checkPositional("__set_name__", args.length, 2, 2);
            ((PyProperty) self).name = args[1];
            return PyNone.NONE;
        });
        t.dict.put("fget", new PyGetSetDescr(t, "fget", o -> none(((PyProperty) o).fget), null));
        t.dict.put("fset", new PyGetSetDescr(t, "fset", o -> none(((PyProperty) o).fset), null));
        t.dict.put("fdel", new PyGetSetDescr(t, "fdel", o -> none(((PyProperty) o).fdel), null));
        t.dict.put("__doc__", new PyGetSetDescr(t, "__doc__", o -> none(((PyProperty) o).doc), (o, v) -> ((PyProperty) o).doc = v));
    }

    private static PyObject none(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyObject docOf(PyObject fget) {
        if (fget == null) return null;
        try {
            PyObject d = Py.getAttr(fget, "__doc__");
            return d == PyNone.NONE ? null : d;
        } catch (PyException e) {
            return null;
        }
    }

    /** {@code property_copy}: {@code getter}, {@code setter}, {@code deleter} give a new property. */
    private static void copier(PyType t, String method, int which) {
        t.addMethod(method, (self, args, kwnames) -> {
            PyObject f = Args.one("property." + method, args, kwnames);
            PyProperty old = (PyProperty) self;
            PyProperty copy = new PyProperty(old.type);
            copy.fget = which == 0 ? orNull(f) : old.fget;
            copy.fset = which == 1 ? orNull(f) : old.fset;
            copy.fdel = which == 2 ? orNull(f) : old.fdel;
            copy.doc = which == 0 && old.doc == docOf(old.fget) ? docOf(copy.fget) : old.doc;
            copy.name = old.name;
            return copy;
        });
    }

    private String quotedName() {
        return name instanceof PyStr s ? Py.repr(s).value + " " : "";
    }
}
