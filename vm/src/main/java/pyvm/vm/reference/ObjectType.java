package pyvm.vm.reference;

/**
 * The behaviour of {@code object}, which every type inherits unless it overrides it: the
 * {@code object_*} and {@code PyObject_Generic*} functions of Objects/typeobject.c and
 * Objects/object.c. Identity-based {@code ==} and hash, {@code <T object at 0x...>} as repr, attribute
 * lookup through the type's descriptors and the instance's {@code __dict__}.
 */
final class ObjectType {

    private ObjectType() {}

    /** {@code PyObject_GenericGetAttr}, one object, so that a type's slot can be recognized as it. */
    static final Slots.GetAttroFunc GENERIC_GETATTR = ObjectType::genericGetAttr;

    static void fillSlots(PyType t) {
        t.tpRepr = o -> PyStr.of(defaultRepr(o));
        t.tpStr = Py::repr;
        t.tpHash = ObjectType::identityHash;
        t.tpRichcompare = ObjectType::richcompare;
        t.tpGetattro = GENERIC_GETATTR;
        t.tpSetattro = ObjectType::genericSetAttr;
        t.tpNew = ObjectType::newObject;
        t.tpInit = ObjectType::init;
        t.dict.put("__class__", new PyGetSetDescr(t, "__class__", PyObject::type, ObjectType::setClass));
        t.dict.put("__init_subclass__", new PyStaticMethod(PyStaticMethod.CLASSMETHOD,
                new PyBuiltinFunction("__init_subclass__", "object.__init_subclass__", t, (self, args, kwnames) -> {
                    if (kwnames.length > 0)
                        throw PyErr.format(PyExc.TypeError, "%s.__init_subclass__() takes no keyword arguments", ((PyType) args[0]).name);
                    if (args.length > 1)
                        throw PyErr.format(PyExc.TypeError, "%s.__init_subclass__() takes no arguments (%d given)",
                                ((PyType) args[0]).name, args.length - 1);
                    return PyNone.NONE;
                })));
        t.addMethod("__format__", (self, args, kwnames) -> {
            PyObject spec = Args.one("object.__format__", args, kwnames);
            if (!(spec instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "__format__() argument must be str, not %s", spec.type().name);
            if (!s.value.isEmpty())
                throw PyErr.format(PyExc.TypeError, "unsupported format string passed to %s.__format__", self.type().name);
            return Py.str(self);
        });
    }

    /**
     * {@return a stand-in for the object's address} A JVM does not show addresses, so this is made
     * from the identity hash, shaped like a 64-bit Linux heap address so that output looks familiar;
     * it is stable for the object's life, as {@code id()} must be.
     */
    static String address(PyObject o) {
        return String.format("0x%012x", identity(o));
    }

    /** {@return the number {@code id(o)} gives, the value {@link #address} shows} */
    static long identity(PyObject o) {
        return 0x7f0000000000L | ((long) System.identityHashCode(o) << 4);
    }

    /** {@code _Py_HashPointer}: the address rotated by 4 bits, as CPython hashes by identity. */
    static long identityHash(PyObject o) {
        long h = Long.rotateRight(identity(o), 4);
        return h == -1 ? -2 : h;
    }

    /** {@code object_repr}: {@code <object object at 0x...>}, {@code <__main__.A object at 0x...>}. */
    static String defaultRepr(PyObject o) {
        PyType t = o.type();
        String module = t.module();
        String name = module.equals("builtins") ? t.name : module + "." + t.qualname();
        return "<" + name + " object at " + address(o) + ">";
    }

    /** {@code object_set_class}: only between classes whose instances are laid out alike. */
    private static void setClass(PyObject o, PyObject value) {
        if (value == null) throw PyErr.format(PyExc.TypeError, "can't delete __class__ attribute");
        if (!(value instanceof PyType t))
            throw PyErr.format(PyExc.TypeError, "__class__ must be set to a class, not '%s' object", value.type().name);
        if (!(o instanceof PyInstance instance) || !t.isHeapType() || TypeNew.solidBase(t) != PyType.OBJECT)
            throw PyErr.format(PyExc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        instance.type = t;
    }

    /** {@code object_richcompare}: {@code ==} is identity, {@code !=} inverts {@code ==}, the rest are not implemented. */
    private static PyObject richcompare(PyObject v, PyObject w, CompareOp op) {
        return switch (op) {
            case EQ -> v == w ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE -> {
                Slots.RichCmpFunc eq = v.type().tpRichcompare;
                PyObject r = eq.compare(v, w, CompareOp.EQ);
                yield r == PyNotImplemented.NOT_IMPLEMENTED ? r : PyBool.of(!Py.isTrue(r));
            }
            case LT, LE, GT, GE -> PyNotImplemented.NOT_IMPLEMENTED;
        };
    }

    /**
     * {@code PyObject_GenericGetAttr}: a data descriptor of the type wins, then the instance's
     * {@code __dict__}, then any other attribute of the type (binding it if it is a descriptor).
     */
    static PyObject genericGetAttr(PyObject o, String name) {
        PyType type = o.type();
        PyObject descr = type.lookup(name);
        Slots.DescrGetFunc get = null;
        if (descr != null) {
            get = descr.type().tpDescrGet;
            if (get != null && descr.type().tpDescrSet != null) return get.get(descr, o, type);
        }
        PyDict dict = o.instanceDict();
        if (dict != null) {
            PyObject v = dict.get(PyStr.intern(name));
            if (v != null) return v;
        }
        if (get != null) return get.get(descr, o, type);
        if (descr != null) return descr;
        throw noAttribute(o, name);
    }

    /** {@return the AttributeError for a missing attribute, with {@code name} and {@code obj} set} */
    static PyException noAttribute(PyObject o, String name) {
        PyException e = PyErr.format(PyExc.AttributeError, "'%s' object has no attribute '%s'", o.type().name, name);
        e.value.members.put("name", PyStr.of(name));
        e.value.members.put("obj", o);
        return e;
    }

    /** {@code PyObject_GenericSetAttr}: a data descriptor of the type, else the instance's {@code __dict__}. */
    static void genericSetAttr(PyObject o, String name, PyObject value) {
        PyType type = o.type();
        PyObject descr = type.lookup(name);
        if (descr != null && descr.type().tpDescrSet != null) {
            descr.type().tpDescrSet.set(descr, o, value);
            return;
        }
        PyDict dict = o.instanceDict();
        if (dict == null) {
            if (descr == null) {
                PyException e = PyErr.format(PyExc.AttributeError,
                        "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", type.name, name);
                e.value.members.put("name", PyStr.of(name));
                e.value.members.put("obj", o);
                throw e;
            }
            throw PyErr.format(PyExc.AttributeError, "'%s' object attribute '%s' is read-only", type.name, name);
        }
        if (value != null) dict.put(PyStr.intern(name), value);
        else if (dict.remove(PyStr.intern(name)) == null) throw noAttribute(o, name);
    }

    /** {@code object_new}: refuses arguments unless the class has an {@code __init__} to take them. */
    private static PyObject newObject(PyType type, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            if (type.tpNew != PyType.OBJECT.tpNew)
                throw PyErr.format(PyExc.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            if (type.tpInit == PyType.OBJECT.tpInit) throw PyErr.format(PyExc.TypeError, "%s() takes no arguments", type.name);
        }
        if (type.isHeapType()) {
            PyInstance instance = new PyInstance(type);
            if (type.lookup("__del__") != null) ThreadState.current().trackFinalizable(instance);
            return instance;
        }
        if (type != PyType.OBJECT) throw new IllegalStateException("builtin type " + type.name + " has no tp_new of its own");
        return new PyBaseObject();
    }

    /** {@code object_init}: refuses arguments unless the class has a {@code __new__} to take them. */
    private static void init(PyObject self, PyObject[] args, String[] kwnames) {
        PyType type = self.type();
        if (args.length > 0) {
            if (type.tpInit != PyType.OBJECT.tpInit)
                throw PyErr.format(PyExc.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            if (type.tpNew == PyType.OBJECT.tpNew) throw PyErr.format(PyExc.TypeError, "%s() takes no arguments", type.name);
        }
    }
}
