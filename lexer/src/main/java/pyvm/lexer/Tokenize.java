package pyvm.lexer;

import java.util.List;

/**
 * What {@code python3.13 -m tokenize [-e] FILE} prints: the counterpart of {@code main()} in
 * Lib/tokenize.py, for any lexer's tokens and errors, so that a CLI only has to call it.
 */
public final class Tokenize {

    private Tokenize() {}

    /**
     * {@return everything {@code tokenize} writes to standard output for these tokens: one
     * {@link Token#toTokenizeLine(boolean)} per token, each ending in a newline, with the columns
     * worked out along the listing as tokenize does}
     *
     * @param exact true for {@code -e}
     */
    public static String listing(List<Token> tokens, boolean exact) {
        StringBuilder out = new StringBuilder(tokens.size() * 48);
        TokenizeColumns columns = new TokenizeColumns();
        for (Token token : tokens)
            out.append(token.toTokenizeLine(exact, columns.columns(token))).append('\n');
        return out.toString();
    }

    /**
     * {@return the line {@code tokenize} writes to standard error for an error of the lexer,
     * without its newline} For an error with a position, main() prints {@code "FILE:LINE:COL: error: MSG"}
     * from SyntaxError's {@code lineno} and {@code offset}: IndentationError and TabError directly,
     * SyntaxError after {@code _generate_tokens_from_c_tokenizer} has turned it into a TokenError
     * (which also renames an unterminated triple-quoted string "EOF in multi-line string", as
     * {@code _transform_msg} does). An error without a position, line 0 as CPython numbers it (those
     * of {@code detect_encoding}), prints as {@code "FILE: error: MSG"}.
     *
     * @param filename the name as given on the command line
     */
    public static String errorLine(PySyntaxError error, String filename) {
        if (error.lineno() == 0)
            return filename + ": error: " + error.message();
        String message = error.type() == PySyntaxError.Type.SyntaxError
                ? transformMessage(error.message())
                : error.message();
        return filename + ":" + error.lineno() + ":" + error.offset() + ": error: " + message;
    }

    /** Lib/tokenize.py's {@code _transform_msg}: the pure-Python tokenizer's old wording. */
    private static String transformMessage(String message) {
        return message.contains("unterminated triple-quoted string literal") ? "EOF in multi-line string" : message;
    }
}
