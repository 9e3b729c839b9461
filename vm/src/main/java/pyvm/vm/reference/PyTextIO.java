package pyvm.vm.reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A text stream that writes UTF-8: what {@code sys.stdout} and {@code sys.stderr} are, an
 * {@code _io.TextIOWrapper} (Modules/_io/textio.c) over a binary stream. stdout encodes strictly,
 * so a lone surrogate raises UnicodeEncodeError; stderr uses {@code backslashreplace}, as CPython
 * configures them. Writes are buffered until {@link #flush}, which the interpreter does at exit.
 */
final class PyTextIO extends PyObject {

    static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT, t -> {
        t.addMethod("write", (self, args, kwnames) -> {
            PyObject text = Args.one("write", args, kwnames);
            if (!(text instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "write() argument must be str, not %s", text.type().name);
            ((PyTextIO) self).write(s.value);
            return PyInt.of(s.length());
        });
        t.addMethod("flush", (self, args, kwnames) -> {
            Args.noArgs("flush", args, kwnames);
            ((PyTextIO) self).flush();
            return PyNone.NONE;
        });
    }, TypeFlag.DISALLOW_INSTANTIATION);

    private final OutputStream out;
    private final boolean backslashReplace;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    PyTextIO(OutputStream out, boolean backslashReplace) {
        this.out = out;
        this.backslashReplace = backslashReplace;
    }

    @Override PyType type() {
        return TYPE;
    }

    /** Encodes and buffers {@code text}; a lone surrogate is an error, or {@code \\udxxx} on stderr. */
    void write(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isSurrogate((char) cp) && cp <= 0xffff) {
                if (!backslashReplace) {
                    int position = text.codePointCount(0, i);
                    throw new PyException(Codecs.encodeError("utf-8", text, position, position + 1, "surrogates not allowed"));
                }
                buffer.writeBytes(String.format("\\u%04x", cp).getBytes(StandardCharsets.US_ASCII));
            } else {
                buffer.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(cp);
        }
    }

    /** Flushes where nothing can report a failure: the last flush of stderr at exit. */
    void flushQuietly() {
        try {
            buffer.writeTo(out);
            out.flush();
        } catch (IOException e) {
            // the error stream itself failed: there is nowhere left to say so
        }
        buffer.reset();
    }

    /** Hands the buffered bytes to the underlying stream; an I/O failure is an OSError. */
    void flush() {
        try {
            buffer.writeTo(out);
            buffer.reset();
            out.flush();
        } catch (IOException e) {
            buffer.reset();
            throw PyErr.format(PyExc.OSError, "%s", String.valueOf(e.getMessage()));
        }
    }
}
