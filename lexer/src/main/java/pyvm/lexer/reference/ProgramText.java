package pyvm.lexer.reference;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A line of the file as CPython reads it back to show it in a SyntaxError that the parser raises
 * ({@code err_programtext} in Python/errors.c, 3.13.0): the compiler's errors for the tokenizer's
 * {@link Done} codes and for unclosed brackets take their text from here, not from the tokenizer's
 * buffer. CPython reads the file again; this reads the same bytes.
 *
 * <p>The file is read with universal newlines ({@code \r\n} and {@code \r} become {@code \n}),
 * in chunks of {@value #CHUNK} bytes, and the text is the last chunk of the line, so a longer line
 * shows only its end (and nothing at all when the last line of the file fills its last chunk
 * exactly). A UTF-8 byte order mark stays at the start of line 1. The chunk is decoded with the
 * declared encoding, bad bytes replaced, or as strict UTF-8 when the file declares none.
 */
final class ProgramText {

    /** {@code linebuf[1000]}, less its NUL. */
    private static final int CHUNK = 999;

    private final byte[] file;
    private final Charset declared;

    /** @param declared the encoding the file declares, or null when it declares none */
    ProgramText(byte[] file, Charset declared) {
        this.file = file;
        this.declared = declared;
    }

    /** {@return line {@code lineno} as CPython shows it, with its newline, or null where CPython has none} */
    String line(int lineno) {
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
        return decode(Arrays.copyOfRange(text, from, end));
    }

    /** {@code PyUnicode_Decode(..., "replace")} with the declared encoding, else {@code PyUnicode_FromString}: strict UTF-8. */
    private String decode(byte[] chunk) {
        if (declared != null && declared.equals(StandardCharsets.UTF_8)) return Utf8Replace.decode(chunk, 0, chunk.length);
        CodingErrorAction onError = declared == null ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        try {
            return (declared == null ? StandardCharsets.UTF_8 : declared).newDecoder()
                    .onMalformedInput(onError).onUnmappableCharacter(onError)
                    .decode(ByteBuffer.wrap(chunk)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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
