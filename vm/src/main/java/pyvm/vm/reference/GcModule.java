package pyvm.vm.reference;

import pyvm.gc.CollectionObserver;

/**
 * The {@code gc} module, Modules/gcmodule.c: the program's handle on the memory manager the
 * interpreter was given. {@code gc.callbacks} hears every collection through a
 * {@link CollectionObserver}, with CPython's phases and info dict.
 */
final class GcModule {

    private GcModule() {}

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("gc", true);
        PyList callbacks = PyList.of();
        m.add("callbacks", callbacks);
        ts.gc.addObserver(new CollectionObserver() {
            @Override public void started(int generation) {
                invokeCallbacks(callbacks, "start", generation, 0, 0);
            }

            @Override public void finished(int generation, int collected, int uncollectable) {
                invokeCallbacks(callbacks, "stop", generation, collected, uncollectable);
            }
        });
        m.addFunction("collect", (self, args, kwnames) -> {
            PyObject[] kw = Args.keywords("collect", args, kwnames, "generation");
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("collect", positional.length, 0, 1);
            PyObject g = positional.length == 1 ? positional[0] : kw[0];
            long generation = g == null ? 2 : Number.asSsizeT(g, PyExc.OverflowError);
            if (generation < 0 || generation > 2) throw PyErr.format(PyExc.ValueError, "invalid generation");
            ThreadState state = ThreadState.current();
            return PyInt.of(state.gc.collect((int) generation, state.roots()));
        });
        m.addFunction("enable", (self, args, kwnames) -> {
            Args.noArgs("enable", args, kwnames);
            ThreadState.current().gc.enable();
            return PyNone.NONE;
        });
        m.addFunction("disable", (self, args, kwnames) -> {
            Args.noArgs("disable", args, kwnames);
            ThreadState.current().gc.disable();
            return PyNone.NONE;
        });
        m.addFunction("isenabled", (self, args, kwnames) -> {
            Args.noArgs("isenabled", args, kwnames);
            return PyBool.of(ThreadState.current().gc.isEnabled());
        });
        return m;
    }

    /** {@code invoke_gc_callback}: each callback gets the phase and {generation, collected, uncollectable}. */
    private static void invokeCallbacks(PyList callbacks, String phase, int generation, int collected, int uncollectable) {
        if (callbacks.items.isEmpty()) return;
        PyDict info = new PyDict();
        info.put(PyStr.of("generation"), PyInt.of(generation));
        info.put(PyStr.of("collected"), PyInt.of(collected));
        info.put(PyStr.of("uncollectable"), PyInt.of(uncollectable));
        for (PyObject callback : callbacks.toArray()) {
            try {
                Py.call(callback, new PyObject[] {PyStr.of(phase), info}, Args.NO_KWNAMES);
            } catch (PyException e) {
                Unraisable.write(e.value, callback);
            }
        }
    }
}
