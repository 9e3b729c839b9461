package pyvm.lexer.reference;

import pyvm.lexer.PyRepr;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;

/**
 * The regular mode of the tokenizer, {@code tok_get_normal_mode} of Parser/lexer/lexer.c: one
 * token of ordinary Python code, or of an expression inside an f-string's braces.
 *
 * <p>The order of the tests is CPython's and matters: indentation and pending INDENT/DEDENT
 * first, then whitespace, a comment, the end of the file, a name (or a string's prefix), a newline,
 * a number, a string, a backslash continuation, and operators last. Like {@code tokenize}, this
 * mode reports what the parser never sees: COMMENT, and NL for newlines that end no statement.
 */
final class NormalMode {

    private NormalMode() {}

    static Token get(TokState tok, TokenMaker maker, TokenizerMode current) {
        tok.start = -1;
        boolean blankline = tok.atbol && Indentation.atLineStart(tok);
        tok.start = tok.cur;
        if (tok.pendin != 0) return Indentation.pending(tok, maker);

        int c = tok.nextc();
        tok.backup(c);
        for (;;) {
            tok.start = -1;
            do {
                c = tok.nextc();
            } while (c == ' ' || c == '\t' || c == '\f');
            tok.start = tok.cur - 1;

            if (c == '#') return comment(tok, maker, c, blankline);
            if (c == TokState.EOF) {
                if (tok.level > 0) throw tok.done(Done.E_EOF);
                return maker.make(TokenType.ENDMARKER, -1, -1);
            }
            if (isPotentialIdentifierStart(c)) return nameOrPrefixedString(tok, maker, c);
            // A carriage return is skipped here whatever follows it; before anything but '\n' the
            // token then begins with it, as in CPython.
            if (c == '\r') c = tok.nextc();
            if (c == '\n') return newline(tok, maker, blankline);
            if (c == '.') return dot(tok, maker);
            if (isDigit(c)) return Numbers.number(tok, maker, c);
            if (c == '\'' || c == '"') return Strings.string(tok, maker, c);
            if (c == '\\') {
                continuationLine(tok);
                continue;
            }
            return operator(tok, maker, current, c);
        }
    }

    /** The comment runs to the end of the line; a carriage return ends it too. */
    private static Token comment(TokState tok, TokenMaker maker, int c, boolean blankline) {
        while (c != TokState.EOF && c != '\n' && c != '\r') c = tok.nextc();
        tok.backup(c);
        tok.commentNewline = blankline;
        return maker.make(TokenType.COMMENT, tok.start, tok.cur);
    }

    /**
     * A name, unless its letters are a string prefix followed by a quote: any order of one b, r,
     * u or f, where u stands alone, and b and f do not go together.
     */
    private static Token nameOrPrefixedString(TokState tok, TokenMaker maker, int c) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
            else break;
            c = tok.nextc();
            if (c == '"' || c == '\'')
                return sawF ? FStrings.start(tok, maker, c) : Strings.string(tok, maker, c);
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            nonascii |= c >= 128;
            c = tok.nextc();
        }
        tok.backup(c);
        if (nonascii) CompilerChecks.verifyIdentifier(tok);
        return maker.make(TokenType.NAME, tok.start, tok.cur);
    }

    /**
     * A newline ends a statement (NEWLINE) unless the line is blank or inside brackets (NL). A
     * comment alone on a line was seen before its newline, so the comment remembers that its
     * line was blank.
     */
    private static Token newline(TokState tok, TokenMaker maker, boolean blankline) {
        tok.atbol = true;
        if (blankline || tok.level > 0 || tok.commentNewline) {
            tok.commentNewline = false;
            return maker.make(TokenType.NL, tok.start, tok.cur);
        }
        return maker.make(TokenType.NEWLINE, tok.start, tok.cur - 1);
    }

    /** A period: a number's fraction, an ellipsis, or a DOT. */
    private static Token dot(TokState tok, TokenMaker maker) {
        int c = tok.nextc();
        if (isDigit(c)) return Numbers.fraction(tok, maker, c);
        if (c == '.') {
            c = tok.nextc();
            if (c == '.') return maker.make(TokenType.ELLIPSIS, tok.start, tok.cur);
            tok.backup(c);
            tok.backup('.');
        } else {
            tok.backup(c);
        }
        return maker.make(TokenType.DOT, tok.start, tok.cur);
    }

    /** {@code tok_continuation_line}: a backslash must end its line, and another line must follow. */
    static void continuationLine(TokState tok) {
        int c = tok.nextc();
        if (c == '\r') c = tok.nextc();
        if (c != '\n') throw tok.done(Done.E_LINECONT);
        c = tok.nextc();
        if (c == TokState.EOF) {
            tok.cur = tok.inp;
            throw tok.done(Done.E_EOF);
        }
        tok.backup(c);
    }

    /**
     * Operators and brackets. Inside an f-string's braces, a ':' at the field's own depth starts
     * the format spec, and brackets are counted so that the closing '}' of the field is found.
     */
    private static Token operator(TokState tok, TokenMaker maker, TokenizerMode current, int c) {
        boolean punctuation = c == ':' || c == '}' || c == '!' || c == '{';
        if (punctuation && tok.insideFString() && current.insideExpression()) {
            int cursor = current.curlyBracketDepth - (c != '{' ? 1 : 0);
            if (c == ':' && cursor == current.curlyBracketExprStartDepth) {
                current.kind = TokenizerMode.Kind.FSTRING;
                current.inFormatSpec = true;
                return maker.make(TokenType.COLON, tok.start, tok.cur);
            }
        }

        int c2 = tok.nextc();
        TokenType two = Operators.twoChars(c, c2);
        if (two != null) {
            int c3 = tok.nextc();
            TokenType three = Operators.threeChars(c, c2, c3);
            if (three != null) two = three;
            else tok.backup(c3);
            return maker.make(two, tok.start, tok.cur);
        }
        tok.backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (tok.level >= TokState.MAXLEVEL) throw tok.syntaxError(Messages.TOO_MANY_PARENTHESES);
                tok.parenstack[tok.level] = c;
                tok.parenlinenostack[tok.level] = tok.lineno;
                tok.parencolstack[tok.level] = tok.start - tok.lineStart;
                tok.level++;
                if (tok.insideFString()) current.curlyBracketDepth++;
            }
            case ')', ']', '}' -> closing(tok, current, c);
            default -> { }
        }
        if (!PyRepr.isPrintable(c)) throw tok.syntaxError(Messages.invalidNonPrintable(c));
        if (c == '=' && current.insideExpression()) current.fStringDebug = true;
        return maker.make(Operators.oneChar(c), tok.start, tok.cur);
    }

    /**
     * A closing bracket. tokenize does not check that brackets match, the compiler does
     * ({@link CompilerChecks#closingBracket}); inside an f-string the lexer must still find where a
     * replacement field ends.
     */
    private static void closing(TokState tok, TokenizerMode current, int c) {
        if (tok.insideFString() && current.curlyBracketDepth == 0 && c == '}')
            throw tok.syntaxError(Messages.FSTRING_SINGLE_BRACE);
        CompilerChecks.closingBracket(tok, current, c);
        if (tok.level > 0) tok.level--;
        if (tok.insideFString()) {
            current.curlyBracketDepth--;
            if (current.curlyBracketDepth < 0) throw tok.syntaxError(Messages.fstringUnmatched(c));
            if (c == '}' && current.curlyBracketDepth == current.curlyBracketExprStartDepth) {
                current.curlyBracketExprStartDepth--;
                current.kind = TokenizerMode.Kind.FSTRING;
                current.inFormatSpec = false;
                current.fStringDebug = false;
            }
        }
    }

    /** Any byte of a non-ASCII character may be part of a name; tokenize does not check which. */
    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return isPotentialIdentifierStart(c) || isDigit(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
