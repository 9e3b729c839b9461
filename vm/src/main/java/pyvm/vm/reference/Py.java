package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The object protocol: the {@code PyObject_*} functions of Objects/object.c and Objects/abstract.c
 * that every part of the interpreter uses to act on an object through its type's slots ({@code repr},
 * {@code str}, truth, hashing, comparison, attributes, items, length, iteration, calls), with the
 * fallbacks and error messages CPython has.
 */
final class Py {

    private Py() {}

    /** {@code PyObject_Repr}. */
    static PyStr repr(PyObject o) {
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" while getting the repr of an object");
        try {
            PyObject r = o.type().tpRepr.apply(o);
            if (r instanceof PyStr s) return s;
            throw PyErr.format(PyExc.TypeError, "__repr__ returned non-string (type %s)", r.type().name);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** {@code PyObject_Str}. */
    static PyStr str(PyObject o) {
        if (o.type() == PyStr.TYPE) return (PyStr) o;
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" while getting the str of an object");
        try {
            PyObject r = o.type().tpStr.apply(o);
            if (r instanceof PyStr s) return s;
            throw PyErr.format(PyExc.TypeError, "__str__ returned non-string (type %s)", r.type().name);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** {@code PyObject_ASCII}: the repr with every non-ASCII code point escaped. */
    static String ascii(PyObject o) {
        String r = repr(o).value;
        StringBuilder out = new StringBuilder(r.length());
        r.codePoints().forEach(cp -> {
            if (cp < 128) out.append((char) cp);
            else if (cp <= 0xff) out.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) out.append(String.format("\\u%04x", cp));
            else out.append(String.format("\\U%08x", cp));
        });
        return out.toString();
    }

    /** {@code PyObject_Format}: the type's {@code __format__}, except for the str and int fast paths. */
    static PyStr format(PyObject value, PyObject spec) {
        if (spec instanceof PyStr s && s.value.isEmpty()) {
            if (value.type() == PyStr.TYPE) return (PyStr) value;
            if (value.type() == PyInt.TYPE) return str(value);
        }
        PyObject method = value.type().lookup("__format__");
        if (method == null) throw PyErr.format(PyExc.TypeError, "Type %s doesn't define __format__", value.type().name);
        PyObject r = callSpecial(method, value, spec);
        if (r instanceof PyStr str) return str;
        throw PyErr.format(PyExc.TypeError, "__format__ must return a str, not %s", r.type().name);
    }

    /** Calls a special method found on the type, bound to {@code self} as {@code _PyObject_LookupSpecial} binds it. */
    static PyObject callSpecial(PyObject method, PyObject self, PyObject... args) {
        Slots.DescrGetFunc get = method.type().tpDescrGet;
        PyObject bound = get == null ? method : get.get(method, self, self.type());
        return call(bound, args, Args.NO_KWNAMES);
    }

    /** {@code PyObject_IsTrue}: nb_bool, else a length, else true. */
    static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        PyType t = o.type();
        if (t.nbBool != null) return t.nbBool.test(o);
        if (t.sqLength != null) return t.sqLength.length(o) > 0;
        return true;
    }

    /** {@code PyObject_Hash}. */
    static long hash(PyObject o) {
        Slots.HashFunc f = o.type().tpHash;
        if (f == null) throw hashNotImplemented(o);
        return f.hash(o);
    }

    /** {@code PyObject_HashNotImplemented}: the tp_hash of unhashable types, which {@code __hash__ = None} stands for. */
    static final Slots.HashFunc HASH_NOT_IMPLEMENTED = o -> { throw hashNotImplemented(o); };

    /** {@return the error of {@code PyObject_HashNotImplemented}, the tp_hash of unhashable types} */
    static PyException hashNotImplemented(PyObject o) {
        return PyErr.format(PyExc.TypeError, "unhashable type: '%s'", o.type().name);
    }

    /**
     * {@code PyObject_RichCompare} ({@code do_richcompare}): the right operand's reflected method
     * first if its type derives from the left's, then the left's, then the right's; {@code ==} and
     * {@code !=} fall back to identity, the orderings raise TypeError.
     */
    static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (v instanceof PyInt a && w instanceof PyInt b && isExactInt(a) && isExactInt(b)) return PyBool.of(op.holds(a.compareTo(b)));
        if (v.type() == PyStr.TYPE && w.type() == PyStr.TYPE) return PyStr.TYPE.tpRichcompare.compare(v, w, op);
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" in comparison");
        try {
            PyType vt = v.type(), wt = w.type();
            boolean checkedReverse = false;
            if (vt != wt && wt.isSubtype(vt) && wt.tpRichcompare != null) {
                checkedReverse = true;
                PyObject r = wt.tpRichcompare.compare(w, v, op.swapped());
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            }
            if (vt.tpRichcompare != null) {
                PyObject r = vt.tpRichcompare.compare(v, w, op);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            }
            if (!checkedReverse && wt.tpRichcompare != null) {
                PyObject r = wt.tpRichcompare.compare(w, v, op.swapped());
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            }
            return switch (op) {
                case EQ -> PyBool.of(v == w);
                case NE -> PyBool.of(v != w);
                case LT, LE, GT, GE -> throw PyErr.format(PyExc.TypeError,
                        "'%s' not supported between instances of '%s' and '%s'", op.symbol, vt.name, wt.name);
            };
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** An int or bool, whose comparison cannot recurse or be overridden: compared without the recursion guard, as strs are. */
    private static boolean isExactInt(PyObject o) {
        PyType t = o.type();
        return t == PyInt.TYPE || t == PyBool.TYPE;
    }

    /** {@code PyObject_RichCompareBool}: identity implies equality, as containers assume. */
    static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) return true;
            if (op == CompareOp.NE) return false;
        }
        return isTrue(richCompare(v, w, op));
    }

    /** {@code PyObject_GetAttr}. */
    static PyObject getAttr(PyObject o, String name) {
        return o.type().tpGetattro.getattr(o, name);
    }

    /** {@code PyObject_SetAttr}; a null value deletes. */
    static void setAttr(PyObject o, String name, PyObject value) {
        o.type().tpSetattro.setattr(o, name, value);
    }

    /** {@code PyObject_GetItem}. */
    static PyObject getItem(PyObject o, PyObject key) {
        Slots.BinaryFunc f = o.type().mpSubscript;
        if (f == null) {
            if (o instanceof PyType t) throw PyErr.format(PyExc.TypeError, "type '%s' is not subscriptable", t.name);
            throw PyErr.format(PyExc.TypeError, "'%s' object is not subscriptable", o.type().name);
        }
        return f.apply(o, key);
    }

    /** {@code PyObject_SetItem}, and {@code PyObject_DelItem} when {@code value} is null. */
    static void setItem(PyObject o, PyObject key, PyObject value) {
        Slots.ObjObjArgProc f = o.type().mpAssSubscript;
        if (f == null)
            throw value == null
                    ? PyErr.format(PyExc.TypeError, "'%s' object doesn't support item deletion", o.type().name)
                    : PyErr.format(PyExc.TypeError, "'%s' object does not support item assignment", o.type().name);
        f.assign(o, key, value);
    }

    /** {@code PyObject_Size}. */
    static long length(PyObject o) {
        Slots.LenFunc f = o.type().sqLength;
        if (f == null) throw PyErr.format(PyExc.TypeError, "object of type '%s' has no len()", o.type().name);
        return f.length(o);
    }

    /** {@code PyObject_GetIter}: tp_iter, or the old protocol of {@code __getitem__} from 0. */
    static PyObject getIter(PyObject o) {
        Slots.UnaryFunc f = o.type().tpIter;
        if (f == null) {
            if (o.type().mpSubscript != null && !(o instanceof PyDict)) return new PySeqIter(PySeqIter.ITERATOR, o);
            throw PyErr.format(PyExc.TypeError, "'%s' object is not iterable", o.type().name);
        }
        PyObject it = f.apply(o);
        if (it.type().tpIternext == null)
            throw PyErr.format(PyExc.TypeError, "iter() returned non-iterator of type '%s'", it.type().name);
        return it;
    }

    /**
     * {@code PyIter_Next}: the next item, or null when the iterator is exhausted, which an iterator
     * may also say by raising StopIteration.
     */
    static PyObject next(PyObject iterator) {
        try {
            return iterator.type().tpIternext.next(iterator);
        } catch (PyException e) {
            if (isInstance(e.value, PyExc.StopIteration)) return null;
            throw e;
        }
    }

    /** {@code PySequence_Contains}: sq_contains, else a search by iteration. */
    static boolean contains(PyObject container, PyObject value) {
        Slots.ObjObjProc f = container.type().sqContains;
        if (f != null) return f.contains(container, value);
        if (container.type().tpIter == null && container.type().mpSubscript == null)
            throw PyErr.format(PyExc.TypeError, "argument of type '%s' is not iterable", container.type().name);
        PyObject it = getIter(container);
        for (PyObject item = next(it); item != null; item = next(it))
            if (richCompareBool(item, value, CompareOp.EQ)) return true;
        return false;
    }

    /** {@code PyObject_Vectorcall}: positional arguments, then the values of the keywords {@code kwnames}. */
    static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        Slots.CallFunc f = callable.type().tpCall;
        if (f == null) throw PyErr.format(PyExc.TypeError, "'%s' object is not callable", callable.type().name);
        return f.call(callable, args, kwnames);
    }

    /** {@code PyObject_IsInstance} for a class (not yet a tuple of classes or {@code __instancecheck__}). */
    static boolean isInstance(PyObject o, PyType cls) {
        return o.type().isSubtype(cls);
    }

    /**
     * {@return {@code dir(o)}, sorted} As {@code object.__dir__} and {@code type.__dir__} answer:
     * the instance's {@code __dict__} and the attributes of its type and the type's bases; for a
     * class, its own and its bases' attributes.
     */
    static List<String> dir(PyObject o) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        PyDict dict = o.instanceDict();
        if (dict != null) for (PyDict.Key k : dict.map.keySet()) if (k.object instanceof PyStr s) names.add(s.value);
        for (PyType t : (o instanceof PyType type ? type : o.type()).mro) names.addAll(t.dict.keySet());
        return new ArrayList<>(names);
    }

    /** {@return the items of an iterable, as {@code PySequence_Fast} and {@code tuple(o)} gather them} */
    static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) return t.items();
        if (iterable instanceof PyList l) return l.toArray();
        List<PyObject> items = new ArrayList<>();
        PyObject it = getIter(iterable);
        for (PyObject item = next(it); item != null; item = next(it)) items.add(item);
        return items.toArray(new PyObject[0]);
    }
}
