package pyvm.lexer;

import java.util.List;

/**
 * The lexer stage's service: turns the bytes of a source file into tokens, as CPython's tokenizer
 * does. Implementations are found with ServiceLoader and chosen by {@link #name()}.
 */
public interface Lexer {

    /**
     * Who reads the tokens. CPython runs one tokenizer in two modes: for the {@code tokenize} module
     * (Python-tokenize.c, {@code extra_tokens} on) and for the compiler. The tokens are the same in
     * both here; the compiler's mode adds the checks that lexer.c makes only when {@code extra_tokens}
     * is off, so that {@code python3.13 FILE} and {@code -m ast} reject what tokenize lets through:
     * invalid characters in names, "invalid decimal literal", leading zeros, unmatched and unclosed
     * brackets with their messages, undecodable bytes ("Non-UTF-8 code starting with ...").
     * The compiler reads a file in one of two ways. {@code COMPILE} reads it as {@code python3.13 FILE}
     * reads its script (Parser/tokenizer/file_tokenizer.c): a bad encoding declaration is an
     * "encoding problem: X", and bytes that are not UTF-8 where none is declared stop it at their
     * line ("Non-UTF-8 code starting with ..."). {@code COMPILE_STRING} reads it as
     * {@code compile(bytes, ...)} reads bytes, which is what {@code -m ast}, {@code -m symtable},
     * {@code -m dis} and {@code import} do (Parser/tokenizer/string_tokenizer.c): a NUL byte, an
     * unknown codec ("unknown encoding: X") and text the declared codec cannot decode are refused
     * before the first token, with Python's own messages; bytes that are not UTF-8 are read as they
     * are, and only a name or a string literal made of them is refused ("(unicode error) 'utf-8'
     * codec can't decode ..."); and the parser's positions count from the string tokenizer's
     * buffer, which puts a few carets and texts elsewhere.
     */
    enum Mode { TOKENIZE, COMPILE, COMPILE_STRING }

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * Tokenizes a whole file: the ENCODING token first, ENDMARKER last, with the NL, COMMENT,
     * INDENT and DEDENT tokens that {@code tokenize} reports.
     *
     * @param source   the file's bytes, decoded as PEP 263 says (cookie, BOM, or UTF-8)
     * @param filename the name errors report; never null
     * @param mode     whose errors to raise: tokenize's, or the compiler's
     * @return the tokens, never null
     * @throws PySyntaxError where CPython raises SyntaxError or a subclass; nothing else escapes
     */
    List<Token> tokenize(byte[] source, String filename, Mode mode);

    /**
     * Tokenizes for the parser, which raises the tokenizer's error only when it reaches it, as
     * CPython's parser, reading tokens one at a time, does: the tokens before the first error, the
     * error and its {@link TokenStream.Precedence}. This default tokenizes the whole file with
     * {@link #tokenize(byte[], String, Mode)} and, at an error, stops before the first token
     * ({@link TokenStream#failed}), which gives CPython's error wherever the tokenizer's error comes
     * before the parser's; a lexer that gives the tokens before its error gives it everywhere.
     *
     * @return the tokens and the error, never null; nothing is thrown for invalid source
     */
    default TokenStream tokenStream(byte[] source, String filename, Mode mode) {
        try {
            return TokenStream.of(tokenize(source, filename, mode));
        } catch (PySyntaxError e) {
            return TokenStream.failed(e);
        }
    }

    /** Tokenizes as {@code python3.13 -m tokenize} does: {@code tokenize(source, filename, Mode.TOKENIZE)}. */
    default List<Token> tokenize(byte[] source, String filename) {
        return tokenize(source, filename, Mode.TOKENIZE);
    }
}
