package pyvm.lexer.reference;

import pyvm.lexer.Token;
import pyvm.lexer.TokenType;

/**
 * String and bytes literals, the {@code letter_quote} part of {@code tok_get_normal_mode} in
 * Parser/lexer/lexer.c. The whole literal, prefix and quotes included, is one STRING token; a
 * triple-quoted one may span lines, and then starts on the line of its prefix.
 *
 * <p>A backslash takes the next character with it, whatever the prefix: in a raw string
 * {@code r"\""} is still one literal. An unterminated literal is reported at its start, with the
 * line where its end was looked for.
 */
final class Strings {

    private Strings() {}

    /** A literal whose opening quote {@code quote} has just been read; {@code tok.start} is at its prefix. */
    static Token string(TokState tok, TokenMaker maker, int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        boolean hasEscapedQuote = false;
        tok.firstLineno = tok.lineno;
        tok.multiLineStart = tok.lineStart;

        int c = tok.nextc();
        if (c == quote) {
            c = tok.nextc();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1;   // the empty string
        }
        if (c != quote) tok.backup(c);

        while (endQuoteSize != quoteSize) {
            c = tok.nextc();
            if (c == TokState.EOF || (quoteSize == 1 && c == '\n'))
                throw unterminated(tok, quote, quoteSize, hasEscapedQuote);
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = tok.nextc();
                    if (c == quote) hasEscapedQuote = true;
                    if (c == '\r') tok.nextc();
                }
            }
        }
        return maker.make(TokenType.STRING, tok.start, tok.cur);
    }

    /**
     * The error for a literal without its end: positioned just after the literal's first
     * character, on its first line. Inside an f-string's braces, a quote like the f-string's own
     * more likely ends the f-string too early, so the error asks for the '}' instead. A one-line
     * literal that escaped its own quote somewhere probably meant that quote as its end.
     */
    private static RuntimeException unterminated(TokState tok, int quote, int quoteSize, boolean hasEscapedQuote) {
        tok.cur = tok.start + 1;
        tok.lineStart = tok.multiLineStart;
        int detectedAt = tok.lineno;
        tok.lineno = tok.firstLineno;
        if (tok.insideFString()) {
            TokenizerMode fstring = tok.mode();
            if (fstring.quote == quote && fstring.quoteSize == quoteSize)
                return tok.syntaxError(Messages.FSTRING_EXPECTING_BRACE);
        }
        if (quoteSize == 3) return tok.syntaxError(Messages.unterminatedTripleQuoted(detectedAt));
        return tok.syntaxError(hasEscapedQuote
                ? Messages.unterminatedStringEscapedQuote(detectedAt)
                : Messages.unterminatedString(detectedAt));
    }
}
