package pyvm.lexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A line of a source file as CPython reads it back to show it in a SyntaxError
 * ({@code err_programtext} in Python/errors.c, 3.13.0). CPython does not keep the text it compiled:
 * when it raises, it opens the file the error names and reads line {@code lineno} again. So an error
 * in {@code compile(src, "<string>", "exec")} has no text, and an error in a file shows the file as
 * it is now.
 *
 * <p>The file is read with universal newlines ({@code \r\n} and {@code \r} become {@code \n}), in
 * chunks of {@value #CHUNK} bytes ({@code linebuf[1000]} less its NUL), and the text is the last
 * chunk of the line: a longer line shows only its end, and nothing at all when the last line of the
 * file fills its last chunk exactly. A UTF-8 byte order mark stays at the start of line 1.
 */
public final class ProgramText {

    private static final int CHUNK = 999;

    private ProgramText() {}

    /**
     * {@return the SyntaxError that the symbol table and the compiler raise} Both go through
     * {@code _PyErr_RaiseSyntaxError} (PyErr_RangedSyntaxLocationObject), which differs from the
     * parser's errors in what shows in the caret line: the offsets are the AST's UTF-8 byte columns
     * plus one, not converted to characters, and the text is {@link #of read back from the file}.
     */
    public static PySyntaxError rangedSyntaxError(String message, String filename, Location where) {
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename, where.lineno(),
                where.colOffset() + 1, where.endLineno(), where.endColOffset() + 1, of(filename, where.lineno()));
    }

    /**
     * {@return line {@code lineno} of the file named {@code filename}, with its newline, decoded as
     * UTF-8 with bad bytes replaced ({@code PyErr_ProgramTextObject}); null when the file cannot be
     * read or has no such line}
     */
    public static String of(String filename, int lineno) {
        byte[] file;
        try {
            file = Files.readAllBytes(Path.of(filename));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
        byte[] chunk = lineBytes(file, lineno);
        return chunk == null ? null : new String(chunk, StandardCharsets.UTF_8);
    }

    /** {@return the bytes CPython keeps of line {@code lineno} of {@code file}, with its newline, or null where it keeps none} */
    public static byte[] lineBytes(byte[] file, int lineno) {
        byte[] text = universalNewlines(file);
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            while (start < text.length && text[start] != '\n') start++;
            if (start == text.length) return null;
            start++;
        }
        int end = start;
        while (end < text.length && text[end] != '\n') end++;
        boolean newline = end < text.length;
        if (newline) end++;
        if (start == end) return null;
        int from = start + (end - start - 1) / CHUNK * CHUNK;
        if (!newline && end - from == CHUNK) return null;
        return Arrays.copyOfRange(text, from, end);
    }

    /** {@code Py_UniversalNewlineFgets}'s translation, for the whole file at once. */
    private static byte[] universalNewlines(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                out[n++] = '\n';
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') i++;
            } else {
                out[n++] = bytes[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
