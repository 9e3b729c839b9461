package pyvm.lexer;

import java.util.HashMap;
import java.util.Map;

/**
 * Every token type of CPython 3.13's {@code token} module, with its number (Lib/token.py).
 * Operators have an exact type ({@code PLUS}, {@code LPAR}, ...); {@code tokenize} without
 * {@code -e} prints all of them as {@code OP}.
 */
public enum TokenType {
    ENDMARKER(0, null),
    NAME(1, null),
    NUMBER(2, null),
    STRING(3, null),
    NEWLINE(4, null),
    INDENT(5, null),
    DEDENT(6, null),
    LPAR(7, "("),
    RPAR(8, ")"),
    LSQB(9, "["),
    RSQB(10, "]"),
    COLON(11, ":"),
    COMMA(12, ","),
    SEMI(13, ";"),
    PLUS(14, "+"),
    MINUS(15, "-"),
    STAR(16, "*"),
    SLASH(17, "/"),
    VBAR(18, "|"),
    AMPER(19, "&"),
    LESS(20, "<"),
    GREATER(21, ">"),
    EQUAL(22, "="),
    DOT(23, "."),
    PERCENT(24, "%"),
    LBRACE(25, "{"),
    RBRACE(26, "}"),
    EQEQUAL(27, "=="),
    NOTEQUAL(28, "!="),
    LESSEQUAL(29, "<="),
    GREATEREQUAL(30, ">="),
    TILDE(31, "~"),
    CIRCUMFLEX(32, "^"),
    LEFTSHIFT(33, "<<"),
    RIGHTSHIFT(34, ">>"),
    DOUBLESTAR(35, "**"),
    PLUSEQUAL(36, "+="),
    MINEQUAL(37, "-="),
    STAREQUAL(38, "*="),
    SLASHEQUAL(39, "/="),
    PERCENTEQUAL(40, "%="),
    AMPEREQUAL(41, "&="),
    VBAREQUAL(42, "|="),
    CIRCUMFLEXEQUAL(43, "^="),
    LEFTSHIFTEQUAL(44, "<<="),
    RIGHTSHIFTEQUAL(45, ">>="),
    DOUBLESTAREQUAL(46, "**="),
    DOUBLESLASH(47, "//"),
    DOUBLESLASHEQUAL(48, "//="),
    AT(49, "@"),
    ATEQUAL(50, "@="),
    RARROW(51, "->"),
    ELLIPSIS(52, "..."),
    COLONEQUAL(53, ":="),
    EXCLAMATION(54, "!"),
    OP(55, null),
    TYPE_IGNORE(56, null),
    TYPE_COMMENT(57, null),
    SOFT_KEYWORD(58, null),
    FSTRING_START(59, null),
    FSTRING_MIDDLE(60, null),
    FSTRING_END(61, null),
    COMMENT(62, null),
    NL(63, null),
    ERRORTOKEN(64, null),
    ENCODING(65, null);

    private final int number;
    private final String operator;

    TokenType(int number, String operator) {
        this.number = number;
        this.operator = operator;
    }

    /** {@return the number Lib/token.py gives this type} */
    public int number() {
        return number;
    }

    /** {@return the operator's text for an exact operator type, or null for any other type} */
    public String operator() {
        return operator;
    }

    /** {@return true for the exact types of operators, which generic {@code tokenize} prints as OP} */
    public boolean isOperator() {
        return operator != null;
    }

    /** {@return the exact type of an operator's text (Lib/token.py's EXACT_TOKEN_TYPES), or null} */
    public static TokenType ofOperator(String text) {
        return BY_OPERATOR.get(text);
    }

    /** Lib/token.py's EXACT_TOKEN_TYPES. */
    private static final Map<String, TokenType> BY_OPERATOR = new HashMap<>();

    static {
        for (TokenType t : values())
            if (t.operator != null) BY_OPERATOR.put(t.operator, t);
    }
}
