package pyvm.symtable.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;

/**
 * Builds the SyntaxErrors of the symtable stage as CPython's {@code PyErr_RangedSyntaxLocationObject}
 * (Python/errors.c) does, which differs from the parser's errors in two ways that show in the caret
 * line. The offsets are the AST's UTF-8 byte columns plus one, not converted to characters. The
 * source line is not the one that was compiled: CPython reads line {@code lineno} of the file named
 * {@code filename} ({@code _PyErr_ProgramDecodedTextObject}), so the text is null when no such file
 * exists, as for {@code compile(src, "<string>", "exec")}.
 */
final class SyntaxErrors {

    private SyntaxErrors() {}

    /** {@return the error {@code message} at {@code where}, as symtable.c raises it} */
    static PySyntaxError at(String filename, Location where, String message) {
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename, where.lineno(),
                where.colOffset() + 1, where.endLineno(), where.endColOffset() + 1,
                programText(filename, where.lineno()));
    }

    /**
     * {@return the error {@code message} at the start of {@code where} with no end, as future.c
     * raises it through {@code PyErr_SyntaxLocationObject}}
     */
    static PySyntaxError startingAt(String filename, Location where, String message) {
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename, where.lineno(),
                where.colOffset() + 1, where.lineno(), 0, programText(filename, where.lineno()));
    }

    /**
     * {@code err_programtext}: line {@code lineno} of the file, lines ending at {@code \n},
     * {@code \r\n} or {@code \r} (read as {@code \n}); bytes that are not UTF-8 replaced, and a
     * UTF-8 BOM kept, as 3.13 keeps it; null when the file cannot be read or is shorter. CPython reads the
     * line in chunks of {@value #CHUNK} bytes and keeps the last chunk, so that is all the text a
     * longer line shows (and none, when such a line fills its last chunk exactly at the end of the
     * file).
     */
    private static String programText(String filename, int lineno) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(filename));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
        int start = 0;
        for (int line = 1; start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
            boolean newline = end < bytes.length;
            int next = newline && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
                    ? end + 2 : end + 1;
            if (line == lineno) return lastChunk(bytes, start, end, newline);
            start = next;
        }
        return null;
    }

    private static String lastChunk(byte[] bytes, int start, int end, boolean newline) {
        byte[] text = new byte[end - start + (newline ? 1 : 0)];
        System.arraycopy(bytes, start, text, 0, end - start);
        if (newline) text[text.length - 1] = '\n';
        int from = 0;
        while (text.length - from >= CHUNK && text[from + CHUNK - 1] != '\n') {
            from += CHUNK;
            if (from == text.length) return null;
        }
        return new String(text, from, text.length - from, StandardCharsets.UTF_8);
    }

    /** How much of a line one read of {@code err_programtext} takes: its {@code linebuf[1000]} less the NUL. */
    private static final int CHUNK = 999;
}
