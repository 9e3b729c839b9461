package pyvm.lexer.reference;

import pyvm.lexer.TokenType;

/**
 * The operator tables of Parser/token.c ({@code _PyToken_OneChar}, {@code _PyToken_TwoChars},
 * {@code _PyToken_ThreeChars}), read from {@link TokenType}'s texts. One entry has no text of its
 * own there: {@code <>}, which token.c keeps as NOTEQUAL for the Barry-as-FLUFL easter egg, so it
 * is one token, which tokenize then prints as OP.
 */
final class Operators {

    private Operators() {}

    /** {@code _PyToken_OneChar}: the type of a one-character operator; OP for any other character. */
    static TokenType oneChar(int c) {
        TokenType type = c >= 0 && c < 0x80 ? TokenType.ofOperator(String.valueOf((char) c)) : null;
        return type == null ? TokenType.OP : type;
    }

    /** {@code _PyToken_TwoChars}, with null where token.c answers OP. */
    static TokenType twoChars(int c1, int c2) {
        if (c1 == '<' && c2 == '>') return TokenType.NOTEQUAL;
        return ascii(c1) && ascii(c2) ? TokenType.ofOperator("" + (char) c1 + (char) c2) : null;
    }

    /** {@code _PyToken_ThreeChars}, with null where token.c answers OP. */
    static TokenType threeChars(int c1, int c2, int c3) {
        return ascii(c1) && ascii(c2) && ascii(c3) ? TokenType.ofOperator("" + (char) c1 + (char) c2 + (char) c3) : null;
    }

    private static boolean ascii(int c) {
        return c >= 0 && c < 0x80;
    }
}
