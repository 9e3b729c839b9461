package pyvm.vm.reference;

import java.util.HashMap;
import java.util.Map;
import pyvm.parser.PyHash;

/**
 * The slots of a class whose special methods are written in Python: the {@code slot_*} functions of
 * Objects/typeobject.c, each calling the special method found on the object's type. One dispatcher
 * object exists per slot, shared by every class, so that {@code binary_op1} can tell, as CPython
 * does by comparing C function pointers, that both operands dispatch to Python.
 */
final class HeapSlots {

    private HeapSlots() {}

    private static final Map<SlotDefs.Def, Object> DISPATCHERS = new HashMap<>();

    /** {@return the dispatcher of {@code d}'s slot, the same object every time} */
    static synchronized Object dispatcher(SlotDefs.Def d) {
        SlotDefs.Def key = SlotDefs.DEFS.stream().filter(d::sameField).findFirst().orElseThrow();
        return DISPATCHERS.computeIfAbsent(key, HeapSlots::make);
    }

    private static Object make(SlotDefs.Def d) {
        return switch (d.slot()) {
            case TP_REPR -> (Slots.UnaryFunc) o -> callMethod(o, "__repr__");
            case TP_STR -> (Slots.UnaryFunc) o -> callMethod(o, "__str__");
            case TP_HASH -> (Slots.HashFunc) HeapSlots::hash;
            case TP_CALL -> (Slots.CallFunc) (o, args, kwnames) -> Py.call(bound(o, "__call__"), args, kwnames);
            case TP_GETATTRO -> (Slots.GetAttroFunc) HeapSlots::getattr;
            case TP_SETATTRO -> (Slots.SetAttroFunc) (o, name, value) -> {
                if (value == null) callMethod(o, "__delattr__", PyStr.of(name));
                else callMethod(o, "__setattr__", PyStr.of(name), value);
            };
            case TP_RICHCOMPARE -> (Slots.RichCmpFunc) (v, w, op) -> orNotImplemented(callMaybe(v, op.dunder, w));
            case TP_ITER -> (Slots.UnaryFunc) HeapSlots::iter;
            case TP_ITERNEXT -> (Slots.IterNextFunc) HeapSlots::next;
            case TP_DESCR_GET -> (Slots.DescrGetFunc) (descr, obj, type) ->
                    callMethod(descr, "__get__", obj == null ? PyNone.NONE : obj, type == null ? PyNone.NONE : type);
            case TP_DESCR_SET -> (Slots.DescrSetFunc) (descr, obj, value) -> {
                if (value == null) callMethod(descr, "__delete__", obj);
                else callMethod(descr, "__set__", obj, value);
            };
            case TP_INIT -> (Slots.InitProc) HeapSlots::init;
            case TP_NEW -> (Slots.NewFunc) (type, args, kwnames) -> {
                PyObject[] withType = new PyObject[args.length + 1];
                withType[0] = type;
                System.arraycopy(args, 0, withType, 1, args.length);
                return Py.call(Py.getAttr(type, "__new__"), withType, kwnames);
            };
            case NB_BINARY -> binary(d);
            case NB_INPLACE -> (Slots.BinaryFunc) (v, w) -> orNotImplemented(callMaybe(v, d.name(), w));
            case NB_NEGATIVE, NB_POSITIVE, NB_ABSOLUTE, NB_INVERT, NB_INT, NB_FLOAT, NB_INDEX ->
                    (Slots.UnaryFunc) o -> callMethod(o, d.name());
            case NB_BOOL -> (Slots.Inquiry) HeapSlots::bool;
            case SQ_LENGTH -> (Slots.LenFunc) HeapSlots::length;
            case MP_SUBSCRIPT -> (Slots.BinaryFunc) (o, key) -> callMethod(o, "__getitem__", key);
            case MP_ASS_SUBSCRIPT -> (Slots.ObjObjArgProc) (o, key, value) -> {
                if (value == null) callMethod(o, "__delitem__", key);
                else callMethod(o, "__setitem__", key, value);
            };
            case SQ_CONTAINS -> (Slots.ObjObjProc) HeapSlots::contains;
            case SQ_CONCAT, SQ_REPEAT -> null;
        };
    }

    /** {@code lookup_maybe_method} and a call: the type's special method on {@code self}; null if it has none. */
    static PyObject callMaybe(PyObject self, String name, PyObject... args) {
        PyObject m = self.type().lookup(name);
        if (m == null) return null;
        if (m instanceof PyFunction f) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return Calls.callFunction(f, withSelf, Args.NO_KWNAMES);
        }
        return Py.call(bind(m, self), args, Args.NO_KWNAMES);
    }

    /** {@code vectorcall_method}: as {@link #callMaybe}, but a missing method is an AttributeError. */
    static PyObject callMethod(PyObject self, String name, PyObject... args) {
        PyObject r = callMaybe(self, name, args);
        if (r == null) throw ObjectType.noAttribute(self, name);
        return r;
    }

    private static PyObject bound(PyObject self, String name) {
        PyObject m = self.type().lookup(name);
        if (m == null) throw ObjectType.noAttribute(self, name);
        return bind(m, self);
    }

    private static PyObject bind(PyObject m, PyObject self) {
        Slots.DescrGetFunc get = m.type().tpDescrGet;
        return get == null ? m : get.get(m, self, self.type());
    }

    private static PyObject orNotImplemented(PyObject r) {
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    /**
     * {@code SLOT1BINFULL}: {@code __add__} of the left operand, {@code __radd__} of the right; the
     * right one first when its class derives from the left's.
     */
    private static Slots.BinaryFunc binary(SlotDefs.Def d) {
        String name = d.name().startsWith("__r") ? "__" + d.name().substring(3) : d.name();
        String rname = "__r" + name.substring(2);
        int i = d.index();
        Slots.BinaryFunc[] self = new Slots.BinaryFunc[1];
        self[0] = (v, w) -> {
            boolean doOther = v.type() != w.type() && w.type().nbBinary[i] == self[0];
            if (v.type().nbBinary[i] == self[0]) {
                if (doOther && w.type().isSubtype(v.type())) {
                    PyObject r = orNotImplemented(callMaybe(w, rname, v));
                    if (r != PyNotImplemented.NOT_IMPLEMENTED || w.type() == v.type()) return r;
                    doOther = false;
                }
                PyObject r = orNotImplemented(callMaybe(v, name, w));
                if (r != PyNotImplemented.NOT_IMPLEMENTED || w.type() == v.type()) return r;
            }
            return doOther ? orNotImplemented(callMaybe(w, rname, v)) : PyNotImplemented.NOT_IMPLEMENTED;
        };
        return self[0];
    }

    /** {@code slot_tp_hash}: {@code __hash__} must give an int; one too big for a hash is hashed itself. */
    private static long hash(PyObject self) {
        PyObject r = callMethod(self, "__hash__");
        if (!(r instanceof PyInt i)) throw PyErr.format(PyExc.TypeError, "__hash__ method should return an integer");
        long h = i.value().bitLength() < 64 ? i.value().longValue() : PyHash.ofInt(i.value());
        return h == -1 ? -2 : h;
    }

    /** {@code slot_tp_getattr_hook}: {@code __getattribute__}, then {@code __getattr__} on AttributeError. */
    private static PyObject getattr(PyObject self, String name) {
        PyType t = self.type();
        PyObject getattribute = t.lookup("__getattribute__");
        PyObject getattr = t.lookup("__getattr__");
        try {
            if (getattribute instanceof PyWrapperDescr w && w.def.slot() == SlotDefs.Slot.TP_GETATTRO)
                return ((Slots.GetAttroFunc) w.slot).getattr(self, name);
            if (getattribute == null) return ObjectType.genericGetAttr(self, name);
            return callMethod(self, "__getattribute__", PyStr.of(name));
        } catch (PyException e) {
            if (getattr == null || !Py.isInstance(e.value, PyExc.AttributeError)) throw e;
            return callMethod(self, "__getattr__", PyStr.of(name));
        }
    }

    /** {@code slot_tp_iter}: {@code __iter__}, or the sequence protocol when only {@code __getitem__} exists. */
    private static PyObject iter(PyObject self) {
        PyObject m = self.type().lookup("__iter__");
        if (m == PyNone.NONE) throw PyErr.format(PyExc.TypeError, "'%s' object is not iterable", self.type().name);
        if (m == null) {
            if (self.type().lookup("__getitem__") != null) return new PySeqIter(PySeqIter.ITERATOR, self);
            throw PyErr.format(PyExc.TypeError, "'%s' object is not iterable", self.type().name);
        }
        return callMethod(self, "__iter__");
    }

    /** {@code slot_tp_iternext}: {@code __next__}; its StopIteration ends the iteration, for whoever asked. */
    private static PyObject next(PyObject self) {
        return callMethod(self, "__next__");
    }

    /** {@code slot_tp_init}: {@code __init__} must return None. */
    private static void init(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject r = Py.call(bound(self, "__init__"), args, kwnames);
        if (r != PyNone.NONE)
            throw PyErr.format(PyExc.TypeError, "__init__() should return None, not '%s'", r.type().name);
    }

    /** {@code slot_nb_bool}: {@code __bool__}, which must give a bool, else {@code __len__}, else true. */
    private static boolean bool(PyObject self) {
        if (self.type().lookup("__bool__") != null) {
            PyObject r = callMethod(self, "__bool__");
            if (!(r instanceof PyBool b))
                throw PyErr.format(PyExc.TypeError, "__bool__ should return bool, returned %s", r.type().name);
            return b == PyBool.TRUE;
        }
        PyObject len = callMaybe(self, "__len__");
        return len == null || Py.isTrue(len);
    }

    /** {@code slot_sq_length}: an index-like result, not negative. */
    private static long length(PyObject self) {
        long n = Number.asSsizeT(callMethod(self, "__len__"), PyExc.OverflowError);
        if (n < 0) throw PyErr.format(PyExc.ValueError, "__len__() should return >= 0");
        return n;
    }

    /** {@code slot_sq_contains}: {@code __contains__}, or a search by iteration. */
    private static boolean contains(PyObject self, PyObject value) {
        PyObject m = self.type().lookup("__contains__");
        if (m == PyNone.NONE) throw PyErr.format(PyExc.TypeError, "'%s' object is not a container", self.type().name);
        if (m != null) return Py.isTrue(callMethod(self, "__contains__", value));
        PyObject it = Py.getIter(self);
        for (PyObject item = Py.next(it); item != null; item = Py.next(it))
            if (Py.richCompareBool(item, value, CompareOp.EQ)) return true;
        return false;
    }

    /** What {@code __new__} of a builtin type is: a function bound to the type ({@code tp_new_wrapper}). */
    private record NewWrapper(PyType type) implements CFunction {
        @Override public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            if (args.length - kwnames.length < 1)
                throw PyErr.format(PyExc.TypeError, "%s.__new__(): not enough arguments", type.name);
            if (!(args[0] instanceof PyType subtype))
                throw PyErr.format(PyExc.TypeError, "%s.__new__(X): X is not a type object (%s)", type.name, args[0].type().name);
            if (!subtype.isSubtype(type))
                throw PyErr.format(PyExc.TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                        type.name, subtype.name, subtype.name, type.name);
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return type.tpNew.make(subtype, rest, kwnames);
        }
    }

    /** {@return the {@code __new__} a builtin type's dict holds} */
    static PyObject newWrapper(PyType type) {
        return new PyBuiltinFunction("__new__", type.name + ".__new__", type, new NewWrapper(type));
    }

    /** {@return the builtin tp_new that a {@code __new__} attribute stands for, or null for Python code} */
    static Slots.NewFunc builtinNew(PyObject descr) {
        return descr instanceof PyBuiltinFunction f && f.body instanceof NewWrapper w ? w.type.tpNew : null;
    }
}
