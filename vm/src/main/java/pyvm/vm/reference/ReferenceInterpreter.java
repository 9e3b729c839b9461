package pyvm.vm.reference;

import pyvm.assembler.CodeObject;
import pyvm.vm.Config;
import pyvm.vm.Interpreter;

/**
 * The reference interpreter, read in class: CPython's {@code Py_RunMain} for a script, in Java.
 *
 * <h2>A tour</h2>
 * <ol>
 *   <li>{@link #run} builds what {@code Py_Initialize} builds: the {@link Builtins builtins} and
 *       {@link Sys sys} modules, the standard streams ({@link PyTextIO}), and a {@link ThreadState}
 *       for the one thread that runs Python code. It runs on a thread of its own with a large Java
 *       stack, so that Python's recursion limit, not Java's stack, is what deep recursion meets.</li>
 *   <li>The module's code object becomes a {@link PyCode} (decoded once), and runs in a
 *       {@link PyFrame} whose globals are the {@code __main__} module's dict, through the
 *       interpreter loop in {@link Eval}.</li>
 *   <li>Every Python object is a {@link PyObject} whose behaviour is its {@link PyType}'s slots, as in
 *       Objects/: {@link PyInt}, {@link PyStr}, {@link PyList}, {@link PyDict}, {@link PyFunction}, ...
 *       {@link Py} and {@link Number} are the abstract object protocol that the loop calls.</li>
 *   <li>A Python exception is a Java {@link PyException}; frames catch it, consult their exception
 *       tables, and add traceback entries. One that reaches the top is printed by
 *       {@link TracebackPrinter} as CPython prints it, or, for SystemExit, decides the exit status
 *       ({@code _Py_HandleSystemExit}).</li>
 * </ol>
 */
public final class ReferenceInterpreter implements Interpreter {

    /** The name this implementation is selected by. */
    public static final String NAME = "reference";

    /** The Java stack of the thread that runs Python code: room for 1000 Python frames and more. */
    private static final long STACK_SIZE = 1L << 30;

    /** The constructor ServiceLoader calls. */
    public ReferenceInterpreter() {}

    @Override public String name() {
        return NAME;
    }

    @Override public int run(CodeObject code, Config config) {
        int[] status = {1};
        Thread main = new Thread(null, () -> {
            try {
                status[0] = runMain(code, config);
            } catch (RuntimeException | Error e) {
                status[0] = fatalError(config, e);
            }
        }, "pyvm-main", STACK_SIZE);
        main.setDaemon(true);
        main.start();
        while (true) {
            try {
                main.join();
                return status[0];
            } catch (InterruptedException e) {
                main.interrupt();
            }
        }
    }

    /**
     * {@code Py_FatalError}: a failure of the interpreter itself (a bug in pyvm, not in the program) is
     * reported on stderr with the Java stack, which is what whoever fixes it needs; the status is 1.
     */
    private static int fatalError(Config config, Throwable e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        try {
            config.stderr().write(("Fatal Python error: pyvm failed: " + trace).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            config.stderr().flush();
        } catch (java.io.IOException ignored) {
            // stderr itself failed: the status is all that is left to report
        }
        return 1;
    }

    /** {@code pymain_run_python} and {@code Py_FinalizeEx}: run, report, flush, collect. */
    private static int runMain(CodeObject code, Config config) {
        PyTextIO stdout = new PyTextIO(config.stdout(), false);
        PyTextIO stderr = new PyTextIO(config.stderr(), true);
        PyDict modules = new PyDict();
        PyModule builtins = Builtins.create(config.stdin());
        PyModule sys = Sys.create(config.argv(), config.path(), stdout, stderr, modules);
        PyModule main = new PyModule("__main__", false);
        main.add("__annotations__", new PyDict());
        main.add("__builtins__", builtins);
        main.add("__file__", PyStr.of(code.coFilename()));
        main.add("__cached__", PyNone.NONE);
        modules.put(PyStr.of("builtins"), builtins);
        modules.put(PyStr.of("sys"), sys);
        modules.put(PyStr.of("__main__"), main);
        TracebackPrinter printer = new TracebackPrinter(new LineCache(config.path()), new CaretAnchors(config.compiler()));
        ThreadState ts = new ThreadState(builtins, sys, stdout, stderr, config.gc(), config.observer(), printer, config.compiler());
        ts.attach();
        int status;
        try {
            status = runModule(ts, code, main, printer);
            flush(stdout);
            finalizeModules(ts, main);
            flush(stdout);
        } finally {
            stderr.flushQuietly();
            ts.detach();
        }
        return status;
    }

    private static int runModule(ThreadState ts, CodeObject code, PyModule main, TracebackPrinter printer) {
        try {
            try {
                Eval.run(ts, new PyFrame(new PyCode(code), main.dict, ts.builtins.dict, main.dict, null, null));
                return 0;
            } catch (StackOverflowError e) {
                throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
            } catch (OutOfMemoryError e) {
                throw PyErr.noMemory();
            }
        } catch (PyException e) {
            return uncaught(ts, e.value, printer);
        }
    }

    /** {@code PyErr_Print}: SystemExit sets the exit status; anything else is printed and gives 1. */
    private static int uncaught(ThreadState ts, PyBaseException e, TracebackPrinter printer) {
        if (e.type().isSubtype(PyExc.SystemExit)) {
            PyObject code = e.members.getOrDefault("code", PyNone.NONE);
            if (code == PyNone.NONE) return 0;
            if (code instanceof PyInt i) return i.value().intValue() & 0xff;
            flush(ts.stdout);
            ts.stderr.write(safeStr(code) + "\n");
            return 1;
        }
        flush(ts.stdout);
        try {
            ts.stderr.write(printer.format(e));
        } catch (PyException failed) {
            ts.stderr.write("Error in sys.excepthook:\n" + e.type().name + "\n");
        }
        return 1;
    }

    private static String safeStr(PyObject o) {
        try {
            return Py.str(o).value;
        } catch (PyException e) {
            return "<object str() failed>";
        }
    }

    /** Flushes a stream, reporting a failure as CPython reports one at exit. */
    private static void flush(PyTextIO stream) {
        try {
            stream.flush();
        } catch (PyException e) {
            ThreadState.current().stderr.write("Exception ignored on flushing sys.stdout:\n");
        }
    }

    /**
     * {@code finalize_modules} of Python/pylifecycle.c, as far as a program sees it: a collection
     * for the garbage cycles, then {@code __main__}'s variables let go one by one in the order they
     * were made, as freeing its dict does, each object finalized when nothing else holds it.
     */
    private static void finalizeModules(ThreadState ts, PyModule main) {
        try {
            ts.gc.collect(2, ts.roots());
            for (PyDict.Key name : new java.util.ArrayList<>(main.dict.map.keySet())) {
                main.dict.map.remove(name);
                ts.gc.collect(2, ts.roots());
            }
        } catch (PyException e) {
            Unraisable.write(e.value, main);
        }
    }
}
