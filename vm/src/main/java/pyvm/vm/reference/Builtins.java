package pyvm.vm.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code builtins} module: Python/bltinmodule.c. It holds the builtin types, constants and
 * exceptions, and the functions that are about objects in general (print, input, len, repr,
 * isinstance, getattr, iter, next, sorted, ...); the numeric ones are in {@link BuiltinNumbers}.
 */
final class Builtins {

    private Builtins() {}

    /** The functions, in CPython's order; the constants, types and exceptions come after them. */
    private static final List<String> FUNCTIONS_BEFORE_CONSTANTS = List.of("abs", "all", "any", "ascii", "bin",
            "callable", "chr", "delattr", "dir", "divmod", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
            "input", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next", "oct", "ord", "pow",
            "print", "repr", "round", "setattr", "sorted", "sum", "vars");

    /**
     * {@return a new builtins module} Each run gets its own, since programs may change it. Names are
     * added in the order CPython's builtins dict has them, which decides ties between suggestions.
     */
    static PyModule create(InputStream stdin) {
        PyModule m = new PyModule("builtins", true);
        m.addFunction("__build_class__", BuildClass::buildClass);
        Map<String, CFunction> functions = new HashMap<>();
        BuiltinNumbers.fill(functions);
        functions.put("callable", (self, args, kwnames) -> PyBool.of(Args.one("callable", args, kwnames).type().tpCall != null));
        functions.put("delattr", (self, args, kwnames) -> {
            Args.noKeywords("delattr", kwnames);
            Args.checkPositional("delattr", args.length, 2, 2);
            Py.setAttr(args[0], attributeName(args[1]), null);
            return PyNone.NONE;
        });
        functions.put("dir", (self, args, kwnames) -> {
            Args.noKeywords("dir", kwnames);
            Args.checkPositional("dir", args.length, 0, 1);
            if (args.length == 0) {
                PyObject scope = locals(ThreadState.current().frame);
                PyList names = PyList.of(Py.toArray(scope));
                Py.call(Py.getAttr(names, "sort"), Args.NONE, Args.NO_KWNAMES);
                return names;
            }
            return PyList.of(Py.dir(args[0]).stream().map(PyStr::of).toArray(PyObject[]::new));
        });
        functions.put("vars", (self, args, kwnames) -> {
            Args.noKeywords("vars", kwnames);
            Args.checkPositional("vars", args.length, 0, 1);
            if (args.length == 0) return locals(ThreadState.current().frame);
            try {
                return Py.getAttr(args[0], "__dict__");
            } catch (PyException e) {
                if (!Py.isInstance(e.value, PyExc.AttributeError)) throw e;
                throw PyErr.format(PyExc.TypeError, "vars() argument must have __dict__ attribute");
            }
        });
        functions.put("format", (self, args, kwnames) -> {
            Args.noKeywords("format", kwnames);
            Args.checkPositional("format", args.length, 1, 2);
            return Py.format(args[0], args.length == 2 ? args[1] : PyStr.EMPTY);
        });
        functions.put("getattr", Builtins::getattr);
        functions.put("globals", (self, args, kwnames) -> {
            Args.noArgs("globals", args, kwnames);
            return ThreadState.current().frame.globals;
        });
        functions.put("hasattr", Builtins::hasattr);
        functions.put("hash", (self, args, kwnames) -> PyInt.of(Py.hash(Args.one("hash", args, kwnames))));
        functions.put("id", (self, args, kwnames) -> PyInt.of(ObjectType.identity(Args.one("id", args, kwnames))));
        functions.put("input", (self, args, kwnames) -> input(args, kwnames, stdin));
        functions.put("isinstance", (self, args, kwnames) -> {
            Args.noKeywords("isinstance", kwnames);
            Args.checkPositional("isinstance", args.length, 2, 2);
            return PyBool.of(classCheck(args[0].type(), args[1], "isinstance() arg 2 must be a type, a tuple of types, or a union"));
        });
        functions.put("issubclass", (self, args, kwnames) -> {
            Args.noKeywords("issubclass", kwnames);
            Args.checkPositional("issubclass", args.length, 2, 2);
            if (!(args[0] instanceof PyType t)) throw PyErr.format(PyExc.TypeError, "issubclass() arg 1 must be a class");
            return PyBool.of(classCheck(t, args[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        });
        functions.put("iter", (self, args, kwnames) -> {
            Args.noKeywords("iter", kwnames);
            Args.checkPositional("iter", args.length, 1, 1);
            return Py.getIter(args[0]);
        });
        functions.put("len", (self, args, kwnames) -> PyInt.of(Py.length(Args.one("len", args, kwnames))));
        functions.put("locals", (self, args, kwnames) -> {
            Args.noArgs("locals", args, kwnames);
            return locals(ThreadState.current().frame);
        });
        functions.put("next", Builtins::next);
        functions.put("print", Builtins::print);
        functions.put("repr", (self, args, kwnames) -> Py.repr(Args.one("repr", args, kwnames)));
        functions.put("setattr", (self, args, kwnames) -> {
            Args.noKeywords("setattr", kwnames);
            Args.checkPositional("setattr", args.length, 3, 3);
            Py.setAttr(args[0], attributeName(args[1]), args[2]);
            return PyNone.NONE;
        });
        functions.put("sorted", Builtins::sorted);
        functions.put("all", (self, args, kwnames) -> {
            PyObject it = Py.getIter(Args.one("all", args, kwnames));
            for (PyObject item = Py.next(it); item != null; item = Py.next(it)) if (!Py.isTrue(item)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        functions.put("any", (self, args, kwnames) -> {
            PyObject it = Py.getIter(Args.one("any", args, kwnames));
            for (PyObject item = Py.next(it); item != null; item = Py.next(it)) if (Py.isTrue(item)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        functions.put("ascii", (self, args, kwnames) -> PyStr.of(Py.ascii(Args.one("ascii", args, kwnames))));
        functions.put("quit", Builtins::exit);
        functions.put("exit", Builtins::exit);
        for (String name : FUNCTIONS_BEFORE_CONSTANTS) m.addFunction(name, functions.get(name));
        m.add("None", PyNone.NONE);
        m.add("Ellipsis", PyEllipsis.ELLIPSIS);
        m.add("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        m.add("False", PyBool.FALSE);
        m.add("True", PyBool.TRUE);
        for (PyType t : new PyType[] {PyBool.TYPE, PyBytes.TYPE, PyStaticMethod.CLASSMETHOD, PyComplex.TYPE, PyDict.TYPE,
                PyIterators.ENUMERATE, PyIterators.FILTER, PyFloat.TYPE, PySet.FROZENSET, PyProperty.TYPE, PyInt.TYPE,
                PyList.TYPE, PyIterators.MAP, PyType.OBJECT, PyRange.TYPE, PyIterators.REVERSED, PySet.SET, PySlice.TYPE,
                PyStaticMethod.STATICMETHOD, PyStr.TYPE, PySuper.TYPE, PyTuple.TYPE, PyType.TYPE, PyIterators.ZIP})
            m.add(t.name, t);
        m.add("__debug__", PyBool.TRUE);
        for (PyType e : PyExc.ALL) m.add(e.name, e);
        m.add("EnvironmentError", PyExc.OSError);
        m.add("IOError", PyExc.OSError);
        m.addFunction("quit", functions.get("quit"));
        m.addFunction("exit", functions.get("exit"));
        return m;
    }

    /** {@code builtin_print}: {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. */
    private static PyObject print(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("print", args, kwnames, "sep", "end", "file", "flush");
        PyObject[] objects = Args.positional(args, kwnames);
        String sep = separator(kw[0], "sep", " "), end = separator(kw[1], "end", "\n");
        PyObject file = kw[2] == null || kw[2] == PyNone.NONE ? Py.getAttr(ThreadState.current().sys, "stdout") : kw[2];
        if (file == PyNone.NONE) return PyNone.NONE;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < objects.length; i++) {
            if (i > 0) text.append(sep);
            text.append(Py.str(objects[i]).value);
        }
        text.append(end);
        if (file instanceof PyTextIO out) out.write(text.toString());
        else Py.call(Py.getAttr(file, "write"), new PyObject[] {PyStr.of(text.toString())}, Args.NO_KWNAMES);
        if (kw[3] != null && Py.isTrue(kw[3])) Py.call(Py.getAttr(file, "flush"), Args.NONE, Args.NO_KWNAMES);
        return PyNone.NONE;
    }

    private static String separator(PyObject v, String name, String otherwise) {
        if (v == null || v == PyNone.NONE) return otherwise;
        if (v instanceof PyStr s) return s.value;
        throw PyErr.format(PyExc.TypeError, "%s must be None or a string, not %s", name, v.type().name);
    }

    /** {@code builtin_input}: the prompt to stdout, then a line of stdin without its newline. */
    private static PyObject input(PyObject[] args, String[] kwnames, InputStream stdin) {
        Args.noKeywords("input", kwnames);
        Args.checkPositional("input", args.length, 0, 1);
        ThreadState ts = ThreadState.current();
        if (args.length == 1) ts.stdout.write(Py.str(args[0]).value);
        ts.stdout.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = stdin.read()) >= 0 && b != '\n') line.write(b);
            if (b < 0 && line.size() == 0) throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", String.valueOf(e.getMessage()));
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return PyStr.of(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }

    /** {@code object_isinstance}/{@code object_issubclass} for a class or a tuple of classes. */
    private static boolean classCheck(PyType type, PyObject cls, String message) {
        if (cls instanceof PyType t) return type.isSubtype(t);
        if (cls instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) if (classCheck(type, tuple.get(i), message)) return true;
            return false;
        }
        throw PyErr.format(PyExc.TypeError, "%s", message);
    }

    private static String attributeName(PyObject name) {
        if (name instanceof PyStr s) return s.value;
        throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%s'", name.type().name);
    }

    /** {@code builtin_getattr}: {@code getattr(o, name[, default])}. */
    private static PyObject getattr(PyObject self, PyObject[] args, String[] kwnames) {
        Args.noKeywords("getattr", kwnames);
        Args.checkPositional("getattr", args.length, 2, 3);
        String name = attributeName(args[1]);
        try {
            return Py.getAttr(args[0], name);
        } catch (PyException e) {
            if (args.length == 3 && Py.isInstance(e.value, PyExc.AttributeError)) return args[2];
            throw e;
        }
    }

    /** {@code builtin_hasattr}: whether getattr succeeds; only an AttributeError means no. */
    private static PyObject hasattr(PyObject self, PyObject[] args, String[] kwnames) {
        Args.noKeywords("hasattr", kwnames);
        Args.checkPositional("hasattr", args.length, 2, 2);
        String name = attributeName(args[1]);
        try {
            Py.getAttr(args[0], name);
            return PyBool.TRUE;
        } catch (PyException e) {
            if (Py.isInstance(e.value, PyExc.AttributeError)) return PyBool.FALSE;
            throw e;
        }
    }

    /** {@code builtin_sorted}: a new list of the items, sorted by {@code list.sort}. */
    private static PyObject sorted(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("sorted", positional.length, 1, 1);
        PyList list = PyList.of(Py.toArray(positional[0]));
        Py.call(Py.getAttr(list, "sort"), Arrays.copyOfRange(args, 1, args.length), kwnames);
        return list;
    }

    /** {@code builtin_next}: {@code next(it[, default])}. */
    private static PyObject next(PyObject self, PyObject[] args, String[] kwnames) {
        Args.noKeywords("next", kwnames);
        Args.checkPositional("next", args.length, 1, 2);
        if (args[0].type().tpIternext == null)
            throw PyErr.format(PyExc.TypeError, "'%s' object is not an iterator", args[0].type().name);
        PyObject item;
        try {
            item = args[0].type().tpIternext.next(args[0]);
        } catch (PyException e) {
            if (args.length == 2 && Py.isInstance(e.value, PyExc.StopIteration)) return args[1];
            throw e;
        }
        if (item != null) return item;
        if (args.length == 2) return args[1];
        throw new PyException(PyErr.newException(PyExc.StopIteration));
    }

    /** {@code locals()}: the namespace of a module or class body, a snapshot of a function's variables (PEP 667). */
    private static PyObject locals(PyFrame f) {
        if (f.locals != null) return f.locals;
        PyDict snapshot = new PyDict();
        Map<String, pyvm.vm.Value> view = new LinkedHashMap<>(f.locals());
        view.forEach((name, value) -> snapshot.put(PyStr.of(name), (PyObject) value));
        return snapshot;
    }

    /** The {@code exit} and {@code quit} that the site module adds: raise SystemExit. */
    private static PyObject exit(PyObject self, PyObject[] args, String[] kwnames) {
        Args.noKeywords("exit", kwnames);
        Args.checkPositional("exit", args.length, 0, 1);
        throw new PyException(PyErr.newException(PyExc.SystemExit, args));
    }
}
