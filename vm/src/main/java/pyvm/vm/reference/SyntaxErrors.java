package pyvm.vm.reference;

import pyvm.lexer.PySyntaxError;

/**
 * SyntaxError as a Python exception: made from the compiler stages' {@link PySyntaxError} when an
 * import or {@code compile()} meets bad source, and printed as Lib/traceback.py's
 * {@code _format_syntax_error} prints it, through the contract's own {@link PySyntaxError#format()}.
 */
final class SyntaxErrors {

    private SyntaxErrors() {}

    /** {@return the Python exception for a compiler stage's error} */
    static PyBaseException fromContract(PySyntaxError e) {
        PyType type = switch (e.type()) {
            case SyntaxError -> PyExc.SyntaxError;
            case IndentationError -> PyExc.IndentationError;
            case TabError -> PyExc.TabError;
            case MemoryError -> PyExc.MemoryError;
            case RecursionError -> PyExc.RecursionError;
        };
        if (!e.hasLocation()) return PyErr.newException(type, PyStr.of(e.message()));
        PyObject details = PyTuple.of(PyStr.of(e.filename()), PyInt.of(e.lineno()), PyInt.of(e.offset()),
                e.text() == null ? PyNone.NONE : PyStr.of(e.text()), PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
        return PyErr.newException(type, PyStr.of(e.message()), details);
    }

    /** {@code _format_syntax_error}: the location lines of {@link PySyntaxError#format()}, then {@code Type: message}. */
    static String format(PyBaseException e, String typeName) {
        String msg = text(e.members.get("msg"));
        if (msg == null || msg.isEmpty()) msg = "<no detail available>";
        PyObject lineno = e.members.get("lineno");
        String filename = text(e.members.get("filename"));
        if (!(lineno instanceof PyInt line)) {
            return typeName + ": " + msg + (filename != null ? " (" + filename + ")" : "") + "\n";
        }
        PySyntaxError view = new PySyntaxError(PySyntaxError.Type.SyntaxError, msg, filename == null ? "<string>" : filename,
                (int) line.small, number(e.members.get("offset")), number(e.members.get("end_lineno"), (int) line.small),
                number(e.members.get("end_offset")), text(e.members.get("text")));
        String printed = view.format();
        String withoutLast = printed.substring(0, printed.lastIndexOf("SyntaxError: "));
        return withoutLast + typeName + ": " + msg + "\n";
    }

    private static String text(PyObject o) {
        return o instanceof PyStr s ? s.value : null;
    }

    private static int number(PyObject o) {
        return number(o, 0);
    }

    private static int number(PyObject o, int otherwise) {
        return o instanceof PyInt i && i.isSmall() ? (int) i.small : otherwise;
    }

    /** {@code SyntaxError_init}: {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}. */
    static void fillSlots(PyType t) {
        String[] fields = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"};
        t.tpInit = (self, args, kwnames) -> {
            Args.noKeywords(self.type().name, kwnames);
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.of(args);
            if (args.length >= 1) e.members.put("msg", args[0]);
            if (args.length == 2) {
                PyObject[] info = Py.toArray(args[1]);
                if (info.length < 4 || info.length > 6)
                    throw PyErr.format(PyExc.TypeError, "function takes at least 4 arguments (%d given)", info.length);
                for (int i = 0; i < info.length; i++) e.members.put(fields[i + 1], info[i]);
                if (info.length == 5) throw PyErr.format(PyExc.TypeError, "end_offset must be provided when end_lineno is provided");
            }
        };
        for (String name : fields)
            t.dict.put(name, new PyGetSetDescr(t, name, o -> ((PyBaseException) o).members.getOrDefault(name, PyNone.NONE),
                    (o, v) -> ((PyBaseException) o).members.put(name, v == null ? PyNone.NONE : v)));
        t.tpStr = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject msg = e.members.getOrDefault("msg", PyNone.NONE);
            String filename = text(e.members.get("filename"));
            if (filename != null) filename = filename.substring(filename.lastIndexOf('/') + 1);
            PyObject lineno = e.members.get("lineno");
            boolean haveLine = lineno != null && lineno.type() == PyInt.TYPE;
            String m = Py.str(msg).value;
            if (filename == null && !haveLine) return PyStr.of(m);
            if (filename != null && haveLine) return PyStr.of(m + " (" + filename + ", line " + ((PyInt) lineno).value() + ")");
            if (filename != null) return PyStr.of(m + " (" + filename + ")");
            return PyStr.of(m + " (line " + ((PyInt) lineno).value() + ")");
        };
    }
}
