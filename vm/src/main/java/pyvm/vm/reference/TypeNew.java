package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Making a class: {@code type.__new__(metatype, name, bases, namespace)}, {@code type_new} of
 * Objects/typeobject.c. It picks the most derived metaclass, the base that decides the instances'
 * layout ({@code best_base}), the C3 method resolution order, copies the namespace into the class's
 * dict, sets its slots from the special methods ({@link SlotDefs#fixupSlots}), fills the
 * {@code __class__} cell, and calls {@code __set_name__} and {@code __init_subclass__}.
 */
final class TypeNew {

    private TypeNew() {}

    /** {@code type_new}: {@code type(name, bases, dict, **kwds)}. */
    static PyObject typeNew(PyType metatype, PyObject[] args, String[] kwnames) {
        PyObject[] positional = Args.positional(args, kwnames);
        if (positional.length != 3) throw PyErr.format(PyExc.TypeError, "type() takes 1 or 3 arguments");
        if (!(positional[0] instanceof PyStr name))
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 1 must be str, not %s", positional[0].type().name);
        if (!(positional[1] instanceof PyTuple basesTuple))
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 2 must be tuple, not %s", positional[1].type().name);
        if (!(positional[2] instanceof PyDict namespace))
            throw PyErr.format(PyExc.TypeError, "type.__new__() argument 3 must be dict, not %s", positional[2].type().name);
        List<PyType> bases = new ArrayList<>();
        for (PyObject b : basesTuple.items()) {
            if (!(b instanceof PyType t)) throw PyErr.format(PyExc.TypeError, "bases must be types");
            bases.add(t);
        }
        PyType winner = calculateMetaclass(metatype, bases);
        if (winner != metatype && winner.tpNew != metatype.tpNew) return winner.tpNew.make(winner, args, kwnames);
        if (bases.isEmpty()) bases.add(PyType.OBJECT);
        PyType base = bestBase(bases);
        Map<String, PyObject> dict = new LinkedHashMap<>();
        for (Map.Entry<PyDict.Key, PyObject> e : namespace.map.entrySet())
            if (e.getKey().object instanceof PyStr key) dict.put(key.value, e.getValue());
        String qualname = name.value;
        PyObject q = dict.remove("__qualname__");
        if (q != null) {
            if (!(q instanceof PyStr s)) throw PyErr.format(PyExc.TypeError, "type __qualname__ must be a str, not %s", q.type().name);
            qualname = s.value;
        }
        PyObject cell = dict.remove("__classcell__");
        PyType type = PyType.heap(winner, name.value, qualname, bases, base, mro(name.value, bases));
        if (!dict.containsKey("__module__")) {
            PyFrame caller = ThreadState.current().frame;
            PyObject module = caller == null ? null : caller.globals.get(PyStr.of("__name__"));
            if (module != null) type.dict.put("__module__", module);
        }
        type.dict.putAll(dict);
        wrapSpecial(type, "__new__", PyStaticMethod.STATICMETHOD);
        wrapSpecial(type, "__init_subclass__", PyStaticMethod.CLASSMETHOD);
        wrapSpecial(type, "__class_getitem__", PyStaticMethod.CLASSMETHOD);
        if (base.lookup("__dict__") == null)
            type.dict.put("__dict__", new PyGetSetDescr(type, "__dict__", PyObject::instanceDict, null));
        type.dict.putIfAbsent("__doc__", PyNone.NONE);
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) type.dict.put("__hash__", PyNone.NONE);
        SlotDefs.fixupSlots(type);
        if (cell != null) {
            if (!(cell instanceof PyCell c))
                throw PyErr.format(PyExc.TypeError, "__classcell__ must be a nonlocal cell, not %s", Py.repr(cell.type()).value);
            c.contents = type;
        }
        setNames(type);
        initSubclass(type, args, kwnames);
        return type;
    }

    /** {@code _PyType_CalculateMetaclass}: the metaclass that derives from every base's. */
    static PyType calculateMetaclass(PyType metatype, List<PyType> bases) {
        PyType winner = metatype;
        for (PyType b : bases) {
            PyType t = b.type();
            if (winner.isSubtype(t)) continue;
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw PyErr.format(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code best_base}: the base whose instance layout the class's instances take, checking that the others agree. */
    private static PyType bestBase(List<PyType> bases) {
        PyType winner = null, best = null;
        for (PyType b : bases) {
            if (!b.flags.contains(TypeFlag.BASETYPE))
                throw PyErr.format(PyExc.TypeError, "type '%s' is not an acceptable base type", b.name);
            PyType candidate = solidBase(b);
            if (!subclassable(candidate))
                throw PyErr.format(PyExc.TypeError, "pyvm cannot subclass '%s' yet", candidate.name);
            if (winner == null || candidate.isSubtype(winner)) {
                winner = candidate;
                best = b;
            } else if (!winner.isSubtype(candidate)) {
                throw PyErr.format(PyExc.TypeError, "multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /**
     * {@return whether pyvm can make instances of a class built on this builtin type} Each builtin's
     * constructor must make objects of the subclass, with a {@code __dict__}; not all do yet.
     */
    private static boolean subclassable(PyType solid) {
        return solid == PyType.OBJECT || solid.isSubtype(PyExc.BaseException) || solid == PyList.TYPE
                || solid == PyDict.TYPE || solid == PyInt.TYPE || solid == PyFloat.TYPE || solid == PyStr.TYPE
                || solid == PyTuple.TYPE || solid == PyProperty.TYPE || solid == PyStaticMethod.STATICMETHOD
                || solid == PyStaticMethod.CLASSMETHOD;
    }

    /** {@code solid_base}: the nearest builtin type in the base chain, which fixes the layout. */
    static PyType solidBase(PyType t) {
        while (t.isHeapType()) t = t.base;
        return t;
    }

    /** {@code mro_implementation}: the C3 linearization of the bases' mros. {@return the mro after the class} */
    private static List<PyType> mro(String name, List<PyType> bases) {
        for (int i = 0; i < bases.size(); i++)
            for (int j = i + 1; j < bases.size(); j++)
                if (bases.get(i) == bases.get(j)) throw PyErr.format(PyExc.TypeError, "duplicate base class %s", bases.get(i).name);
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) sequences.add(new ArrayList<>(b.mro));
        sequences.add(new ArrayList<>(bases));
        List<PyType> result = new ArrayList<>();
        while (sequences.stream().anyMatch(s -> !s.isEmpty())) {
            PyType next = null;
            for (List<PyType> s : sequences) {
                if (s.isEmpty()) continue;
                PyType head = s.get(0);
                if (sequences.stream().noneMatch(o -> o.indexOf(head) > 0)) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                List<String> names = new ArrayList<>();
                for (List<PyType> s : sequences)
                    if (!s.isEmpty() && !names.contains(s.get(0).name)) names.add(s.get(0).name);
                throw PyErr.format(PyExc.TypeError, "Cannot create a consistent method resolution order (MRO) for bases %s",
                        String.join(", ", names));
            }
            result.add(next);
            for (List<PyType> s : sequences) if (!s.isEmpty() && s.get(0) == next) s.remove(0);
        }
        return result;
    }

    /** A plain function as {@code __new__} becomes a staticmethod, as {@code __init_subclass__} a classmethod. */
    private static void wrapSpecial(PyType type, String name, PyType wrapper) {
        if (type.dict.get(name) instanceof PyFunction f) type.dict.put(name, new PyStaticMethod(wrapper, f));
    }

    /** {@code type_new_set_names}: {@code __set_name__(owner, name)} on each attribute that has it. */
    private static void setNames(PyType type) {
        for (Map.Entry<String, PyObject> e : new ArrayList<>(type.dict.entrySet())) {
            PyObject value = e.getValue();
            if (value.type().lookup("__set_name__") != null)
                HeapSlots.callMethod(value, "__set_name__", type, PyStr.of(e.getKey()));
        }
    }

    /** {@code type_new_init_subclass}: {@code super(type, type).__init_subclass__(**kwds)}. */
    private static void initSubclass(PyType type, PyObject[] args, String[] kwnames) {
        PyObject init = PySuper.lookup(type, type, "__init_subclass__");
        PyObject[] kw = new PyObject[kwnames.length];
        System.arraycopy(args, args.length - kwnames.length, kw, 0, kwnames.length);
        Py.call(init, kw, kwnames);
    }
}
