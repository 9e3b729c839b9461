package pyvm.vm.reference;

import pyvm.cfg.NbOp;

/**
 * The operators and methods of {@code set} and {@code frozenset}, from Objects/setobject.c, each
 * building its result in the order CPython's does (which set is walked, which is probed), since
 * that order is what a printed set shows.
 */
final class SetMethods {

    private SetMethods() {}

    static void fill(PyType t, boolean frozen) {
        operator(t, NbOp.NB_OR, SetMethods::union);
        operator(t, NbOp.NB_AND, SetMethods::intersection);
        operator(t, NbOp.NB_SUBTRACT, SetMethods::difference);
        operator(t, NbOp.NB_XOR, SetMethods::symmetricDifference);
        String name = t.name;
        t.addMethod("copy", (self, args, kwnames) -> {
            Args.noArgs(name + ".copy", args, kwnames);
            return frozen && self.type() == PySet.FROZENSET ? self : PySet.make(base(self), self);
        });
        t.addMethod("union", (self, args, kwnames) -> fold(name + ".union", self, args, kwnames, SetMethods::union));
        t.addMethod("intersection", (self, args, kwnames) ->
                fold(name + ".intersection", self, args, kwnames, SetMethods::intersection));
        t.addMethod("difference", (self, args, kwnames) ->
                fold(name + ".difference", self, args, kwnames, SetMethods::difference));
        t.addMethod("symmetric_difference", (self, args, kwnames) ->
                symmetricDifference((PySet) self, Args.one(name + ".symmetric_difference", args, kwnames)));
        t.addMethod("issubset", (self, args, kwnames) ->
                PyBool.of(isSubset((PySet) self, asSet(Args.one(name + ".issubset", args, kwnames)))));
        t.addMethod("issuperset", (self, args, kwnames) ->
                PyBool.of(isSubset(asSet(Args.one(name + ".issuperset", args, kwnames)), (PySet) self)));
        t.addMethod("isdisjoint", (self, args, kwnames) -> {
            PySet other = asSet(Args.one(name + ".isdisjoint", args, kwnames));
            for (PyObject key : ((PySet) self).keys()) if (other.contains(key)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        if (frozen) return;
        t.nbInplace[NbOp.NB_OR.ordinal()] = inplace((s, o) -> s.update(o));
        t.nbInplace[NbOp.NB_AND.ordinal()] = inplace(SetMethods::intersectionUpdate);
        t.nbInplace[NbOp.NB_SUBTRACT.ordinal()] = inplace(SetMethods::differenceUpdate);
        t.nbInplace[NbOp.NB_XOR.ordinal()] = inplace(SetMethods::symmetricDifferenceUpdate);
        t.addMethod("add", (self, args, kwnames) -> {
            ((PySet) self).add(Args.one("set.add", args, kwnames));
            return PyNone.NONE;
        });
        t.addMethod("discard", (self, args, kwnames) -> {
            discard((PySet) self, Args.one("set.discard", args, kwnames));
            return PyNone.NONE;
        });
        t.addMethod("remove", (self, args, kwnames) -> {
            PyObject key = Args.one("set.remove", args, kwnames);
            if (!discard((PySet) self, key)) throw PyErr.setObject(PyExc.KeyError, PyTuple.of(key));
            return PyNone.NONE;
        });
        t.addMethod("pop", (self, args, kwnames) -> {
            Args.noArgs("set.pop", args, kwnames);
            PySet s = (PySet) self;
            if (s.size() == 0) throw PyErr.format(PyExc.KeyError, "pop from an empty set");
            return s.table.pop();
        });
        t.addMethod("clear", (self, args, kwnames) -> {
            Args.noArgs("set.clear", args, kwnames);
            ((PySet) self).table.clear();
            return PyNone.NONE;
        });
        t.addMethod("update", (self, args, kwnames) -> {
            Args.noKeywords("set.update", kwnames);
            for (PyObject other : args) ((PySet) self).update(other);
            return PyNone.NONE;
        });
        mutator(t, "intersection_update", SetMethods::intersectionUpdate);
        mutator(t, "difference_update", SetMethods::differenceUpdate);
        t.addMethod("symmetric_difference_update", (self, args, kwnames) -> {
            symmetricDifferenceUpdate((PySet) self, Args.one("set.symmetric_difference_update", args, kwnames));
            return PyNone.NONE;
        });
    }

    private interface SetOp { PySet apply(PySet a, PyObject b); }

    private interface Update { void apply(PySet a, PyObject b); }

    /** An operator of two sets; anything else gets NotImplemented, as {@code set_or} and friends answer. */
    private static void operator(PyType t, NbOp op, SetOp f) {
        t.nbBinary[op.ordinal()] = (v, w) -> v instanceof PySet a && w instanceof PySet
                ? f.apply(a, w)
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static Slots.BinaryFunc inplace(Update f) {
        return (v, w) -> {
            if (!(w instanceof PySet)) return PyNotImplemented.NOT_IMPLEMENTED;
            f.apply((PySet) v, w);
            return v;
        };
    }

    private static void mutator(PyType t, String name, Update f) {
        t.addMethod(name, (self, args, kwnames) -> {
            Args.noKeywords("set." + name, kwnames);
            for (PyObject other : args) f.apply((PySet) self, other);
            return PyNone.NONE;
        });
    }

    /** {@code set.union(*others)} and friends: the operation applied to each argument in turn. */
    private static PyObject fold(String name, PyObject self, PyObject[] args, String[] kwnames, SetOp f) {
        Args.noKeywords(name, kwnames);
        PySet result = args.length == 0 ? PySet.make(base(self), self) : (PySet) self;
        for (PyObject other : args) result = f.apply(result, other);
        return result;
    }

    /** {@code make_new_set_basetype}: results are plain sets or frozensets, whatever the subclass. */
    private static PyType base(PyObject s) {
        return s.type().isSubtype(PySet.FROZENSET) ? PySet.FROZENSET : PySet.SET;
    }

    private static PySet asSet(PyObject o) {
        return o instanceof PySet s ? s : PySet.make(PySet.SET, o);
    }

    private static PySet union(PySet a, PyObject b) {
        PySet result = PySet.make(base(a), a);
        result.update(b);
        return result;
    }

    /** {@code set_intersection}: walks the smaller set, probing the larger. */
    private static PySet intersection(PySet so, PyObject other) {
        if (so == other) return PySet.make(base(so), so);
        PySet result = new PySet(base(so));
        if (other instanceof PySet o) {
            PySet big = so, small = o;
            if (o.size() > so.size()) {
                big = o;
                small = so;
            }
            for (PyObject key : small.keys()) if (big.contains(key)) result.add(key);
            return result;
        }
        PyObject it = Py.getIter(other);
        for (PyObject key = Py.next(it); key != null; key = Py.next(it)) if (so.contains(key)) result.add(key);
        return result;
    }

    /** {@code set_difference}: a copy pruned, or a walk of this set probing the other, by their sizes. */
    private static PySet difference(PySet so, PyObject other) {
        int otherSize = other instanceof PySet s ? s.size() : other instanceof PyDict d ? d.size() : -1;
        if (otherSize < 0 || (so.size() >> 2) > otherSize) {
            PySet result = PySet.make(base(so), so);
            differenceUpdate(result, other);
            return result;
        }
        PySet result = new PySet(base(so));
        for (PyObject key : so.keys()) {
            boolean inOther = other instanceof PySet s ? s.contains(key) : ((PyDict) other).get(key) != null;
            if (!inOther) result.add(key);
        }
        return result;
    }

    /** {@code set_symmetric_difference}: a copy of the other, updated with this one. */
    private static PySet symmetricDifference(PySet so, PyObject other) {
        PySet result = PySet.make(base(so), other);
        symmetricDifferenceUpdate(result, so);
        return result;
    }

    private static void intersectionUpdate(PySet so, PyObject other) {
        so.table.takeOver(intersection(so, other).table);
    }

    private static void differenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.table.clear();
            return;
        }
        if (other instanceof PySet s) {
            for (PyObject key : s.keys()) discard(so, key);
            return;
        }
        PyObject it = Py.getIter(other);
        for (PyObject key = Py.next(it); key != null; key = Py.next(it)) discard(so, key);
    }

    private static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.table.clear();
            return;
        }
        PySet o = other instanceof PySet s ? s : PySet.make(base(so), other);
        for (PyObject key : o.keys()) if (!discard(so, key)) so.add(key);
    }

    /** {@code set_discard_key}: an unhashable set is looked for as a frozenset. */
    private static boolean discard(PySet so, PyObject key) {
        PyObject probe = key instanceof PySet s && !s.isFrozen() ? PySet.make(PySet.FROZENSET, s) : key;
        return so.table.discard(probe);
    }

    private static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) return false;
        for (PyObject key : a.keys()) if (!b.contains(key)) return false;
        return true;
    }

    /** {@code set_richcompare}: equality and the subset orderings, only against sets. */
    static PyObject richcompare(PyObject v, PyObject w, CompareOp op) {
        if (!(w instanceof PySet b)) return PyNotImplemented.NOT_IMPLEMENTED;
        PySet a = (PySet) v;
        return PyBool.of(switch (op) {
            case EQ -> a.size() == b.size() && isSubset(a, b);
            case NE -> !(a.size() == b.size() && isSubset(a, b));
            case LE -> isSubset(a, b);
            case GE -> isSubset(b, a);
            case LT -> a.size() < b.size() && isSubset(a, b);
            case GT -> a.size() > b.size() && isSubset(b, a);
        });
    }
}
