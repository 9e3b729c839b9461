package pyvm.vm.reference;

import java.util.Map;

/**
 * The behaviour of {@code type}, the type of every class: calling a class makes an instance
 * ({@code type_call}), {@code type(x)} answers x's type and {@code type(name, bases, dict)} makes a
 * class ({@link TypeNew}), and attribute lookup on a class searches its mro ({@code type_getattro}),
 * all in Objects/typeobject.c.
 */
final class TypeType {

    private TypeType() {}

    static void fillSlots(PyType t) {
        t.tpRepr = o -> {
            PyType type = (PyType) o;
            String module = type.module();
            return PyStr.of("<class '" + (module.equals("builtins") ? "" : module + ".") + type.qualname() + "'>");
        };
        t.tpCall = TypeType::call;
        t.tpGetattro = TypeType::getAttr;
        t.tpSetattro = TypeType::setAttr;
        t.tpNew = (type, args, kwnames) -> {
            if (type == PyType.TYPE && args.length == 1 && kwnames.length == 0) return args[0].type();
            if (args.length - kwnames.length != 1 && args.length - kwnames.length != 3)
                throw PyErr.format(PyExc.TypeError, "type() takes 1 or 3 arguments");
            return TypeNew.typeNew(type, args, kwnames);
        };
        t.tpInit = (self, args, kwnames) -> {
            int n = args.length - kwnames.length;
            if (n != 1 && n != 3) throw PyErr.format(PyExc.TypeError, "type.__init__() takes 1 or 3 arguments");
        };
        t.dict.put("__name__", new PyGetSetDescr(t, "__name__", o -> PyStr.of(((PyType) o).name), null));
        t.dict.put("__qualname__", new PyGetSetDescr(t, "__qualname__", o -> PyStr.of(((PyType) o).qualname()), null));
        t.dict.put("__module__", new PyGetSetDescr(t, "__module__", o -> {
            PyType type = (PyType) o;
            PyObject m = type.isHeapType() ? type.dict.get("__module__") : null;
            return m != null ? m : PyStr.of(type.module());
        }, null));
        t.dict.put("__bases__", new PyGetSetDescr(t, "__bases__",
                o -> PyTuple.of(((PyType) o).bases.toArray(new PyObject[0])), null));
        t.dict.put("__mro__", new PyGetSetDescr(t, "__mro__",
                o -> PyTuple.of(((PyType) o).mro.toArray(new PyObject[0])), null));
        t.dict.put("__base__", new PyGetSetDescr(t, "__base__", o -> {
            PyType base = ((PyType) o).base;
            return base == null ? PyNone.NONE : base;
        }, null));
        t.dict.put("__doc__", new PyGetSetDescr(t, "__doc__", o -> {
            PyObject doc = ((PyType) o).dict.get("__doc__");
            return doc == null ? PyNone.NONE : doc;
        }, null));
        t.dict.put("__dict__", new PyGetSetDescr(t, "__dict__", o -> {
            PyDict copy = new PyDict();
            for (Map.Entry<String, PyObject> e : ((PyType) o).dict.entrySet()) copy.put(PyStr.of(e.getKey()), e.getValue());
            return copy;
        }, null));
        t.addMethod("mro", (self, args, kwnames) -> {
            Args.noArgs("type.mro", args, kwnames);
            return PyList.of(((PyType) self).mro.toArray(new PyObject[0]));
        });
    }

    /** {@code type_call}: {@code __new__}, then {@code __init__} if the result is an instance of the class. */
    private static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        PyType type = (PyType) callable;
        if (type == PyType.TYPE && args.length == 1 && kwnames.length == 0) return args[0].type();
        if (type.tpNew == null) throw PyErr.format(PyExc.TypeError, "cannot create '%s' instances", type.name);
        PyObject made = type.tpNew.make(type, args, kwnames);
        if (made.type().isSubtype(type)) made.type().tpInit.init(made, args, kwnames);
        return made;
    }

    /**
     * {@code type_getattro}: a data descriptor of the metatype wins, then the class's own mro
     * (binding descriptors with no instance), then the metatype's other attributes.
     */
    private static PyObject getAttr(PyObject o, String name) {
        PyType type = (PyType) o;
        PyType meta = type.type();
        PyObject metaAttribute = meta.lookup(name);
        if (metaAttribute != null && metaAttribute.type().tpDescrGet != null && metaAttribute.type().tpDescrSet != null)
            return metaAttribute.type().tpDescrGet.get(metaAttribute, type, meta);
        PyObject attribute = type.lookup(name);
        if (attribute != null) {
            Slots.DescrGetFunc get = attribute.type().tpDescrGet;
            return get == null ? attribute : get.get(attribute, null, type);
        }
        if (metaAttribute != null) {
            Slots.DescrGetFunc get = metaAttribute.type().tpDescrGet;
            return get == null ? metaAttribute : get.get(metaAttribute, type, meta);
        }
        PyException e = PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '%s'", type.name, name);
        e.value.members.put("name", PyStr.of(name));
        e.value.members.put("obj", type);
        throw e;
    }

    /**
     * {@code type_setattro}: a class's attributes can change, and a special method changed this way
     * changes the slot too ({@code update_slot}); a builtin type's cannot.
     */
    private static void setAttr(PyObject o, String name, PyObject value) {
        PyType type = (PyType) o;
        if (!type.isHeapType())
            throw PyErr.format(PyExc.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, type.name);
        PyObject metaAttribute = type.type().lookup(name);
        if (metaAttribute != null && metaAttribute.type().tpDescrSet != null) {
            metaAttribute.type().tpDescrSet.set(metaAttribute, type, value);
            return;
        }
        if (value != null) type.dict.put(name, value);
        else if (type.dict.remove(name) == null)
            throw PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '%s'", type.name, name);
        if (name.startsWith("__") && name.endsWith("__")) SlotDefs.fixupSlots(type);
    }
}
