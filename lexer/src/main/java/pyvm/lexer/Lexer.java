package pyvm.lexer;

import java.util.List;

/**
 * The lexer stage's service: turns the bytes of a source file into tokens, as CPython's tokenizer
 * does for {@code python3.13 -m tokenize -e}. Implementations are found with ServiceLoader and
 * chosen by {@link #name()}.
 */
public interface Lexer {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * Tokenizes a whole file: the ENCODING token first, ENDMARKER last, with the NL, COMMENT,
     * INDENT and DEDENT tokens that {@code tokenize} reports.
     *
     * @param source   the file's bytes, decoded as PEP 263 says (cookie, BOM, or UTF-8)
     * @param filename the name errors report; never null
     * @return the tokens, never null
     * @throws PySyntaxError where CPython raises SyntaxError or a subclass; nothing else escapes
     */
    List<Token> tokenize(byte[] source, String filename);
}
