package pyvm.vm.reference;

import java.util.Arrays;

/**
 * Checking the arguments a builtin receives, with CPython's messages: the argument-parsing helpers
 * of Python/getargs.c and Python/modsupport.c, and the checks {@code METH_NOARGS} and {@code METH_O}
 * make in Objects/methodobject.c. Arguments arrive as a call passes them: positional values, then
 * the values of the keywords named in {@code kwnames}.
 */
final class Args {

    private Args() {}

    /** No arguments. */
    static final PyObject[] NONE = {};
    /** No keyword arguments. */
    static final String[] NO_KWNAMES = {};

    /** {@return the positional arguments alone} */
    static PyObject[] positional(PyObject[] args, String[] kwnames) {
        return kwnames.length == 0 ? args : Arrays.copyOf(args, args.length - kwnames.length);
    }

    /** {@code _PyArg_NoKeywords}: {@code len() takes no keyword arguments}. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames.length > 0) throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", name);
    }

    /** The {@code METH_NOARGS} check: {@code list.copy() takes no arguments (1 given)}. */
    static void noArgs(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 0)
            throw PyErr.format(PyExc.TypeError, "%s() takes no arguments (%d given)", name, args.length);
    }

    /** The {@code METH_O} check: {@code len() takes exactly one argument (0 given)}; returns the argument. */
    static PyObject one(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 1)
            throw PyErr.format(PyExc.TypeError, "%s() takes exactly one argument (%d given)", name, args.length);
        return args[0];
    }

    /**
     * {@code _PyArg_CheckPositional}: {@code range expected at least 1 argument, got 0},
     * {@code isinstance expected 2 arguments, got 1}.
     */
    static void checkPositional(String name, int nargs, int min, int max) {
        if (nargs < min)
            throw PyErr.format(PyExc.TypeError, "%s expected %s%d argument%s, got %d",
                    name, min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        if (nargs > max)
            throw PyErr.format(PyExc.TypeError, "%s expected %s%d argument%s, got %d",
                    name, min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    }

    /**
     * Binds keyword arguments to the keyword-only parameters {@code names}, as Argument Clinic's
     * {@code _PyArg_UnpackKeywords} does; a slot stays null when its keyword is not given.
     */
    static PyObject[] keywords(String name, PyObject[] args, String[] kwnames, String... names) {
        PyObject[] bound = new PyObject[names.length];
        int first = args.length - kwnames.length;
        for (int k = 0; k < kwnames.length; k++) {
            int slot = Arrays.asList(names).indexOf(kwnames[k]);
            if (slot < 0)
                throw PyErr.format(PyExc.TypeError, "%s() got an unexpected keyword argument '%s'", name, kwnames[k]);
            bound[slot] = args[first + k];
        }
        return bound;
    }
}
