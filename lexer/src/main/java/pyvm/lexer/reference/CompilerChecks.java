package pyvm.lexer.reference;

import java.nio.charset.StandardCharsets;
import pyvm.lexer.PyRepr;

/**
 * The checks Parser/lexer/lexer.c makes only for the compiler, when {@code tok->tok_extra_tokens}
 * is off: the tokenize module wants every token it can get, even from code that cannot run, while
 * the compiler wants the first reason the code is wrong, worded for a person. Each method returns
 * at once when the lexer reads for tokenize; the tokens are the same in both modes.
 *
 * <p>The errors are {@code _PyTokenizer_syntaxerror}'s: on the current line, at the character
 * before the reading position, which each check puts where CPython puts it.
 */
final class CompilerChecks {

    private CompilerChecks() {}

    /**
     * {@code verify_identifier}: a name with a non-ASCII character must follow PEP 3131, starting
     * with a letter or {@code _} (XID_Start) and going on with letters, digits and marks
     * (XID_Continue). The error stands just after the first character that breaks the rule. Where
     * the string tokenizer reads bytes as they are, the name must first be UTF-8.
     */
    static void verifyIdentifier(TokState tok) {
        if (!tok.compile) return;
        String undecodable = tok.utf8Error(tok.start, tok.cur);
        if (undecodable != null) throw CompilerErrors.undecodableName(tok, undecodable);
        String name = tok.decode(tok.start, tok.cur);
        int invalid = 0;
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i)), invalid++) {
            int ch = name.codePointAt(i);
            boolean valid = i == 0 ? IdentifierCodePoints.isXidStart(ch) || ch == '_' : IdentifierCodePoints.isXidContinue(ch);
            if (valid) continue;
            int after = i + Character.charCount(ch);
            tok.cur = tok.start + name.substring(0, after).getBytes(StandardCharsets.UTF_8).length;
            throw tok.syntaxError(PyRepr.isPrintable(ch) ? Messages.invalidCharacter(ch) : Messages.invalidNonPrintable(ch));
        }
    }

    /**
     * {@code verify_end_of_number}: a number must not run into a letter ({@code 1abc}, {@code 0x1g},
     * {@code 1jx}), which is reported as an invalid literal of its {@code kind} at the number's last
     * character. Where the letters begin a keyword that may follow a number in valid code
     * ({@code 1if x else y}, {@code 0 or 1}), CPython only warns (SyntaxWarning "invalid decimal
     * literal"), which this lexer does not: the warning is not an error, the tokens are the same.
     * {@code c} is the character after the number, already read.
     */
    static void verifyEndOfNumber(TokState tok, int c, String kind) {
        if (!tok.compile) return;
        boolean keyword = switch (c) {
            case 'a' -> lookahead(tok, "nd");
            case 'e' -> lookahead(tok, "lse");
            case 'f' -> lookahead(tok, "or");
            case 'i' -> {
                int c2 = tok.nextc();
                tok.backup(c2);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead(tok, "r");
            case 'n' -> lookahead(tok, "ot");
            default -> false;
        };
        if (!keyword && c < 128 && NormalMode.isPotentialIdentifierChar(c)) {
            tok.backup(c);
            throw tok.syntaxError(Messages.invalidLiteral(kind));
        }
    }

    /** {@code lookahead}: whether {@code test} comes next and ends a name; reads nothing in the end. */
    private static boolean lookahead(TokState tok, String test) {
        int matched = 0;
        boolean result = false;
        for (;;) {
            int c = tok.nextc();
            if (matched == test.length()) {
                result = !NormalMode.isPotentialIdentifierChar(c);
            } else if (c == test.charAt(matched)) {
                matched++;
                continue;
            }
            tok.backup(c);
            while (matched > 0) tok.backup(test.charAt(--matched));
            return result;
        }
    }

    /**
     * The old octal notation {@code 0777}, which tokenize lets through: after leading zeros, a
     * decimal integer must be zero. The error spans from the number's second byte to the byte after
     * the first nonzero digit ({@code zerosEnd}), in bytes, as CPython 3.13.0 reports it.
     */
    static void leadingZeros(TokState tok, int c, int zerosEnd) {
        if (!tok.compile) return;
        tok.backup(c);
        throw tok.syntaxErrorKnownRange(tok.start + 1 - tok.lineStart, zerosEnd - tok.lineStart, Messages.LEADING_ZEROS);
    }

    /**
     * The {@code ')'}, {@code ']'} and {@code '}'} case of {@code tok_get_normal_mode}: a closing
     * bracket must close the bracket opened last. Inside an f-string's replacement field, a bracket
     * that would close the field's own brace is "f-string: unmatched". Called before the bracket is
     * counted, so {@code tok.level} still includes the bracket it closes.
     */
    static void closingBracket(TokState tok, TokenizerMode current, int c) {
        if (!tok.compile) return;
        if (tok.level == 0) throw tok.syntaxError(Messages.unmatched(c));
        int opening = tok.parenstack[tok.level - 1];
        if (opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}') return;
        if (tok.insideFString() && opening == '{' && current.curlyBracketDepth - 1 == current.curlyBracketExprStartDepth)
            throw tok.syntaxError(Messages.fstringUnmatched(c));
        int openedOn = tok.parenlinenostack[tok.level - 1];
        throw tok.syntaxError(openedOn != tok.lineno
                ? Messages.doesNotMatchOnLine(c, opening, openedOn)
                : Messages.doesNotMatch(c, opening));
    }
}
