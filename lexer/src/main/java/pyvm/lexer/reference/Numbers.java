package pyvm.lexer.reference;

import pyvm.lexer.Token;
import pyvm.lexer.TokenType;

/**
 * Number literals, the Number part of {@code tok_get_normal_mode} in Parser/lexer/lexer.c:
 * {@code 0x}, {@code 0o}, {@code 0b} integers, decimal integers, fractions, exponents and the
 * imaginary {@code j}, each with single underscores between digits.
 *
 * <p>tokenize is more lenient than the compiler: with its extra tokens on, CPython skips
 * {@code verify_end_of_number} (so {@code 1abc} is a NUMBER and a NAME) and the check for leading
 * zeros ({@code 0777}), which {@link CompilerChecks} makes for the compiler. What tokenize keeps are
 * the errors inside a literal: a misplaced underscore, a prefix without digits, a digit too large
 * for its base, an exponent without digits after its sign.
 */
final class Numbers {

    private Numbers() {}

    /** A number whose first digit {@code c} has just been read. */
    static Token number(TokState tok, TokenMaker maker, int c) {
        if (c != '0') {
            c = decimalTail(tok);
            if (c == '.') return fraction(tok, maker, tok.nextc());
            return exponentOrImaginary(tok, maker, c);
        }
        c = tok.nextc();
        if (c == 'x' || c == 'X') return radix(tok, maker, 16, "hexadecimal");
        if (c == 'o' || c == 'O') return radix(tok, maker, 8, "octal");
        if (c == 'b' || c == 'B') return radix(tok, maker, 2, "binary");
        // Zeros, maybe an old-style octal; tokenize lets "0777" through.
        for (;;) {
            if (c == '_') {
                c = tok.nextc();
                if (!NormalMode.isDigit(c)) {
                    tok.backup(c);
                    throw tok.syntaxError(Messages.INVALID_DECIMAL);
                }
            }
            if (c != '0') break;
            c = tok.nextc();
        }
        int zerosEnd = tok.cur;
        boolean nonzero = NormalMode.isDigit(c);
        if (nonzero) c = decimalTail(tok);
        if (c == '.') return fraction(tok, maker, tok.nextc());
        if (nonzero && c != 'e' && c != 'E' && c != 'j' && c != 'J') CompilerChecks.leadingZeros(tok, c, zerosEnd);
        return exponentOrImaginary(tok, maker, c);
    }

    /**
     * The digits after {@code 0x}, {@code 0o} or {@code 0b}. A decimal digit too large for the base
     * is named in the error, which points just past it; anything else points before itself.
     */
    private static Token radix(TokState tok, TokenMaker maker, int base, String kind) {
        int c = tok.nextc();
        do {
            if (c == '_') c = tok.nextc();
            if (!isDigit(c, base)) {
                if (base != 16 && NormalMode.isDigit(c)) throw tok.syntaxError(Messages.invalidDigit(c, kind));
                tok.backup(c);
                throw tok.syntaxError(Messages.invalidLiteral(kind));
            }
            do {
                c = tok.nextc();
            } while (isDigit(c, base));
        } while (c == '_');
        if (base != 16 && NormalMode.isDigit(c)) throw tok.syntaxError(Messages.invalidDigit(c, kind));
        return finish(tok, maker, c, kind);
    }

    /** The digits after a decimal point; {@code c} is the character after the point. */
    static Token fraction(TokState tok, TokenMaker maker, int c) {
        if (NormalMode.isDigit(c)) c = decimalTail(tok);
        return exponentOrImaginary(tok, maker, c);
    }

    private static Token exponentOrImaginary(TokState tok, TokenMaker maker, int c) {
        if (c == 'e' || c == 'E') return exponent(tok, maker, c);
        if (c == 'j' || c == 'J') return finish(tok, maker, tok.nextc(), "imaginary");
        return finish(tok, maker, c, "decimal");
    }

    /**
     * An exponent. An 'e' without digits after it is not part of the number ({@code 1else} is
     * {@code 1} and {@code else}), but after a sign digits must follow.
     */
    private static Token exponent(TokState tok, TokenMaker maker, int e) {
        int c = tok.nextc();
        if (c == '+' || c == '-') {
            c = tok.nextc();
            if (!NormalMode.isDigit(c)) {
                tok.backup(c);
                throw tok.syntaxError(Messages.INVALID_DECIMAL);
            }
        } else if (!NormalMode.isDigit(c)) {
            tok.backup(c);
            CompilerChecks.verifyEndOfNumber(tok, e, "decimal");
            tok.backup(e);
            return maker.make(TokenType.NUMBER, tok.start, tok.cur);
        }
        c = decimalTail(tok);
        if (c == 'j' || c == 'J') return finish(tok, maker, tok.nextc(), "imaginary");
        return finish(tok, maker, c, "decimal");
    }

    /** {@code tok_decimal_tail}: digits with single underscores between them; returns the character after. */
    private static int decimalTail(TokState tok) {
        for (;;) {
            int c;
            do {
                c = tok.nextc();
            } while (NormalMode.isDigit(c));
            if (c != '_') return c;
            c = tok.nextc();
            if (!NormalMode.isDigit(c)) {
                tok.backup(c);
                throw tok.syntaxError(Messages.INVALID_DECIMAL);
            }
        }
    }

    /** The number ends before {@code c}, which must not go on as a name for the compiler; {@code kind} names the literal. */
    private static Token finish(TokState tok, TokenMaker maker, int c, String kind) {
        CompilerChecks.verifyEndOfNumber(tok, c, kind);
        tok.backup(c);
        return maker.make(TokenType.NUMBER, tok.start, tok.cur);
    }

    private static boolean isDigit(int c, int base) {
        return switch (base) {
            case 16 -> NormalMode.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }
}
