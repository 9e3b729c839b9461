package pyvm.lexer;

import java.util.Objects;

/**
 * One token, as Lib/tokenize.py's {@code TokenInfo}: its exact type, its text, where it stands,
 * and the physical line(s) it comes from.
 *
 * @param type     the exact type ({@code PLUS}, not {@code OP}); {@code OP} for a character that
 *                 is no operator of Python's, such as {@code $}
 * @param string   the token's text exactly as {@code TokenInfo.string} has it
 * @param location where it stands, columns in UTF-8 bytes (see {@link Location}); a start column
 *                 of -1 where tokenize has one, for a token that starts before its line (the INDENT
 *                 of a line read while an f-string is left open)
 * @param line     the source line(s) the token is on, as {@code TokenInfo.line} has them
 */
public record Token(TokenType type, String string, Location location, String line) {

    public Token {
        Objects.requireNonNull(type);
        Objects.requireNonNull(string);
        Objects.requireNonNull(location);
        Objects.requireNonNull(line);
    }

    /**
     * {@return the line {@code python3.13 -m tokenize} prints for this token, without its newline}
     * It is {@code "%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string)} of
     * Lib/tokenize.py's main(), where the range is {@code "%d,%d-%d,%d:"} in character columns.
     * Printed alone, the token is measured as the first of its line; {@link Tokenize#listing}
     * measures each token after the ones before it, as tokenize does, which gives the same columns
     * except where CPython's own column cache goes astray (see {@link TokenizeColumns}).
     *
     * @param exact true for {@code -e}: operators by their exact type names, as
     *              {@code TokenInfo.exact_type} finds them from the text; false: every operator as OP
     */
    public String toTokenizeLine(boolean exact) {
        return toTokenizeLine(exact, new TokenizeColumns().columns(this));
    }

    /** The line with the character columns {@code columns} (start, end) worked out by the caller. */
    String toTokenizeLine(boolean exact, int[] columns) {
        String range = location.lineno() + "," + columns[0] + "-" + location.endLineno() + "," + columns[1] + ":";
        return padded(range, 20) + padded(tokenizeTypeName(exact), 15) + padded(PyRepr.str(string), 15);
    }

    /**
     * {@return the type name tokenize prints} The C tokenizer's exact operator types reach Python as
     * OP ({@code tokenizeriter_next}); {@code exact_type} then looks the text up in
     * EXACT_TOKEN_TYPES, so a token whose text is no operator (a stray {@code $}) stays OP.
     */
    private String tokenizeTypeName(boolean exact) {
        if (!type.isOperator() && type != TokenType.OP) return type.name();
        if (!exact) return TokenType.OP.name();
        TokenType exactType = TokenType.ofOperator(string);
        return (exactType == null ? TokenType.OP : exactType).name();
    }

    /** Python's {@code %-Ns}: left-justified in N characters, counted as code points. */
    private static String padded(String s, int width) {
        int length = s.codePointCount(0, s.length());
        return length >= width ? s : s + " ".repeat(width - length);
    }
}
