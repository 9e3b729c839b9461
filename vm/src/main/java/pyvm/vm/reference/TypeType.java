package pyvm.vm.reference;

/**
 * The behaviour of {@code type}, the type of every class: calling a class makes an instance
 * ({@code type_call}), {@code type(x)} answers x's type, and attribute lookup on a class searches
 * its mro ({@code type_getattro}), all in Objects/typeobject.c.
 */
final class TypeType {

    private TypeType() {}

    static void fillSlots(PyType t) {
        t.tpRepr = o -> PyStr.of("<class '" + ((PyType) o).name + "'>");
        t.tpCall = TypeType::call;
        t.tpGetattro = TypeType::getAttr;
        t.tpSetattro = (o, name, value) -> {
            throw PyErr.format(PyExc.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, ((PyType) o).name);
        };
        t.tpNew = (type, args, kwnames) -> {
            if (args.length == 1 && kwnames.length == 0) return args[0].type();
            throw PyErr.format(PyExc.TypeError, "type() takes 1 or 3 arguments");
        };
        t.dict.put("__name__", new PyGetSetDescr(t, "__name__", o -> PyStr.of(((PyType) o).name), null));
        t.dict.put("__mro__", new PyGetSetDescr(t, "__mro__",
                o -> PyTuple.of(((PyType) o).mro.toArray(new PyObject[0])), null));
        t.dict.put("__base__", new PyGetSetDescr(t, "__base__", o -> {
            PyType base = ((PyType) o).base;
            return base == null ? PyNone.NONE : base;
        }, null));
    }

    /** {@code type_call}: {@code __new__}, then {@code __init__} if the result is an instance of the class. */
    private static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        PyType type = (PyType) callable;
        if (type.tpNew == null) throw PyErr.format(PyExc.TypeError, "cannot create '%s' instances", type.name);
        PyObject made = type.tpNew.make(type, args, kwnames);
        if (type != PyType.TYPE && made.type().isSubtype(type)) made.type().tpInit.init(made, args, kwnames);
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
}
