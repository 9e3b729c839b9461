package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pyvm.cfg.NbOp;

/**
 * A type object: {@code PyTypeObject} (Include/cpython/object.h, Objects/typeobject.c). Its slots are
 * Java fields named as in C ({@code tpRepr} is {@code tp_repr}, {@code nbBinary[NB_ADD]} is
 * {@code nb_add}); a builtin type fills them once, and {@link #ready()} copies the ones it leaves empty
 * from its base, as {@code PyType_Ready}'s {@code inherit_slots} does. Its dict holds the attributes
 * Python code sees: methods, descriptors, class variables.
 *
 * <p>The two types everything starts from, {@code object} and {@code type}, are made here, first,
 * so that every other builtin type can name them as base and metatype.
 */
final class PyType extends PyObject {

    /** {@code object}: the root of every type's mro. */
    static final PyType OBJECT = new PyType(null, "object", List.of(), null, null, EnumSet.of(TypeFlag.BASETYPE));
    /** {@code type}: the type of every type. */
    static final PyType TYPE = new PyType(null, "type", List.of(OBJECT), OBJECT, null, EnumSet.of(TypeFlag.BASETYPE));

    static {
        ObjectType.fillSlots(OBJECT);
        OBJECT.ready();
        TypeType.fillSlots(TYPE);
        TYPE.ready();
    }

    /** {@code __name__}, and {@code tp_name}, which error messages print. */
    final String name;
    /** {@code __qualname__}: the name with the classes and functions it is nested in. */
    private String qualname;
    /** {@code __base__}: the base whose instance layout this type's instances have; null only for object. */
    final PyType base;
    /** {@code __bases__}. */
    final List<PyType> bases;
    /** {@code __mro__}: this type, then its bases in method resolution order. */
    final List<PyType> mro;
    /** {@code __dict__}: the attributes defined on this type itself. */
    final Map<String, PyObject> dict = new LinkedHashMap<>();
    final EnumSet<TypeFlag> flags;
    /** The type of this type, for a class made by a metaclass; null for {@code type} itself. */
    private final PyType metatype;

    Slots.UnaryFunc tpRepr;
    Slots.UnaryFunc tpStr;
    Slots.HashFunc tpHash;
    Slots.RichCmpFunc tpRichcompare;
    Slots.CallFunc tpCall;
    Slots.GetAttroFunc tpGetattro;
    Slots.SetAttroFunc tpSetattro;
    Slots.DescrGetFunc tpDescrGet;
    Slots.DescrSetFunc tpDescrSet;
    Slots.UnaryFunc tpIter;
    Slots.IterNextFunc tpIternext;
    Slots.NewFunc tpNew;
    Slots.InitProc tpInit;
    /** nb_add to nb_xor, indexed by the ordinal of their {@link NbOp}; may answer NotImplemented. */
    final Slots.BinaryFunc[] nbBinary = new Slots.BinaryFunc[NbOp.NB_INPLACE_ADD.ordinal()];
    /** nb_inplace_add to nb_inplace_xor, indexed like {@link #nbBinary}. */
    final Slots.BinaryFunc[] nbInplace = new Slots.BinaryFunc[NbOp.NB_INPLACE_ADD.ordinal()];
    Slots.UnaryFunc nbNegative;
    Slots.UnaryFunc nbPositive;
    Slots.UnaryFunc nbAbsolute;
    Slots.UnaryFunc nbInvert;
    Slots.UnaryFunc nbInt;
    Slots.UnaryFunc nbFloat;
    Slots.UnaryFunc nbIndex;
    Slots.Inquiry nbBool;
    /** sq_length and mp_length in one: len() asks for either. */
    Slots.LenFunc sqLength;
    Slots.BinaryFunc sqConcat;
    Slots.SsizeArgFunc sqRepeat;
    Slots.ObjObjProc sqContains;
    Slots.BinaryFunc mpSubscript;
    Slots.ObjObjArgProc mpAssSubscript;

    /**
     * @param mroTail the mro after this type; null for a single base's mro, as builtin types have
     */
    private PyType(PyType metatype, String name, List<PyType> bases, PyType base, List<PyType> mroTail, EnumSet<TypeFlag> flags) {
        this.metatype = metatype;
        this.name = name;
        this.qualname = name;
        this.bases = List.copyOf(bases);
        this.base = base;
        this.flags = flags;
        List<PyType> order = new ArrayList<>();
        order.add(this);
        if (mroTail != null) order.addAll(mroTail);
        else if (base != null) order.addAll(base.mro);
        this.mro = List.copyOf(order);
    }

    /**
     * {@return a class, as {@code type_new} makes one} Its slots are set afterwards from its dict and
     * mro by {@link SlotDefs#fixupSlots}.
     */
    static PyType heap(PyType metatype, String name, String qualname, List<PyType> bases, PyType base, List<PyType> mroTail) {
        PyType t = new PyType(metatype == TYPE ? null : metatype, name, bases, base, mroTail,
                EnumSet.of(TypeFlag.BASETYPE, TypeFlag.HEAPTYPE));
        t.qualname = qualname;
        return t;
    }

    /** {@return {@code __qualname__}} */
    String qualname() {
        return qualname;
    }

    /** {@return {@code __module__}: {@code builtins} for a builtin type, the defining module's name for a class} */
    String module() {
        if (!flags.contains(TypeFlag.HEAPTYPE)) return "builtins";
        return dict.get("__module__") instanceof PyStr s ? s.value : "builtins";
    }

    /**
     * {@return a static builtin type, as a {@code PyTypeObject} literal and {@code PyType_Ready} make
     * it} The slots are filled by {@code slots}; the rest are inherited from {@code base}.
     */
    static PyType builtin(String name, PyType base, Consumer<PyType> slots, TypeFlag... flags) {
        EnumSet<TypeFlag> set = EnumSet.noneOf(TypeFlag.class);
        set.addAll(List.of(flags));
        PyType type = new PyType(null, name, List.of(base), base, null, set);
        slots.accept(type);
        type.ready();
        return type;
    }

    @Override PyType type() {
        return metatype != null ? metatype : TYPE;
    }

    @Override public void traverse(java.util.function.Consumer<? super pyvm.gc.Traversable> visit) {
        dict.values().forEach(visit);
        bases.forEach(visit);
        mro.forEach(visit);
    }

    boolean isHeapType() {
        return flags.contains(TypeFlag.HEAPTYPE);
    }

    /** {@return whether this type is {@code other} or derives from it: {@code PyType_IsSubtype}} */
    boolean isSubtype(PyType other) {
        return this == other || mro.contains(other);
    }

    /** {@return the attribute found first along the mro, or null: {@code _PyType_Lookup}} */
    PyObject lookup(String attribute) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(attribute);
            if (v != null) return v;
        }
        return null;
    }

    /** Adds a method written in Java, as a {@code PyMethodDef} entry of {@code tp_methods} does. */
    void addMethod(String methodName, CFunction body) {
        dict.put(methodName, new PyMethodDescr(this, methodName, body));
    }

    /**
     * {@code PyType_Ready} for a builtin type: its own slots become {@code __add__}-style entries of
     * its dict ({@code add_operators}), then {@code inherit_slots}: every slot it leaves empty is its
     * base's.
     */
    private void ready() {
        SlotDefs.addOperators(this);
        if (base == null) return;
        if (tpRepr == null) tpRepr = base.tpRepr;
        if (tpStr == null) tpStr = base.tpStr;
        if (tpHash == null && tpRichcompare == null) {
            tpHash = base.tpHash;
            tpRichcompare = base.tpRichcompare;
        }
        if (tpCall == null) tpCall = base.tpCall;
        if (tpGetattro == null) tpGetattro = base.tpGetattro;
        if (tpSetattro == null) tpSetattro = base.tpSetattro;
        if (tpDescrGet == null) tpDescrGet = base.tpDescrGet;
        if (tpDescrSet == null) tpDescrSet = base.tpDescrSet;
        if (tpIter == null) tpIter = base.tpIter;
        if (tpIternext == null) tpIternext = base.tpIternext;
        if (tpNew == null && !flags.contains(TypeFlag.DISALLOW_INSTANTIATION)) tpNew = base.tpNew;
        if (tpInit == null) tpInit = base.tpInit;
        for (int i = 0; i < nbBinary.length; i++) {
            if (nbBinary[i] == null) nbBinary[i] = base.nbBinary[i];
            if (nbInplace[i] == null) nbInplace[i] = base.nbInplace[i];
        }
        if (nbNegative == null) nbNegative = base.nbNegative;
        if (nbPositive == null) nbPositive = base.nbPositive;
        if (nbAbsolute == null) nbAbsolute = base.nbAbsolute;
        if (nbInvert == null) nbInvert = base.nbInvert;
        if (nbInt == null) nbInt = base.nbInt;
        if (nbFloat == null) nbFloat = base.nbFloat;
        if (nbIndex == null) nbIndex = base.nbIndex;
        if (nbBool == null) nbBool = base.nbBool;
        if (sqLength == null) sqLength = base.sqLength;
        if (sqConcat == null) sqConcat = base.sqConcat;
        if (sqRepeat == null) sqRepeat = base.sqRepeat;
        if (sqContains == null) sqContains = base.sqContains;
        if (mpSubscript == null) mpSubscript = base.mpSubscript;
        if (mpAssSubscript == null) mpAssSubscript = base.mpAssSubscript;
    }
}
