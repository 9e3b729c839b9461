package pyvm.vm.reference;

/**
 * The {@code import} statement: IMPORT_NAME and IMPORT_FROM, through
 * {@code PyImport_ImportModuleLevelObject} of Python/import.c. For now only modules already in
 * {@code sys.modules} (sys and builtins, which the interpreter makes at startup) and the modules
 * pyvm writes in Java (gc) can be imported: finding and loading modules from files is not here yet,
 * so any other name raises ModuleNotFoundError as CPython does for a module it cannot find.
 */
final class Imports {

    private Imports() {}

    /** IMPORT_NAME: {@code import a.b} gives {@code a}; with a fromlist, {@code a.b} itself. */
    static PyObject importName(ThreadState ts, PyFrame f, PyStr name, PyObject fromlist, PyObject level) {
        if (Number.asSsizeT(level, PyExc.OverflowError) > 0) {
            PyObject pkg = f.globals.get(PyStr.of("__package__"));
            if (!(pkg instanceof PyStr p) || p.value.isEmpty())
                throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        PyModule module = find(ts, name.value);
        boolean hasFromlist = fromlist != PyNone.NONE && Py.isTrue(fromlist);
        int dot = name.value.indexOf('.');
        if (hasFromlist || dot < 0) return module;
        return find(ts, name.value.substring(0, dot));
    }

    private static PyModule find(ThreadState ts, String name) {
        PyObject modules = Py.getAttr(ts.sys, "modules");
        PyObject m = modules instanceof PyDict d ? d.get(PyStr.of(name)) : null;
        if (m instanceof PyModule module) return module;
        PyModule builtin = builtinModule(ts, name);
        if (builtin != null) {
            if (modules instanceof PyDict d) d.put(PyStr.of(name), builtin);
            return builtin;
        }
        PyException e = PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'", name);
        e.value.members.put("name", PyStr.of(name));
        throw e;
    }

    /** The modules written in Java that are made when first imported, as CPython's builtin modules are. */
    private static PyModule builtinModule(ThreadState ts, String name) {
        return switch (name) {
            case "gc" -> GcModule.create(ts);
            case "math" -> MathModule.create();
            default -> null;
        };
    }

    /** IMPORT_FROM: {@code from m import x}; a missing name is an ImportError naming the module. */
    static PyObject importFrom(PyObject module, PyStr name) {
        try {
            return Py.getAttr(module, name.value);
        } catch (PyException e) {
            if (!Py.isInstance(e.value, PyExc.AttributeError)) throw e;
            String moduleName = module instanceof PyModule m ? m.name() : "<unknown module name>";
            PyObject file = module instanceof PyModule m ? m.dict.get(PyStr.of("__file__")) : null;
            String where = file instanceof PyStr s ? s.value : "unknown location";
            PyException missing = PyErr.format(PyExc.ImportError, "cannot import name '%s' from '%s' (%s)",
                    name.value, moduleName, where);
            missing.value.members.put("name", PyStr.of(moduleName));
            throw missing;
        }
    }
}
