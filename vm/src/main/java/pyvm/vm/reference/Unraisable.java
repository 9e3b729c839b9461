package pyvm.vm.reference;

/**
 * Reporting an exception that has nowhere to go, one raised by a finalizer: {@code PyErr_WriteUnraisable}
 * and the default {@code sys.unraisablehook} of Python/errors.c, which print
 * {@code Exception ignored in: OBJECT} and the traceback to stderr.
 */
final class Unraisable {

    private Unraisable() {}

    static void write(PyBaseException e, PyObject where) {
        ThreadState ts = ThreadState.current();
        String object;
        try {
            object = Py.repr(where).value;
        } catch (PyException failed) {
            object = "<object repr() failed>";
        }
        ts.stderr.write("Exception ignored in: " + object + "\n" + ts.printer.format(e));
    }
}
