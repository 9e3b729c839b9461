package pyvm.lexer;

import java.util.Objects;

/**
 * One token, as Lib/tokenize.py's {@code TokenInfo}: its exact type, its text, where it stands,
 * and the physical line(s) it comes from.
 *
 * @param type     the exact type ({@code PLUS}, not {@code OP})
 * @param string   the token's text exactly as it stands in the source
 * @param location where it stands, columns in UTF-8 bytes (see {@link Location})
 * @param line     the source line(s) the token is on, as {@code TokenInfo.line} has them
 */
public record Token(TokenType type, String string, Location location, String line) {

    public Token {
        Objects.requireNonNull(type);
        Objects.requireNonNull(string);
        Objects.requireNonNull(location);
        Objects.requireNonNull(line);
    }
}
