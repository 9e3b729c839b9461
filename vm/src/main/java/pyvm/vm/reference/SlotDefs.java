package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.NbOp;

/**
 * The table that ties special methods to type slots: {@code slotdefs} of Objects/typeobject.c. It
 * works both ways. A builtin type's slots appear in its dict as slot wrappers
 * ({@link #addOperators}, CPython's {@code add_operators}), so {@code int.__add__} and
 * {@code super().__init__} exist; and a class's slots are set from the special methods its mro
 * defines ({@link #fixupSlots}, {@code fixup_slot_dispatchers}): an inherited slot wrapper gives the
 * builtin slot itself, a method written in Python gives a dispatcher that calls it ({@link HeapSlots}).
 */
final class SlotDefs {

    private SlotDefs() {}

    /** A slot of {@link PyType}; the binary operators and rich comparisons carry an index too. */
    enum Slot {
        TP_REPR, TP_STR, TP_HASH, TP_CALL, TP_GETATTRO, TP_SETATTRO, TP_RICHCOMPARE, TP_ITER, TP_ITERNEXT,
        TP_DESCR_GET, TP_DESCR_SET, TP_INIT, TP_NEW, NB_BINARY, NB_INPLACE, NB_NEGATIVE, NB_POSITIVE,
        NB_ABSOLUTE, NB_INVERT, NB_INT, NB_FLOAT, NB_INDEX, NB_BOOL, SQ_LENGTH, MP_SUBSCRIPT,
        MP_ASS_SUBSCRIPT, SQ_CONTAINS, SQ_CONCAT, SQ_REPEAT;

        Object get(PyType t, int index) {
            return switch (this) {
                case TP_REPR -> t.tpRepr;
                case TP_STR -> t.tpStr;
                case TP_HASH -> t.tpHash;
                case TP_CALL -> t.tpCall;
                case TP_GETATTRO -> t.tpGetattro;
                case TP_SETATTRO -> t.tpSetattro;
                case TP_RICHCOMPARE -> t.tpRichcompare;
                case TP_ITER -> t.tpIter;
                case TP_ITERNEXT -> t.tpIternext;
                case TP_DESCR_GET -> t.tpDescrGet;
                case TP_DESCR_SET -> t.tpDescrSet;
                case TP_INIT -> t.tpInit;
                case TP_NEW -> t.tpNew;
                case NB_BINARY -> t.nbBinary[index];
                case NB_INPLACE -> t.nbInplace[index];
                case NB_NEGATIVE -> t.nbNegative;
                case NB_POSITIVE -> t.nbPositive;
                case NB_ABSOLUTE -> t.nbAbsolute;
                case NB_INVERT -> t.nbInvert;
                case NB_INT -> t.nbInt;
                case NB_FLOAT -> t.nbFloat;
                case NB_INDEX -> t.nbIndex;
                case NB_BOOL -> t.nbBool;
                case SQ_LENGTH -> t.sqLength;
                case MP_SUBSCRIPT -> t.mpSubscript;
                case MP_ASS_SUBSCRIPT -> t.mpAssSubscript;
                case SQ_CONTAINS -> t.sqContains;
                case SQ_CONCAT -> t.sqConcat;
                case SQ_REPEAT -> t.sqRepeat;
            };
        }

        void set(PyType t, int index, Object f) {
            switch (this) {
                case TP_REPR -> t.tpRepr = (Slots.UnaryFunc) f;
                case TP_STR -> t.tpStr = (Slots.UnaryFunc) f;
                case TP_HASH -> t.tpHash = (Slots.HashFunc) f;
                case TP_CALL -> t.tpCall = (Slots.CallFunc) f;
                case TP_GETATTRO -> t.tpGetattro = (Slots.GetAttroFunc) f;
                case TP_SETATTRO -> t.tpSetattro = (Slots.SetAttroFunc) f;
                case TP_RICHCOMPARE -> t.tpRichcompare = (Slots.RichCmpFunc) f;
                case TP_ITER -> t.tpIter = (Slots.UnaryFunc) f;
                case TP_ITERNEXT -> t.tpIternext = (Slots.IterNextFunc) f;
                case TP_DESCR_GET -> t.tpDescrGet = (Slots.DescrGetFunc) f;
                case TP_DESCR_SET -> t.tpDescrSet = (Slots.DescrSetFunc) f;
                case TP_INIT -> t.tpInit = (Slots.InitProc) f;
                case TP_NEW -> t.tpNew = (Slots.NewFunc) f;
                case NB_BINARY -> t.nbBinary[index] = (Slots.BinaryFunc) f;
                case NB_INPLACE -> t.nbInplace[index] = (Slots.BinaryFunc) f;
                case NB_NEGATIVE -> t.nbNegative = (Slots.UnaryFunc) f;
                case NB_POSITIVE -> t.nbPositive = (Slots.UnaryFunc) f;
                case NB_ABSOLUTE -> t.nbAbsolute = (Slots.UnaryFunc) f;
                case NB_INVERT -> t.nbInvert = (Slots.UnaryFunc) f;
                case NB_INT -> t.nbInt = (Slots.UnaryFunc) f;
                case NB_FLOAT -> t.nbFloat = (Slots.UnaryFunc) f;
                case NB_INDEX -> t.nbIndex = (Slots.UnaryFunc) f;
                case NB_BOOL -> t.nbBool = (Slots.Inquiry) f;
                case SQ_LENGTH -> t.sqLength = (Slots.LenFunc) f;
                case MP_SUBSCRIPT -> t.mpSubscript = (Slots.BinaryFunc) f;
                case MP_ASS_SUBSCRIPT -> t.mpAssSubscript = (Slots.ObjObjArgProc) f;
                case SQ_CONTAINS -> t.sqContains = (Slots.ObjObjProc) f;
                case SQ_CONCAT -> t.sqConcat = (Slots.BinaryFunc) f;
                case SQ_REPEAT -> t.sqRepeat = (Slots.SsizeArgFunc) f;
            }
        }
    }

    /** How a slot wrapper passes Python arguments to its slot ({@code wrap_binaryfunc}, {@code wrap_next}, ...). */
    enum Kind {
        UNARY, BINARY, BINARY_R, POWER, POWER_R, RICHCMP, HASH, CALL, INIT, NEW, LEN, GETITEM, SETITEM, DELITEM,
        CONTAINS, NEXT, GETATTRIBUTE, GETATTR, SETATTR, DELATTR, DESCR_GET, DESCR_SET, DESCR_DELETE, BOOL, REPEAT
    }

    /**
     * One row of {@code slotdefs}: a special method, the slot it fills, and how a wrapper calls the
     * slot. {@code index} is the operator of a NB_* slot or the comparison of a rich comparison.
     */
    record Def(String name, Slot slot, int index, Kind kind) {
        /** {@return which field the row fills: the slot, and for the NB_* arrays the operator} */
        int field() {
            return slot == Slot.NB_BINARY || slot == Slot.NB_INPLACE ? index : 0;
        }

        boolean sameField(Def other) {
            return slot == other.slot && field() == other.field();
        }
    }

    /** The special method names of the NB_* operators, in {@link NbOp} order. */
    private static final String[] BINARY_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or",
            "pow", "rshift", "sub", "truediv", "xor"};

    /** The rows, in slotdefs' order: the first row of a name is the one a builtin's wrapper comes from. */
    static final List<Def> DEFS = table();

    private static List<Def> table() {
        List<Def> t = new ArrayList<>();
        t.add(new Def("__getattribute__", Slot.TP_GETATTRO, 0, Kind.GETATTRIBUTE));
        t.add(new Def("__getattr__", Slot.TP_GETATTRO, 0, Kind.GETATTR));
        t.add(new Def("__setattr__", Slot.TP_SETATTRO, 0, Kind.SETATTR));
        t.add(new Def("__delattr__", Slot.TP_SETATTRO, 0, Kind.DELATTR));
        t.add(new Def("__repr__", Slot.TP_REPR, 0, Kind.UNARY));
        t.add(new Def("__hash__", Slot.TP_HASH, 0, Kind.HASH));
        t.add(new Def("__call__", Slot.TP_CALL, 0, Kind.CALL));
        t.add(new Def("__str__", Slot.TP_STR, 0, Kind.UNARY));
        for (CompareOp op : CompareOp.values()) t.add(new Def(op.dunder, Slot.TP_RICHCOMPARE, op.ordinal(), Kind.RICHCMP));
        t.add(new Def("__iter__", Slot.TP_ITER, 0, Kind.UNARY));
        t.add(new Def("__next__", Slot.TP_ITERNEXT, 0, Kind.NEXT));
        t.add(new Def("__get__", Slot.TP_DESCR_GET, 0, Kind.DESCR_GET));
        t.add(new Def("__set__", Slot.TP_DESCR_SET, 0, Kind.DESCR_SET));
        t.add(new Def("__delete__", Slot.TP_DESCR_SET, 0, Kind.DESCR_DELETE));
        t.add(new Def("__init__", Slot.TP_INIT, 0, Kind.INIT));
        t.add(new Def("__new__", Slot.TP_NEW, 0, Kind.NEW));
        for (int i = 0; i < BINARY_NAMES.length; i++) {
            boolean power = i == NbOp.NB_POWER.ordinal();
            t.add(new Def("__" + BINARY_NAMES[i] + "__", Slot.NB_BINARY, i, power ? Kind.POWER : Kind.BINARY));
            t.add(new Def("__r" + BINARY_NAMES[i] + "__", Slot.NB_BINARY, i, power ? Kind.POWER_R : Kind.BINARY_R));
        }
        for (int i = 0; i < BINARY_NAMES.length; i++)
            t.add(new Def("__i" + BINARY_NAMES[i] + "__", Slot.NB_INPLACE, i, Kind.BINARY));
        t.add(new Def("__neg__", Slot.NB_NEGATIVE, 0, Kind.UNARY));
        t.add(new Def("__pos__", Slot.NB_POSITIVE, 0, Kind.UNARY));
        t.add(new Def("__abs__", Slot.NB_ABSOLUTE, 0, Kind.UNARY));
        t.add(new Def("__bool__", Slot.NB_BOOL, 0, Kind.BOOL));
        t.add(new Def("__invert__", Slot.NB_INVERT, 0, Kind.UNARY));
        t.add(new Def("__int__", Slot.NB_INT, 0, Kind.UNARY));
        t.add(new Def("__float__", Slot.NB_FLOAT, 0, Kind.UNARY));
        t.add(new Def("__index__", Slot.NB_INDEX, 0, Kind.UNARY));
        t.add(new Def("__len__", Slot.SQ_LENGTH, 0, Kind.LEN));
        t.add(new Def("__getitem__", Slot.MP_SUBSCRIPT, 0, Kind.GETITEM));
        t.add(new Def("__setitem__", Slot.MP_ASS_SUBSCRIPT, 0, Kind.SETITEM));
        t.add(new Def("__delitem__", Slot.MP_ASS_SUBSCRIPT, 0, Kind.DELITEM));
        t.add(new Def("__contains__", Slot.SQ_CONTAINS, 0, Kind.CONTAINS));
        t.add(new Def("__add__", Slot.SQ_CONCAT, 0, Kind.BINARY));
        t.add(new Def("__mul__", Slot.SQ_REPEAT, 0, Kind.REPEAT));
        t.add(new Def("__rmul__", Slot.SQ_REPEAT, 0, Kind.REPEAT));
        return List.copyOf(t);
    }

    /** {@code add_operators}: a slot wrapper for each slot the builtin type fills itself. */
    static void addOperators(PyType type) {
        for (Def d : DEFS) {
            Object f = d.slot.get(type, d.field());
            if (f == null || type.dict.containsKey(d.name) || d.kind == Kind.GETATTR) continue;
            if (d.slot == Slot.TP_HASH && f == Py.HASH_NOT_IMPLEMENTED) type.dict.put(d.name, PyNone.NONE);
            else if (d.slot == Slot.TP_NEW) type.dict.put(d.name, HeapSlots.newWrapper(type));
            else type.dict.put(d.name, new PyWrapperDescr(type, d, f));
        }
    }

    /**
     * {@code fixup_slot_dispatchers}: each slot of a class from the special methods its mro
     * defines: nothing, the builtin slot behind an inherited slot wrapper, or a dispatcher.
     */
    static void fixupSlots(PyType type) {
        List<Def> done = new ArrayList<>();
        for (Def d : DEFS) {
            if (done.stream().anyMatch(d::sameField)) continue;
            done.add(d);
            Object specific = null;
            boolean generic = false;
            for (Def same : DEFS) {
                if (!same.sameField(d)) continue;
                PyObject descr = type.lookup(same.name);
                if (descr == null) continue;
                Object builtin = builtinSlot(same, descr);
                if (builtin != null && (specific == null || specific == builtin)) specific = builtin;
                else generic = true;
            }
            d.slot.set(type, d.field(), generic ? HeapSlots.dispatcher(d) : specific);
        }
    }

    /** The builtin slot that an attribute found on a class stands for, or null if it is Python code. */
    private static Object builtinSlot(Def d, PyObject descr) {
        if (descr instanceof PyWrapperDescr w && w.def.sameField(d)) return w.slot;
        if (d.slot == Slot.TP_HASH && descr == PyNone.NONE) return Py.HASH_NOT_IMPLEMENTED;
        if (d.slot == Slot.TP_NEW) return HeapSlots.builtinNew(descr);
        return null;
    }

    /** Calls the slot behind a slot wrapper bound to {@code self} ({@code wrapperdescr_call}). */
    static PyObject callWrapped(Def d, Object slot, PyObject self, PyObject[] args, String[] kwnames) {
        return switch (d.kind) {
            case UNARY -> {
                checkArgs(args, 0);
                yield ((Slots.UnaryFunc) slot).apply(self);
            }
            case BINARY -> ((Slots.BinaryFunc) slot).apply(self, checkArgs(args, 1)[0]);
            case BINARY_R -> ((Slots.BinaryFunc) slot).apply(checkArgs(args, 1)[0], self);
            case POWER, POWER_R -> {
                if (args.length < 1 || args.length > 2)
                    throw PyErr.format(PyExc.TypeError, "expected 1 or 2 arguments, got %d", args.length);
                PyObject base = d.kind == Kind.POWER ? self : args[0], exponent = d.kind == Kind.POWER ? args[0] : self;
                if (args.length == 2 && args[1] != PyNone.NONE) yield BuiltinNumbers.power(base, exponent, args[1]);
                yield ((Slots.BinaryFunc) slot).apply(base, exponent);
            }
            case RICHCMP -> ((Slots.RichCmpFunc) slot).compare(self, checkArgs(args, 1)[0], CompareOp.values()[d.index]);
            case HASH -> {
                checkArgs(args, 0);
                yield PyInt.of(((Slots.HashFunc) slot).hash(self));
            }
            case CALL -> ((Slots.CallFunc) slot).call(self, args, kwnames);
            case INIT -> {
                ((Slots.InitProc) slot).init(self, args, kwnames);
                yield PyNone.NONE;
            }
            case NEW -> throw new IllegalStateException("__new__ is a builtin function, not a slot wrapper");
            case LEN -> {
                checkArgs(args, 0);
                yield PyInt.of(((Slots.LenFunc) slot).length(self));
            }
            case GETITEM -> ((Slots.BinaryFunc) slot).apply(self, checkArgs(args, 1)[0]);
            case SETITEM -> {
                checkArgs(args, 2);
                ((Slots.ObjObjArgProc) slot).assign(self, args[0], args[1]);
                yield PyNone.NONE;
            }
            case DELITEM -> {
                ((Slots.ObjObjArgProc) slot).assign(self, checkArgs(args, 1)[0], null);
                yield PyNone.NONE;
            }
            case CONTAINS -> PyBool.of(((Slots.ObjObjProc) slot).contains(self, checkArgs(args, 1)[0]));
            case NEXT -> {
                checkArgs(args, 0);
                PyObject next = ((Slots.IterNextFunc) slot).next(self);
                if (next == null) throw new PyException(PyErr.newException(PyExc.StopIteration));
                yield next;
            }
            case GETATTRIBUTE, GETATTR -> ((Slots.GetAttroFunc) slot).getattr(self, attributeName(checkArgs(args, 1)[0]));
            case SETATTR -> {
                checkArgs(args, 2);
                ((Slots.SetAttroFunc) slot).setattr(self, attributeName(args[0]), args[1]);
                yield PyNone.NONE;
            }
            case DELATTR -> {
                ((Slots.SetAttroFunc) slot).setattr(self, attributeName(checkArgs(args, 1)[0]), null);
                yield PyNone.NONE;
            }
            case DESCR_GET -> {
                if (args.length < 1 || args.length > 2)
                    throw PyErr.format(PyExc.TypeError, "expected %d argument%s, got %d", 2, "s", args.length);
                PyObject obj = args[0] == PyNone.NONE ? null : args[0];
                PyObject type = args.length == 2 && args[1] != PyNone.NONE ? args[1] : null;
                if (obj == null && type == null) throw PyErr.format(PyExc.TypeError, "__get__(None, None) is invalid");
                yield ((Slots.DescrGetFunc) slot).get(self, obj, type instanceof PyType t ? t : obj.type());
            }
            case DESCR_SET -> {
                checkArgs(args, 2);
                ((Slots.DescrSetFunc) slot).set(self, args[0], args[1]);
                yield PyNone.NONE;
            }
            case DESCR_DELETE -> {
                ((Slots.DescrSetFunc) slot).set(self, checkArgs(args, 1)[0], null);
                yield PyNone.NONE;
            }
            case BOOL -> {
                checkArgs(args, 0);
                yield PyBool.of(((Slots.Inquiry) slot).test(self));
            }
            case REPEAT -> {
                PyObject n = checkArgs(args, 1)[0];
                yield ((Slots.SsizeArgFunc) slot).apply(self, Number.asSsizeT(n, PyExc.OverflowError));
            }
        };
    }

    /** {@code check_num_args}: {@code expected 1 argument, got 0}; {@return the arguments} */
    private static PyObject[] checkArgs(PyObject[] args, int n) {
        if (args.length != n)
            throw PyErr.format(PyExc.TypeError, "expected %d argument%s, got %d", n, n == 1 ? "" : "s", args.length);
        return args;
    }

    private static String attributeName(PyObject name) {
        if (name instanceof PyStr s) return s.value;
        throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%s'", name.type().name);
    }
}
