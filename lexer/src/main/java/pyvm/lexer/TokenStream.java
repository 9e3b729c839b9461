package pyvm.lexer;

import java.util.List;

/**
 * A file's tokens as the compiler's parser reads them: the tokens the tokenizer gave before it
 * stopped, and the error it stopped at. CPython's parser asks its tokenizer for one token at a time
 * ({@code _PyPegen_fill_token} in Parser/pegen.c), so the tokenizer's error is raised only when the
 * parser asks for the token the tokenizer could not read, and a parser error met before that comes
 * first: in {@code x = (1 2)} followed by a line that dedents to no enclosing block, the parser's
 * "Perhaps you forgot a comma?" wins over the IndentationError.
 *
 * <p>After a parser error, CPython reads the rest of the file for the tokenizer's errors
 * ({@code _PyPegen_tokenize_full_source_to_check_for_errors} in Parser/pegen_errors.c), and some of
 * them take the place of the parser's error. {@link Precedence} says which.
 *
 * @param tokens     the tokens before the tokenizer stopped, ENCODING first: the whole file, ENDMARKER
 *                   last, when {@code error} is null; none when the error comes before the first token
 * @param error      the error the tokenizer stopped at, raised by the parser when it asks for the token
 *                   after the last of {@code tokens}; null where the tokenizer read the whole file
 * @param precedence how {@code error} ranks against a parser error raised before the parser reaches it;
 *                   null exactly when {@code error} is
 */
public record TokenStream(List<Token> tokens, PySyntaxError error, Precedence precedence) {

    /** Whether the tokenizer's error replaces a parser error CPython raised before reaching it. */
    public enum Precedence {
        /**
         * The tokenizer raised the error itself ({@code PyErr_Occurred()} after its ERRORTOKEN), outside
         * any f-string: "unterminated string literal", "invalid character", "unmatched ')'"... It
         * replaces the parser's error.
         */
        REPLACES_PARSER_ERROR,
        /**
         * A bracket never closed ({@code E_EOF} inside brackets): it replaces the parser's error when
         * the bracket opened on a line before that of the last token the parser read.
         */
        REPLACES_LATER_PARSER_ERROR,
        /**
         * The tokenizer stopped with a code that only the parser makes an error of (an indentation
         * that matches no block, tabs and spaces mixed, a character after a backslash, the end of the
         * file), or raised the error inside an f-string: the parser's error stands.
         */
        YIELDS_TO_PARSER_ERROR
    }

    public TokenStream {
        tokens = List.copyOf(tokens);
        if ((error == null) != (precedence == null))
            throw new IllegalArgumentException("an error comes with its precedence, and only an error");
    }

    /** {@return the tokens of a file read to its end, ENDMARKER last} */
    public static TokenStream of(List<Token> tokens) {
        return new TokenStream(tokens, null, null);
    }

    /**
     * {@return a stream that stops before its first token, at an error that replaces the parser's}
     * That is an error CPython raises before the parser runs (a file it cannot decode), and what a
     * lexer that throws its first error says of any error: raised before anything the parser finds.
     */
    public static TokenStream failed(PySyntaxError error) {
        return new TokenStream(List.of(), error, Precedence.REPLACES_PARSER_ERROR);
    }

    /** {@return the whole file's tokens} @throws PySyntaxError the error the tokenizer stopped at, if any */
    public List<Token> orThrow() {
        if (error != null) throw error;
        return tokens;
    }
}
