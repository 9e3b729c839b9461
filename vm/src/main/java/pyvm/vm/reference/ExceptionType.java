package pyvm.vm.reference;

/**
 * The behaviour of the exception types, from Objects/exceptions.c: how an exception is made and
 * printed, and the attributes ({@code args}, {@code __traceback__}, {@code __cause__}, ...) that
 * every exception has, plus the extra fields of SystemExit, StopIteration, NameError,
 * AttributeError and ImportError. {@link PyExc} builds the hierarchy from these.
 */
final class ExceptionType {

    private ExceptionType() {}

    /** BaseException's slots and attributes, which every other exception type inherits. */
    static void fillBaseSlots(PyType t) {
        t.tpNew = (type, args, kwnames) -> new PyBaseException(type, PyTuple.of(Args.positional(args, kwnames)));
        t.tpInit = ExceptionType::init;
        t.tpRepr = ExceptionType::repr;
        t.tpStr = ExceptionType::str;
        getset(t, "args", e -> e.args, (e, v) -> e.args = PyTuple.of(Py.toArray(v)));
        getset(t, "__traceback__", e -> orNone(e.traceback), (e, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyTraceback))
                throw PyErr.format(PyExc.TypeError, "__traceback__ must be a traceback or None");
            e.traceback = v instanceof PyTraceback tb ? tb : null;
        });
        getset(t, "__cause__", e -> orNone(e.cause), (e, v) -> {
            e.cause = exceptionOrNull(v, "exception cause must be None or derive from BaseException");
            e.suppressContext = true;
        });
        getset(t, "__context__", e -> orNone(e.context),
                (e, v) -> e.context = exceptionOrNull(v, "exception context must be None or derive from BaseException"));
        getset(t, "__suppress_context__", e -> PyBool.of(e.suppressContext), (e, v) -> e.suppressContext = Py.isTrue(v));
        t.dict.put("__dict__", new PyGetSetDescr(t, "__dict__", PyObject::instanceDict, null));
        t.addMethod("add_note", (self, args, kwnames) -> {
            PyObject note = Args.one("BaseException.add_note", args, kwnames);
            if (!(note instanceof PyStr))
                throw PyErr.format(PyExc.TypeError, "note must be a str, not '%s'", note.type().name);
            PyDict d = self.instanceDict();
            PyObject notes = d.get(PyStr.of("__notes__"));
            if (notes == null) {
                notes = PyList.of();
                d.put(PyStr.of("__notes__"), notes);
            }
            if (!(notes instanceof PyList list)) throw PyErr.format(PyExc.TypeError, "Cannot add note: __notes__ is not a list");
            list.items.add(note);
            return PyNone.NONE;
        });
        t.addMethod("with_traceback", (self, args, kwnames) -> {
            PyObject tb = Args.one("BaseException.with_traceback", args, kwnames);
            Py.setAttr(self, "__traceback__", tb);
            return self;
        });
    }

    /** {@code BaseException_init}: keeps the arguments; keywords only where a subtype takes them. */
    private static void init(PyObject self, PyObject[] args, String[] kwnames) {
        Args.noKeywords(self.type().name, kwnames);
        ((PyBaseException) self).args = PyTuple.of(args);
    }

    /** {@code BaseException_repr}: {@code ValueError('x')}, {@code ValueError()}, {@code ValueError('x', 2)}. */
    private static PyObject repr(PyObject self) {
        PyTuple args = ((PyBaseException) self).args;
        String name = self.type().name;
        return PyStr.of(args.size() == 1 ? name + "(" + Py.repr(args.get(0)).value + ")" : name + Py.repr(args).value);
    }

    /** {@code BaseException_str}: nothing, the one argument, or all of them as a tuple. */
    private static PyObject str(PyObject self) {
        PyTuple args = ((PyBaseException) self).args;
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Py.str(args.get(0));
            default -> Py.str(args);
        };
    }

    /** {@code KeyError_str}: a lone key is shown by its repr, so {@code KeyError('')} prints {@code ''}. */
    static void fillKeyErrorSlots(PyType t) {
        t.tpStr = self -> {
            PyTuple args = ((PyBaseException) self).args;
            return args.size() == 1 ? Py.repr(args.get(0)) : str(self);
        };
    }

    /** {@code SystemExit_init}: {@code code} is None, the one argument, or the tuple of them. */
    static void fillSystemExitSlots(PyType t) {
        t.tpInit = (self, args, kwnames) -> {
            init(self, args, kwnames);
            ((PyBaseException) self).members.put("code", switch (args.length) {
                case 0 -> PyNone.NONE;
                case 1 -> args[0];
                default -> PyTuple.of(args);
            });
        };
        member(t, "code");
    }

    /** {@code StopIteration_init}: {@code value} is the first argument, or None. */
    static void fillStopIterationSlots(PyType t) {
        t.tpInit = (self, args, kwnames) -> {
            init(self, args, kwnames);
            ((PyBaseException) self).members.put("value", args.length > 0 ? args[0] : PyNone.NONE);
        };
        member(t, "value");
    }

    /** Exceptions that take keyword-only attributes: NameError(name=), AttributeError(name=, obj=), ImportError. */
    static void fillKeywordMembers(PyType t, String... names) {
        t.tpInit = (self, args, kwnames) -> {
            PyObject[] given = Args.keywords(self.type().name, args, kwnames, names);
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.of(Args.positional(args, kwnames));
            for (int i = 0; i < names.length; i++) e.members.put(names[i], given[i] == null ? PyNone.NONE : given[i]);
        };
        for (String name : names) member(t, name);
    }

    /**
     * UnicodeEncodeError and UnicodeDecodeError: five arguments (encoding, object, start, end,
     * reason) kept as fields, and a message naming the offending character or byte.
     */
    static void fillUnicodeErrorSlots(PyType t, boolean decode) {
        String[] fields = {"encoding", "object", "start", "end", "reason"};
        t.tpInit = (self, args, kwnames) -> {
            init(self, args, kwnames);
            if (args.length != 5)
                throw PyErr.format(PyExc.TypeError, "function takes exactly 5 arguments (%d given)", args.length);
            PyBaseException e = (PyBaseException) self;
            for (int i = 0; i < fields.length; i++) e.members.put(fields[i], args[i]);
        };
        for (String name : fields) member(t, name);
        t.tpStr = self -> {
            PyBaseException e = (PyBaseException) self;
            String encoding = Py.str(e.members.get("encoding")).value, reason = Py.str(e.members.get("reason")).value;
            long start = Number.asSsizeT(e.members.get("start"), PyExc.OverflowError);
            long end = Number.asSsizeT(e.members.get("end"), PyExc.OverflowError);
            PyObject object = e.members.get("object");
            String verb = decode ? "decode" : "encode";
            if (end == start + 1 && object instanceof PyStr text && start < text.length()) {
                int c = text.codePointAt((int) start);
                String shown = c <= 0xff ? String.format("\\x%02x", c)
                        : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                return PyStr.of(String.format("'%s' codec can't %s character '%s' in position %d: %s",
                        encoding, verb, shown, start, reason));
            }
            if (end == start + 1 && object instanceof PyBytes bytes && start < bytes.length())
                return PyStr.of(String.format("'%s' codec can't %s byte 0x%02x in position %d: %s",
                        encoding, verb, bytes.get((int) start), start, reason));
            return PyStr.of(String.format("'%s' codec can't %s %s in position %d-%d: %s",
                    encoding, verb, decode ? "bytes" : "characters", start, end - 1, reason));
        };
    }

    /** A writable field of the exception's struct ({@code PyMemberDef} with {@code Py_T_OBJECT}). */
    private static void member(PyType t, String name) {
        getset(t, name, e -> e.members.getOrDefault(name, PyNone.NONE), (e, v) -> e.members.put(name, v));
    }

    private interface Getter { PyObject get(PyBaseException e); }
    private interface Setter { void set(PyBaseException e, PyObject value); }

    private static void getset(PyType t, String name, Getter getter, Setter setter) {
        t.dict.put(name, new PyGetSetDescr(t, name, o -> getter.get((PyBaseException) o),
                (o, v) -> {
                    if (v == null) throw PyErr.format(PyExc.TypeError, "%s may not be deleted", name);
                    setter.set((PyBaseException) o, v);
                }));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyBaseException exceptionOrNull(PyObject v, String message) {
        if (v == PyNone.NONE) return null;
        if (v instanceof PyBaseException e) return e;
        throw PyErr.format(PyExc.TypeError, "%s", message);
    }
}
