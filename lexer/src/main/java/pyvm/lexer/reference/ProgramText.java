package pyvm.lexer.reference;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines the compiler's tokenizer errors show: for the tokenizer's {@link Done} codes and for
 * unclosed brackets the parser reads the line back from the file ({@link pyvm.lexer.ProgramText}),
 * not from the tokenizer's buffer, and decodes it with the encoding the file declares
 * ({@code _PyPegen_raise_error_known_location} passes the tokenizer's encoding on).
 */
final class ProgramText {

    private final byte[] file;
    private final Charset declared;

    /** @param declared the encoding the file declares, or null when it declares none */
    ProgramText(byte[] file, Charset declared) {
        this.file = file;
        this.declared = declared;
    }

    /** {@return line {@code lineno} as CPython shows it, with its newline, or null where CPython has none} */
    String line(int lineno) {
        byte[] chunk = pyvm.lexer.ProgramText.lineBytes(file, lineno);
        return chunk == null ? null : decode(chunk);
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
}
