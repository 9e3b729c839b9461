package pyvm.vm.reference;

import java.util.List;

/**
 * The {@code sys} module, as far as pyvm has it: Python/sysmodule.c's argv, path, the standard
 * streams, modules, maxsize, the recursion limit, exit, exception and exc_info.
 */
final class Sys {

    private Sys() {}

    /** {@return a new sys module for one run} */
    static PyModule create(List<String> argv, List<String> path, PyTextIO stdout, PyTextIO stderr, PyDict modules) {
        PyModule m = new PyModule("sys", true);
        m.add("argv", PyList.of(argv.stream().map(PyStr::of).toArray(PyObject[]::new)));
        m.add("path", PyList.of(path.stream().map(PyStr::of).toArray(PyObject[]::new)));
        m.add("modules", modules);
        m.add("stdout", stdout);
        m.add("stderr", stderr);
        m.add("__stdout__", stdout);
        m.add("__stderr__", stderr);
        m.add("maxsize", PyInt.of(Long.MAX_VALUE));
        m.add("byteorder", PyStr.of("little"));
        m.add("platform", PyStr.of("linux"));
        m.addFunction("getrecursionlimit", (self, args, kwnames) -> {
            Args.noArgs("getrecursionlimit", args, kwnames);
            return PyInt.of(ThreadState.current().recursionLimit);
        });
        m.addFunction("setrecursionlimit", (self, args, kwnames) -> {
            long limit = Number.asSsizeT(Args.one("setrecursionlimit", args, kwnames), PyExc.OverflowError);
            if (limit < 1) throw PyErr.format(PyExc.ValueError, "recursion limit must be greater or equal than 1");
            ThreadState.current().recursionLimit = (int) Math.min(limit, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        m.addFunction("exit", (self, args, kwnames) -> {
            Args.noKeywords("exit", kwnames);
            Args.checkPositional("exit", args.length, 0, 1);
            throw new PyException(PyErr.newException(PyExc.SystemExit, args));
        });
        m.addFunction("exception", (self, args, kwnames) -> {
            Args.noArgs("exception", args, kwnames);
            PyBaseException e = ThreadState.current().handledException();
            return e == null ? PyNone.NONE : e;
        });
        m.addFunction("exc_info", (self, args, kwnames) -> {
            Args.noArgs("exc_info", args, kwnames);
            PyBaseException e = ThreadState.current().handledException();
            if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        return m;
    }
}
