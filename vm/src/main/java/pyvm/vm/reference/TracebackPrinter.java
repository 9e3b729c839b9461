package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import pyvm.lexer.Location;

/**
 * Prints an exception the way 3.13's default {@code sys.excepthook} does: through
 * {@code traceback._print_exception_bltin}, that is Lib/traceback.py's {@code TracebackException} with
 * {@code compact=True}. The chain of causes and contexts comes first, each with its
 * {@code Traceback (most recent call last):} and frames (a run of more than three identical frames
 * folded into {@code [Previous line repeated N more times]}), then the {@code Type: message} line,
 * with a "Did you mean" for names that do not exist, and any notes.
 */
final class TracebackPrinter {

    private static final int RECURSIVE_CUTOFF = 3;
    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    private final LineCache cache;
    private final CaretAnchors anchors;

    TracebackPrinter(LineCache cache, CaretAnchors anchors) {
        this.cache = cache;
        this.anchors = anchors;
    }

    /** {@return the whole printout, chained exceptions first} */
    String format(PyBaseException exc) {
        List<PyBaseException> chain = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String message = null;
        for (PyBaseException e = exc; e != null; ) {
            seen.add(e);
            chain.add(e);
            messages.add(message);
            PyBaseException next = null;
            if (e.cause != null && !seen.contains(e.cause)) {
                next = e.cause;
                message = CAUSE;
            } else if (e.cause == null && e.context != null && !e.suppressContext && !seen.contains(e.context)) {
                next = e.context;
                message = CONTEXT;
            }
            e = next;
        }
        StringBuilder out = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            PyBaseException e = chain.get(i);
            if (e.traceback != null) out.append("Traceback (most recent call last):\n").append(formatStack(e.traceback));
            out.append(formatExceptionOnly(e));
            if (messages.get(i) != null) out.append(messages.get(i));
        }
        return out.toString();
    }

    /** {@code StackSummary.format}: each frame, identical runs folded after three. */
    private String formatStack(PyTraceback tb) {
        StringBuilder out = new StringBuilder();
        FrameSummary last = null;
        int count = 0;
        for (; tb != null; tb = tb.next) {
            FrameSummary fs = summary(tb);
            if (last == null || !last.filename().equals(fs.filename()) || last.lineno() != fs.lineno() || !last.name().equals(fs.name())) {
                if (count > RECURSIVE_CUTOFF) out.append(repeated(count - RECURSIVE_CUTOFF));
                last = fs;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) continue;
            out.append(fs.format(cache, anchors));
        }
        if (count > RECURSIVE_CUTOFF) out.append(repeated(count - RECURSIVE_CUTOFF));
        return out.toString();
    }

    private static String repeated(int count) {
        return "  [Previous line repeated " + count + " more time" + (count > 1 ? "s" : "") + "]\n";
    }

    /** {@code _walk_tb_with_full_positions}: the instruction's span, or just the traceback's line. */
    private static FrameSummary summary(PyTraceback tb) {
        Location l = tb.frame.code.position(tb.lasti);
        String filename = tb.frame.code.code.coFilename(), name = tb.frame.code.code.coName();
        if (l == null) {
            int line = tb.lineno();
            return new FrameSummary(filename, line, line, -1, -1, name);
        }
        return new FrameSummary(filename, l.lineno(), l.endLineno(), l.colOffset(), l.endColOffset(), name);
    }

    /** {@code format_exception_only}: {@code Type: message}, or just {@code Type} for an empty message, then the notes. */
    String formatExceptionOnly(PyBaseException e) {
        String module = e.type().module();
        String type = module.equals("__main__") || module.equals("builtins") ? e.type().qualname() : module + "." + e.type().qualname();
        StringBuilder out;
        if (e.type().isSubtype(PyExc.SyntaxError)) {
            out = new StringBuilder(SyntaxErrors.format(e, type));
        } else {
            String text = safeStr(e, "exception");
            String suggestion = Suggestions.forException(e);
            if (suggestion != null) text += ". Did you mean: '" + suggestion + "'?";
            out = new StringBuilder(text.isEmpty() ? type + "\n" : type + ": " + text + "\n");
        }
        PyObject notes = e.instanceDict().get(PyStr.of("__notes__"));
        if (notes instanceof PyList || notes instanceof PyTuple) {
            for (PyObject note : Py.toArray(notes)) out.append(safeStr(note, "note")).append('\n');
        } else if (notes != null) {
            try {
                out.append(Py.repr(notes).value).append('\n');
            } catch (PyException failed) {
                out.append("<__notes__ repr() failed>\n");
            }
        }
        return out.toString();
    }

    /** {@code _safe_string}: {@code str(value)}, or {@code <exception str() failed>}. */
    private static String safeStr(PyObject value, String what) {
        try {
            return Py.str(value).value;
        } catch (PyException failed) {
            return "<" + what + " str() failed>";
        }
    }
}
