package pyvm.vm.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import pyvm.assembler.CodeObject;
import pyvm.lexer.PySyntaxError;

/**
 * The {@code import} statement: IMPORT_NAME and IMPORT_FROM, through
 * {@code PyImport_ImportModuleLevelObject} of Python/import.c and what importlib's path finder
 * does for source files. A module is looked for in {@code sys.modules}, then among the modules pyvm
 * writes in Java (gc, math), then as {@code NAME.py} or a package {@code NAME/__init__.py} in each
 * folder of {@code sys.path} (or of the parent package's {@code __path__}); source is compiled by the
 * compiler the interpreter was given and run in the new module.
 */
final class Imports {

    private Imports() {}

    /** IMPORT_NAME: {@code import a.b} gives {@code a}; with a fromlist, {@code a.b} itself. */
    static PyObject importName(ThreadState ts, PyFrame f, PyStr name, PyObject fromlist, PyObject level) {
        long lvl = Number.asSsizeT(level, PyExc.OverflowError);
        String absolute = lvl > 0 ? resolve(f, name.value, lvl) : name.value;
        if (absolute.isEmpty()) throw PyErr.format(PyExc.ValueError, "Empty module name");
        PyObject module = importModule(ts, absolute);
        boolean hasFromlist = fromlist != PyNone.NONE && Py.isTrue(fromlist);
        if (hasFromlist) {
            if (module instanceof PyModule m && m.dict.get(PyStr.of("__path__")) != null)
                for (PyObject item : Py.toArray(fromlist)) importSubmodule(ts, m, Py.str(item).value);
            return module;
        }
        if (lvl == 0) {
            int dot = absolute.indexOf('.');
            return dot < 0 ? module : modules(ts).get(PyStr.of(absolute.substring(0, dot)));
        }
        String relativeTop = name.value.contains(".") ? name.value.substring(0, name.value.indexOf('.')) : name.value;
        return modules(ts).get(PyStr.of(absolute.substring(0, absolute.length() - name.value.length() + relativeTop.length())));
    }

    /** {@code resolve_name}: a relative name against the importing module's package. */
    private static String resolve(PyFrame f, String name, long level) {
        PyObject pkg = f.globals.get(PyStr.of("__package__"));
        String packageName;
        if (pkg instanceof PyStr s) {
            packageName = s.value;
        } else {
            PyObject modName = f.globals.get(PyStr.of("__name__"));
            if (!(modName instanceof PyStr s)) throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
            packageName = f.globals.get(PyStr.of("__path__")) != null ? s.value
                    : s.value.contains(".") ? s.value.substring(0, s.value.lastIndexOf('.')) : "";
        }
        if (packageName.isEmpty())
            throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
        String base = packageName;
        for (long i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw PyErr.format(PyExc.ImportError, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private static PyDict modules(ThreadState ts) {
        PyObject modules = Py.getAttr(ts.sys, "modules");
        if (modules instanceof PyDict d) return d;
        throw PyErr.format(PyExc.RuntimeError, "sys.modules is not a dict");
    }

    /** {@code import_find_and_load}: the module of that absolute name, its parents imported first. */
    static PyObject importModule(ThreadState ts, String name) {
        PyDict modules = modules(ts);
        PyObject found = modules.get(PyStr.of(name));
        if (found != null && found != PyNone.NONE) return found;
        int dot = name.lastIndexOf('.');
        PyObject parent = null;
        PyObject[] path;
        if (dot >= 0) {
            parent = importModule(ts, name.substring(0, dot));
            found = modules.get(PyStr.of(name));
            if (found != null) return found;
            PyObject parentPath = parent instanceof PyModule m ? m.dict.get(PyStr.of("__path__")) : null;
            if (parentPath == null) throw notFound(name, "; '" + name.substring(0, dot) + "' is not a package");
            path = Py.toArray(parentPath);
        } else {
            PyModule builtin = builtinModule(ts, name);
            if (builtin != null) {
                modules.put(PyStr.of(name), builtin);
                return builtin;
            }
            path = Py.toArray(Py.getAttr(ts.sys, "path"));
        }
        String last = name.substring(dot + 1);
        for (PyObject entry : path) {
            if (!(entry instanceof PyStr dir)) continue;
            Path base = Path.of(dir.value.isEmpty() ? "." : dir.value);
            Path pkg = base.resolve(last), init = pkg.resolve("__init__.py"), file = base.resolve(last + ".py");
            if (Files.isRegularFile(init)) return load(ts, name, init, pkg, parent, last);
            if (Files.isRegularFile(file)) return load(ts, name, file, null, parent, last);
        }
        throw notFound(name, "");
    }

    private static PyException notFound(String name, String why) {
        PyException e = PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'%s", name, why);
        e.value.members.put("name", PyStr.of(name));
        return e;
    }

    /** Compiles a module's source and runs it in a new module, which {@code sys.modules} holds from the start. */
    private static PyObject load(ThreadState ts, String name, Path file, Path packageDir, PyObject parent, String last) {
        if (ts.compiler == null)
            throw PyErr.format(PyExc.ImportError, "cannot compile %s: this interpreter was given no compiler", file);
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", String.valueOf(e.getMessage()));
        }
        CodeObject code;
        try {
            code = ts.compiler.compile(source, file.toString());
        } catch (PySyntaxError e) {
            throw new PyException(SyntaxErrors.fromContract(e));
        }
        PyModule module = new PyModule(name, false);
        module.add("__file__", PyStr.of(file.toString()));
        module.add("__cached__", PyNone.NONE);
        module.add("__builtins__", ts.builtins);
        if (packageDir != null) {
            module.add("__path__", PyList.of(PyStr.of(packageDir.toString())));
            module.add("__package__", PyStr.of(name));
        } else {
            module.add("__package__", PyStr.of(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
        }
        PyDict modules = modules(ts);
        modules.put(PyStr.of(name), module);
        try {
            Eval.run(ts, new PyFrame(new PyCode(code), module.dict, ts.builtins.dict, module.dict, ts.frame, null));
        } catch (PyException e) {
            modules.remove(PyStr.of(name));
            throw e;
        }
        PyObject loaded = modules.get(PyStr.of(name));
        if (parent != null) Py.setAttr(parent, last, loaded == null ? module : loaded);
        return loaded == null ? module : loaded;
    }

    /** {@code _handle_fromlist}: {@code from package import name} imports a submodule the package has not. */
    private static void importSubmodule(ThreadState ts, PyModule pkg, String item) {
        if (item.equals("*") || pkg.dict.get(PyStr.of(item)) != null) return;
        String full = pkg.name() + "." + item;
        try {
            importModule(ts, full);
        } catch (PyException e) {
            if (!e.value.type().isSubtype(PyExc.ModuleNotFoundError) || !(e.value.members.get("name") instanceof PyStr n)
                    || !n.value.equals(full)) throw e;
        }
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
    static PyObject importFrom(ThreadState ts, PyObject module, PyStr name) {
        try {
            return Py.getAttr(module, name.value);
        } catch (PyException e) {
            if (!Py.isInstance(e.value, PyExc.AttributeError)) throw e;
        }
        String moduleName = module instanceof PyModule m ? m.name() : "<unknown module name>";
        PyObject submodule = modules(ts).get(PyStr.of(moduleName + "." + name.value));
        if (submodule != null) return submodule;
        PyObject file = module instanceof PyModule m ? m.dict.get(PyStr.of("__file__")) : null;
        String where = file instanceof PyStr s ? s.value : "unknown location";
        PyException missing = PyErr.format(PyExc.ImportError, "cannot import name '%s' from '%s' (%s)",
                name.value, moduleName, where);
        missing.value.members.put("name", PyStr.of(moduleName));
        throw missing;
    }
}
