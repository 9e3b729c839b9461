package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.assembler.LocalKind;
import pyvm.gc.Traversable;

/**
 * {@code super}: attribute lookup that starts after a given class in an object's mro,
 * {@code superobject} of Objects/typeobject.c. {@code super()} with no arguments finds the class in
 * the calling frame's {@code __class__} cell and the object in its first argument.
 */
final class PySuper extends PyObject {

    static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, PySuper::fillSlots, TypeFlag.BASETYPE);

    private final PyType type;
    /** The class to look after; null for an unbound super. */
    private PyType thisClass;
    /** The object (or class) the found attributes bind to; null when unbound. */
    private PyObject obj;
    /** The class whose mro is searched: {@code obj}'s type, or {@code obj} itself when it is a subclass. */
    private PyType objType;

    private PySuper(PyType type) {
        this.type = type;
    }

    @Override PyType type() {
        return type;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        for (PyObject o : new PyObject[] {thisClass, obj, objType}) if (o != null) visit.accept(o);
    }

    private static void fillSlots(PyType t) {
        t.tpNew = (type, args, kwnames) -> new PySuper(type);
        t.tpInit = PySuper::init;
        t.tpGetattro = PySuper::getattro;
        t.tpDescrGet = (descr, obj, type) -> {
            PySuper s = (PySuper) descr;
            if (obj == null || s.obj != null) return descr;
            PySuper bound = new PySuper(TYPE);
            bound.set(s.thisClass, obj);
            return bound;
        };
        t.tpRepr = o -> {
            PySuper s = (PySuper) o;
            String cls = s.thisClass == null ? "NULL" : s.thisClass.name;
            if (s.objType != null) return PyStr.of("<super: <class '" + cls + "'>, <" + s.objType.name + " object>>");
            return PyStr.of("<super: <class '" + cls + "'>, NULL>");
        };
        t.dict.put("__thisclass__", new PyGetSetDescr(t, "__thisclass__", o -> orNone(((PySuper) o).thisClass), null));
        t.dict.put("__self__", new PyGetSetDescr(t, "__self__", o -> orNone(((PySuper) o).obj), null));
        t.dict.put("__self_class__", new PyGetSetDescr(t, "__self_class__", o -> orNone(((PySuper) o).objType), null));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** {@code super_init}: {@code super(type, obj)}, {@code super(type)}, or {@code super()} from the frame. */
    private static void init(PyObject self, PyObject[] args, String[] kwnames) {
        Args.noKeywords("super", kwnames);
        Args.checkPositional("super", args.length, 0, 2);
        PyObject cls, obj;
        if (args.length == 0) {
            PyObject[] found = fromFrame(ThreadState.current().frame);
            cls = found[0];
            obj = found[1];
        } else {
            cls = args[0];
            obj = args.length == 2 && args[1] != PyNone.NONE ? args[1] : null;
        }
        if (!(cls instanceof PyType t))
            throw PyErr.format(PyExc.TypeError, "super() argument 1 must be a type, not %s", cls.type().name);
        ((PySuper) self).set(t, obj);
    }

    private void set(PyType cls, PyObject o) {
        thisClass = cls;
        obj = o;
        objType = o == null ? null : checkType(cls, o);
    }

    /** {@code super_init_without_args}: the frame's first argument and its {@code __class__} cell. */
    private static PyObject[] fromFrame(PyFrame f) {
        if (f == null || f.code.code.coArgcount() == 0) throw PyErr.format(PyExc.RuntimeError, "super(): no arguments");
        PyObject first = f.localsplus[0];
        if (first instanceof PyCell c && f.code.isKind(0, LocalKind.CELL)) first = c.contents;
        if (first == null) throw PyErr.format(PyExc.RuntimeError, "super(): arg[0] deleted");
        for (int i = 0; i < f.code.localsplusnames.length; i++) {
            if (!f.code.localsplusnames[i].equals("__class__") || !f.code.isKind(i, LocalKind.FREE)) continue;
            PyObject cls = f.localsplus[i] instanceof PyCell c ? c.contents : null;
            if (cls == null) throw PyErr.format(PyExc.RuntimeError, "super(): empty __class__ cell");
            if (!(cls instanceof PyType)) throw PyErr.format(PyExc.RuntimeError, "super(): __class__ is not a type (%s)", cls.type().name);
            return new PyObject[] {cls, first};
        }
        throw PyErr.format(PyExc.RuntimeError, "super(): __class__ cell not found");
    }

    /** {@code supercheck}: the object must be an instance or a subclass of the class. */
    private static PyType checkType(PyType cls, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtype(cls)) return t;
        if (obj.type().isSubtype(cls)) return obj.type();
        throw PyErr.format(PyExc.TypeError, "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
                obj.type().name, cls.name);
    }

    /** {@code super_getattro}: the attribute from the classes after {@code thisClass}, bound to {@code obj}. */
    private static PyObject getattro(PyObject o, String name) {
        PySuper s = (PySuper) o;
        if (s.objType != null && !name.equals("__class__")) {
            PyObject found = lookup(s.thisClass, s.objType, s.obj, name);
            if (found != null) return found;
        }
        return ObjectType.genericGetAttr(o, name);
    }

    /** {@code _super_lookup_descr} and binding: null when no class after {@code start} has the name. */
    private static PyObject lookup(PyType start, PyType objType, PyObject obj, String name) {
        int i = objType.mro.indexOf(start);
        for (int j = i + 1; j < objType.mro.size(); j++) {
            PyObject v = objType.mro.get(j).dict.get(name);
            if (v == null) continue;
            Slots.DescrGetFunc get = v.type().tpDescrGet;
            return get == null ? v : get.get(v, obj == objType ? null : obj, objType);
        }
        return null;
    }

    /** {@code super(cls, obj).name} as Java code needs it: {@code type_new}'s call of {@code __init_subclass__}. */
    static PyObject lookup(PyType cls, PyObject obj, String name) {
        PyType objType = checkType(cls, obj);
        PyObject found = lookup(cls, objType, obj, name);
        if (found == null) throw PyErr.format(PyExc.AttributeError, "'super' object has no attribute '%s'", name);
        return found;
    }
}
