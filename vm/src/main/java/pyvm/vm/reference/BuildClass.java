package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code class} statement's helper, {@code __build_class__} of Python/bltinmodule.c: it finds the
 * metaclass, asks it for a namespace ({@code __prepare__}), runs the class body in that namespace, and
 * calls the metaclass with the name, the bases and the filled namespace.
 */
final class BuildClass {

    private BuildClass() {}

    /** {@code builtin___build_class__(func, name, *bases, metaclass=None, **kwds)}. */
    static PyObject buildClass(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] positional = Args.positional(args, kwnames);
        if (positional.length < 2) throw PyErr.format(PyExc.TypeError, "__build_class__: not enough arguments");
        if (!(positional[0] instanceof PyFunction body)) throw PyErr.format(PyExc.TypeError, "__build_class__: func must be a function");
        if (!(positional[1] instanceof PyStr name)) throw PyErr.format(PyExc.TypeError, "__build_class__: name is not a string");
        PyObject[] bases = Arrays.copyOfRange(positional, 2, positional.length);
        PyObject meta = null;
        List<String> keywords = new ArrayList<>();
        List<PyObject> values = new ArrayList<>();
        for (int k = 0; k < kwnames.length; k++) {
            PyObject v = args[positional.length + k];
            if (kwnames[k].equals("metaclass")) meta = v;
            else {
                keywords.add(kwnames[k]);
                values.add(v);
            }
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
        if (isClass) {
            List<PyType> baseTypes = new ArrayList<>();
            for (PyObject b : bases) if (b instanceof PyType t) baseTypes.add(t);
            meta = TypeNew.calculateMetaclass((PyType) meta, baseTypes);
        }
        String[] kw = keywords.toArray(new String[0]);
        PyObject namespace = prepare(meta, name, bases, values, kw);
        ThreadState ts = ThreadState.current();
        PyFrame frame = new PyFrame(body.code, body.globals, Calls.builtinsOf(ts, body.globals), (PyDict) namespace, ts.frame, body);
        PyObject cell = Eval.run(ts, frame);
        List<PyObject> call = new ArrayList<>(List.of(name, PyTuple.of(bases), namespace));
        call.addAll(values);
        PyObject cls = Py.call(meta, call.toArray(new PyObject[0]), kw);
        if (cls instanceof PyType && cell instanceof PyCell c && c.contents != cls) {
            if (c.contents == null)
                throw PyErr.format(PyExc.RuntimeError, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                        Py.repr(name).value, Py.repr(cls).value);
            throw PyErr.format(PyExc.TypeError, "__class__ set to %s defining %s as %s",
                    Py.repr(c.contents).value, Py.repr(name).value, Py.repr(cls).value);
        }
        return cls;
    }

    /** {@code __prepare__}: the metaclass's namespace, or a new dict. */
    private static PyObject prepare(PyObject meta, PyStr name, PyObject[] bases, List<PyObject> values, String[] kw) {
        PyObject prepare;
        try {
            prepare = Py.getAttr(meta, "__prepare__");
        } catch (PyException e) {
            if (!Py.isInstance(e.value, PyExc.AttributeError)) throw e;
            return new PyDict();
        }
        List<PyObject> call = new ArrayList<>(List.of(name, PyTuple.of(bases)));
        call.addAll(values);
        PyObject ns = Py.call(prepare, call.toArray(new PyObject[0]), kw);
        if (!(ns instanceof PyDict))
            throw PyErr.format(PyExc.TypeError, "%s.__prepare__() must return a mapping, not %s",
                    meta instanceof PyType t ? t.name : "<metaclass>", ns.type().name);
        return ns;
    }
}
