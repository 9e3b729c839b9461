package pyvm.lexer.reference;

import pyvm.lexer.Token;
import pyvm.lexer.TokenType;

/**
 * f-strings as PEP 701 tokenizes them: FSTRING_START (prefix and quotes), then FSTRING_MIDDLE
 * for each run of literal text and the tokens of each replacement field's expression, then
 * FSTRING_END. This is the {@code f_string_quote} part of {@code tok_get_normal_mode} and
 * {@code tok_get_fstring_mode} of Parser/lexer/lexer.c.
 *
 * <p>Each f-string pushes a {@link TokenizerMode}. Its literal text is read here; at a single
 * '{' the mode turns regular and {@link NormalMode} reads the expression, counting brackets, until
 * the '}' that closes the field, or a ':' that starts its format spec, which is literal text again
 * (and may hold nested fields). A doubled brace is one literal brace: the FSTRING_MIDDLE ends
 * after the first, and the second is skipped. Expressions may hold any quotes, f-strings
 * included, which is why the mode is a stack.
 */
final class FStrings {

    private FStrings() {}

    /** The start of an f-string whose opening quote {@code quote} has just been read. */
    static Token start(TokState tok, TokenMaker maker, int quote) {
        int quoteSize = 1;
        tok.firstLineno = tok.lineno;
        tok.multiLineStart = tok.lineStart;
        int afterQuote = tok.nextc();
        if (afterQuote == quote) {
            int afterAfterQuote = tok.nextc();
            if (afterAfterQuote == quote) {
                quoteSize = 3;
            } else {
                tok.backup(afterAfterQuote);
                tok.backup(afterQuote);
            }
        }
        if (afterQuote != quote) tok.backup(afterQuote);

        if (tok.modeIndex + 1 >= TokState.MAXFSTRINGLEVEL) throw tok.syntaxError(Messages.TOO_MANY_NESTED_FSTRINGS);
        TokenizerMode mode = new TokenizerMode();
        tok.modes[++tok.modeIndex] = mode;
        mode.kind = TokenizerMode.Kind.FSTRING;
        mode.quote = quote;
        mode.quoteSize = quoteSize;
        mode.start = tok.start;
        mode.multiLineStart = tok.lineStart;
        mode.lineStart = tok.lineno;
        int prefix = tok.text[tok.start];
        mode.raw = prefix == 'r' || prefix == 'R' || Character.toLowerCase(tok.text[tok.start + 1]) == 'r';
        return maker.make(TokenType.FSTRING_START, tok.start, tok.cur);
    }

    /** {@code tok_get_fstring_mode}: the next token of the f-string {@code current}. */
    static Token get(TokState tok, TokenMaker maker, TokenizerMode current) {
        tok.start = tok.cur;
        tok.firstLineno = tok.lineno;

        // A field starts right here: nothing literal to read before it.
        int startChar = tok.nextc();
        if (startChar == '{') {
            int peek = tok.nextc();
            tok.backup(peek);
            tok.backup(startChar);
            if (peek != '{') {
                enterField(tok, current);
                return NormalMode.get(tok, maker, current);
            }
        } else {
            tok.backup(startChar);
        }

        if (atEnd(tok, current)) {
            tok.modeIndex--;
            return maker.make(TokenType.FSTRING_END, tok.start, tok.cur);
        }
        return middle(tok, maker, current);
    }

    /** Reads the closing quotes if they come next; quotes that match only partly stay read, as in CPython. */
    private static boolean atEnd(TokState tok, TokenizerMode current) {
        for (int i = 0; i < current.quoteSize; i++) {
            int quote = tok.nextc();
            if (quote != current.quote) {
                tok.backup(quote);
                return false;
            }
        }
        return true;
    }

    /** Literal text up to a field, a '}' or the end of the f-string, as one FSTRING_MIDDLE. */
    private static Token middle(TokState tok, TokenMaker maker, TokenizerMode current) {
        tok.multiLineStart = tok.lineStart;
        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != current.quoteSize) {
            int c = tok.nextc();
            boolean inFormatSpec = current.inFormatSpec && current.insideExpression();
            if (c == TokState.EOF || (current.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    // A format spec ends at the end of its line; the expression's mode takes over.
                    tok.backup(c);
                    tok.mode().kind = TokenizerMode.Kind.REGULAR;
                    current.inFormatSpec = false;
                    return maker.make(TokenType.FSTRING_MIDDLE, tok.start, tok.cur);
                }
                throw unterminated(tok, current);
            }
            if (c == current.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                int peek = tok.nextc();
                if (peek != '{' || inFormatSpec) {
                    tok.backup(peek);
                    tok.backup(c);
                    enterField(tok, current);
                    current.inFormatSpec = false;
                    return maker.make(TokenType.FSTRING_MIDDLE, tok.start, tok.cur);
                }
                return maker.make(TokenType.FSTRING_MIDDLE, tok.start, tok.cur - 1);
            } else if (c == '}') {
                if (unicodeEscape) return maker.make(TokenType.FSTRING_MIDDLE, tok.start, tok.cur);
                int peek = tok.nextc();
                if (peek == '}' && !inFormatSpec && current.curlyBracketDepth == 0)
                    return maker.make(TokenType.FSTRING_MIDDLE, tok.start, tok.cur - 1);
                tok.backup(peek);
                tok.backup(c);
                tok.mode().kind = TokenizerMode.Kind.REGULAR;
                current.inFormatSpec = false;
                return maker.make(TokenType.FSTRING_MIDDLE, tok.start, tok.cur);
            } else if (c == '\\') {
                int peek = tok.nextc();
                if (peek == '\r') peek = tok.nextc();
                if (peek == '{' || peek == '}') {
                    // The brace is not escaped: it is read again, as a brace, on the next turn.
                    tok.backup(peek);
                    continue;
                }
                if (!current.raw && peek == 'N') {
                    // \N{NAME}: its braces are part of the escape, not a field.
                    peek = tok.nextc();
                    if (peek == '{') unicodeEscape = true;
                    else tok.backup(peek);
                }
            }
        }
        // The closing quotes were read: put them back for FSTRING_END.
        for (int i = 0; i < current.quoteSize; i++) tok.backup(current.quote);
        return maker.make(TokenType.FSTRING_MIDDLE, tok.start, tok.cur);
    }

    /** A replacement field begins: one more level, at most MAX_EXPR_NESTING, and the regular mode. */
    private static void enterField(TokState tok, TokenizerMode current) {
        current.curlyBracketExprStartDepth++;
        if (current.curlyBracketExprStartDepth >= TokState.MAX_EXPR_NESTING)
            throw tok.syntaxError(Messages.FSTRING_NESTED_TOO_DEEPLY);
        tok.mode().kind = TokenizerMode.Kind.REGULAR;
    }

    /** An f-string without its end, reported after the first character of its prefix, on its first line. */
    private static RuntimeException unterminated(TokState tok, TokenizerMode current) {
        tok.cur = current.start + 1;
        tok.lineStart = current.multiLineStart;
        int detectedAt = tok.lineno;
        tok.lineno = current.lineStart;
        return tok.syntaxError(current.quoteSize == 3
                ? Messages.unterminatedTripleQuotedFString(detectedAt)
                : Messages.unterminatedFString(detectedAt));
    }
}
