package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.assembler.CodeObject;
import pyvm.cfg.CodeFlags;

/**
 * Calling a Python function: binding the arguments to the new frame's fast locals, as
 * {@code initialize_locals} in Python/ceval.c does (positional parameters, {@code *args}, keywords,
 * {@code **kwargs}, defaults), with its error messages, then running the frame.
 */
final class Calls {

    private Calls() {}

    /** {@code _PyFunction_Vectorcall}: a call from outside the interpreter loop. */
    static PyObject callFunction(PyFunction f, PyObject[] args, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall("");
        try {
            return Eval.run(ts, frameFor(ts, f, args, kwnames));
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** {@return a frame for calling {@code f}, its arguments bound} */
    static PyFrame frameFor(ThreadState ts, PyFunction f, PyObject[] args, String[] kwnames) {
        PyFrame frame = new PyFrame(f.code, f.globals, builtinsOf(ts, f.globals), null, ts.frame, f);
        bind(f, frame.localsplus, args, kwnames);
        return frame;
    }

    /** {@code _PyEval_BuiltinsFromGlobals}: the globals' {@code __builtins__}, else the interpreter's. */
    static PyDict builtinsOf(ThreadState ts, PyDict globals) {
        PyObject b = globals.get(PyStr.of("__builtins__"));
        if (b instanceof PyModule m) return m.dict;
        if (b instanceof PyDict d) return d;
        return ts.builtins.dict;
    }

    /** {@code initialize_locals}. */
    private static void bind(PyFunction f, PyObject[] localsplus, PyObject[] args, String[] kwnames) {
        CodeObject co = f.code.code;
        int argcount = co.coArgcount(), kwonly = co.coKwonlyargcount(), totalArgs = argcount + kwonly;
        boolean varargs = (co.coFlags() & CodeFlags.CO_VARARGS) != 0;
        boolean varkeywords = (co.coFlags() & CodeFlags.CO_VARKEYWORDS) != 0;
        int given = args.length - kwnames.length;
        PyDict kwdict = null;
        if (varkeywords) {
            kwdict = new PyDict();
            localsplus[totalArgs + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(given, argcount);
        System.arraycopy(args, 0, localsplus, 0, n);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, given - argcount)];
            System.arraycopy(args, n, rest, 0, rest.length);
            localsplus[totalArgs] = PyTuple.of(rest);
        }
        for (int k = 0; k < kwnames.length; k++) {
            String keyword = kwnames[k];
            PyObject value = args[given + k];
            int j = indexOf(f.code.localsplusnames, keyword, co.coPosonlyargcount(), totalArgs);
            if (j < 0) {
                if (kwdict == null) {
                    List<String> posonly = positionalOnlyPassedAsKeyword(f, kwnames);
                    if (!posonly.isEmpty())
                        throw PyErr.format(PyExc.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                                f.qualname, String.join(", ", posonly));
                    throw PyErr.format(PyExc.TypeError, "%s() got an unexpected keyword argument '%s'", f.qualname, keyword);
                }
                kwdict.put(PyStr.of(keyword), value);
                continue;
            }
            if (localsplus[j] != null)
                throw PyErr.format(PyExc.TypeError, "%s() got multiple values for argument '%s'", f.qualname, keyword);
            localsplus[j] = value;
        }
        if (given > argcount && !varargs) throw tooManyPositional(f, given, localsplus);
        if (given < argcount) {
            int defcount = f.defaults == null ? 0 : f.defaults.size();
            int m = argcount - defcount;
            List<String> missing = new ArrayList<>();
            for (int i = given; i < m; i++) if (localsplus[i] == null) missing.add(f.code.localsplusnames[i]);
            if (!missing.isEmpty()) throw missingArguments(f, missing, "positional");
            for (int i = Math.max(n, m); i < argcount; i++)
                if (localsplus[i] == null) localsplus[i] = f.defaults.get(i - m);
        }
        if (kwonly > 0) {
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < totalArgs; i++) {
                if (localsplus[i] != null) continue;
                String name = f.code.localsplusnames[i];
                PyObject def = f.kwdefaults == null ? null : f.kwdefaults.get(PyStr.of(name));
                if (def != null) localsplus[i] = def;
                else missing.add(name);
            }
            if (!missing.isEmpty()) throw missingArguments(f, missing, "keyword-only");
        }
    }

    private static int indexOf(String[] names, String name, int from, int to) {
        for (int j = from; j < to; j++) if (names[j].equals(name)) return j;
        return -1;
    }

    private static List<String> positionalOnlyPassedAsKeyword(PyFunction f, String[] kwnames) {
        List<String> found = new ArrayList<>();
        for (int j = 0; j < f.code.code.coPosonlyargcount(); j++)
            for (String k : kwnames) if (k.equals(f.code.localsplusnames[j])) found.add(k);
        return found;
    }

    /** {@code too_many_positional}: {@code f() takes 2 positional arguments but 3 were given}. */
    private static PyException tooManyPositional(PyFunction f, int given, PyObject[] localsplus) {
        CodeObject co = f.code.code;
        int kwonlyGiven = 0;
        for (int i = co.coArgcount(); i < co.coArgcount() + co.coKwonlyargcount(); i++) if (localsplus[i] != null) kwonlyGiven++;
        int defcount = f.defaults == null ? 0 : f.defaults.size();
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (co.coArgcount() - defcount) + " to " + co.coArgcount();
        } else {
            plural = co.coArgcount() != 1;
            sig = String.valueOf(co.coArgcount());
        }
        String kwonlySig = kwonlyGiven == 0 ? "" : String.format(" positional argument%s (and %d keyword-only argument%s)",
                given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        return PyErr.format(PyExc.TypeError, "%s() takes %s positional argument%s but %d%s %s given",
                f.qualname, sig, plural ? "s" : "", given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    /** {@code missing_arguments}: {@code f() missing 2 required positional arguments: 'a' and 'b'}. */
    private static PyException missingArguments(PyFunction f, List<String> names, String kind) {
        List<String> quoted = names.stream().map(n -> Py.repr(PyStr.of(n)).value).toList();
        String text = switch (quoted.size()) {
            case 1 -> quoted.get(0);
            case 2 -> quoted.get(0) + " and " + quoted.get(1);
            default -> String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
        };
        return PyErr.format(PyExc.TypeError, "%s() missing %d required %s argument%s: %s",
                f.qualname, names.size(), kind, names.size() == 1 ? "" : "s", text);
    }
}
