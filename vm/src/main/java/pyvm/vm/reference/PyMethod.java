package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * A bound method: a function and the object it was looked up on, {@code PyMethodObject} of
 * Objects/classobject.c. Calling it calls the function with the object first.
 */
final class PyMethod extends PyObject {

    static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, t -> {
        t.tpRepr = o -> {
            PyMethod m = (PyMethod) o;
            String name;
            try {
                name = Py.str(Py.getAttr(m.function, "__qualname__")).value;
            } catch (PyException e) {
                name = "?";
            }
            return PyStr.of("<bound method " + name + " of " + Py.repr(m.self).value + ">");
        };
        t.tpCall = (callable, args, kwnames) -> {
            PyMethod m = (PyMethod) callable;
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = m.self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return Py.call(m.function, withSelf, kwnames);
        };
        t.tpRichcompare = (v, w, op) -> {
            if (!(w instanceof PyMethod b) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.NOT_IMPLEMENTED;
            PyMethod a = (PyMethod) v;
            return PyBool.of((a.function == b.function && a.self == b.self) == (op == CompareOp.EQ));
        };
        t.tpHash = o -> ObjectType.identityHash(((PyMethod) o).self) ^ ObjectType.identityHash(((PyMethod) o).function);
        t.tpGetattro = (o, name) -> {
            try {
                return ObjectType.genericGetAttr(o, name);
            } catch (PyException e) {
                if (!Py.isInstance(e.value, PyExc.AttributeError)) throw e;
                return Py.getAttr(((PyMethod) o).function, name);
            }
        };
        t.dict.put("__func__", new PyGetSetDescr(t, "__func__", o -> ((PyMethod) o).function, null));
        t.dict.put("__self__", new PyGetSetDescr(t, "__self__", o -> ((PyMethod) o).self, null));
    }, TypeFlag.DISALLOW_INSTANTIATION);

    final PyObject function;
    final PyObject self;

    PyMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(function);
        visit.accept(self);
    }
}
