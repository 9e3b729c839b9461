package pyvm.lexer.reference;

import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;

/**
 * Indentation, as the start of {@code tok_get_normal_mode} in Parser/lexer/lexer.c measures it at
 * the beginning of each line, and the INDENT and DEDENT tokens it leaves pending.
 *
 * <p>A line's indentation is measured twice: with tabs to the next multiple of 8 ({@code col}),
 * and with every tab as one column ({@code altcol}). If the two measures order two lines
 * differently, the meaning depends on the tab size and CPython raises TabError. A form feed resets
 * both measures. Blank lines and comment-only lines, and lines inside brackets, do not count.
 */
final class Indentation {

    private Indentation() {}

    /** The alternate tab size, ALTTABSIZE of lexer.c. */
    private static final int ALTTABSIZE = 1;

    /**
     * Reads the indentation of the line now starting and records the INDENTs or DEDENTs it calls
     * for in {@code tok.pendin}. {@return whether the line is blank: only whitespace or a comment}
     */
    static boolean atLineStart(TokState tok) {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        tok.atbol = false;
        int c;
        for (;;) {
            c = tok.nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TokState.TABSIZE + 1) * TokState.TABSIZE;
                altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split over lines with backslashes: the first backslash
                // after whitespace fixes the indentation of what follows.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                NormalMode.continuationLine(tok);
            } else {
                break;
            }
        }
        tok.backup(c);
        boolean blankline = c == '#' || c == '\n' || c == '\r';
        if (!blankline && tok.level == 0) {
            if (contLineCol != 0) col = altcol = contLineCol;
            measure(tok, col, altcol);
        }
        return blankline;
    }

    /** Sets the buffer's end as the position, as lexer.c does before it stops with a {@link Done} code here. */
    private static PySyntaxError done(TokState tok, Done code) {
        tok.cur = tok.inp;
        return tok.done(code);
    }

    private static void measure(TokState tok, int col, int altcol) {
        if (col == tok.indstack[tok.indent]) {
            if (altcol != tok.altindstack[tok.indent]) throw done(tok, Done.E_TABSPACE);
        } else if (col > tok.indstack[tok.indent]) {
            if (tok.indent + 1 >= TokState.MAXINDENT) throw done(tok, Done.E_TOODEEP);
            if (altcol <= tok.altindstack[tok.indent]) throw done(tok, Done.E_TABSPACE);
            tok.pendin++;
            tok.indstack[++tok.indent] = col;
            tok.altindstack[tok.indent] = altcol;
        } else {
            while (tok.indent > 0 && col < tok.indstack[tok.indent]) {
                tok.pendin--;
                tok.indent--;
            }
            if (col != tok.indstack[tok.indent]) throw done(tok, Done.E_DEDENT);
            if (altcol != tok.altindstack[tok.indent]) throw done(tok, Done.E_TABSPACE);
        }
    }

    /**
     * {@return the next pending INDENT or DEDENT} An INDENT's text is the buffer up to the first
     * token of the line, its indentation; a DEDENT is empty, where that token starts.
     */
    static Token pending(TokState tok, TokenMaker maker) {
        if (tok.pendin < 0) {
            tok.pendin++;
            return maker.make(TokenType.DEDENT, tok.cur, tok.cur);
        }
        tok.pendin--;
        return maker.make(TokenType.INDENT, tok.buf, tok.cur);
    }
}
