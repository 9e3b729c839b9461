package pyvm.lexer.reference;

import java.nio.charset.StandardCharsets;
import pyvm.lexer.Lexer;
import pyvm.lexer.PySyntaxError;

/**
 * The tokenizer's state, {@code struct tok_state} of Parser/lexer/state.h, with the character
 * reader of Parser/lexer/lexer.c ({@code tok_nextc}, {@code tok_backup}) and the readline-fed
 * buffer of Parser/tokenizer/readline_tokenizer.c.
 *
 * <p>Positions are offsets into {@link DecodedSource#text()}, where all lines lie one after the
 * other. The C tokenizer's buffer holds a window of those lines: {@code buf} is where the window
 * starts, {@code inp} where the lines read so far end. Reading the next line empties the window
 * first, unless a token or an f-string is under way; that is why a multi-line string's
 * {@code line} holds all its lines, and why some error columns count from an earlier line. Offset
 * -1 stands for C's NULL.
 */
final class TokState {

    static final int EOF = -1;
    /** Parser/lexer/state.h: MAXINDENT, MAXLEVEL, MAXFSTRINGLEVEL; lexer.c: MAX_EXPR_NESTING; the tab size. */
    static final int MAXINDENT = 100;
    static final int MAXLEVEL = 200;
    static final int MAXFSTRINGLEVEL = 150;
    static final int MAX_EXPR_NESTING = 3;
    static final int TABSIZE = 8;

    final String filename;
    /** Whether the compiler reads the tokens: {@code !tok->tok_extra_tokens}, which turns on {@link CompilerChecks}. */
    final boolean compile;
    final byte[] text;
    private final int[] lineEnds;
    private final boolean newlineAdded;
    private final DecodedSource.NonUtf8 nonUtf8;
    final ProgramText programText;
    private int linesRead;

    /** {@code tok->buf}, {@code tok->cur}, {@code tok->inp}, {@code tok->line_start}: the window, the next byte, its end, the current line. */
    int buf;
    int cur;
    int inp;
    int lineStart;
    /** {@code tok->start}: where the token being read starts, -1 between tokens. */
    int start = -1;
    /** Where the string being read and its first line start, for STRING and FSTRING_MIDDLE. */
    int multiLineStart;
    int firstLineno;
    /** {@code tok->lineno}: the number of the last line read. */
    int lineno;
    /** {@code tok->done == E_EOF}: readline has nothing more. */
    boolean atEof;
    /** The line in the buffer got its '\n' from the tokenizer, not from the file. */
    boolean implicitNewline;

    // Indentation (lexer.c's atbol/indstack/altindstack/pendin) and comments on blank lines.
    boolean atbol = true;
    int indent;
    final int[] indstack = new int[MAXINDENT];
    final int[] altindstack = new int[MAXINDENT];
    int pendin;
    boolean commentNewline;

    /**
     * {@code tok->level}: brackets open. {@code parenstack}, {@code parenlinenostack} and
     * {@code parencolstack} hold each one's character, line and byte column; tokenize does not check
     * that brackets match, the compiler does ({@link CompilerChecks#closingBracket}).
     */
    int level;
    final int[] parenstack = new int[MAXLEVEL];
    final int[] parenlinenostack = new int[MAXLEVEL];
    final int[] parencolstack = new int[MAXLEVEL];

    // The mode stack; entry 0 is the regular mode.
    final TokenizerMode[] modes = new TokenizerMode[MAXFSTRINGLEVEL];
    int modeIndex;

    TokState(DecodedSource source, String filename, Lexer.Mode mode) {
        this.filename = filename;
        this.compile = mode != Lexer.Mode.TOKENIZE;
        this.text = source.text();
        this.lineEnds = source.lineEnds();
        this.newlineAdded = source.newlineAdded();
        this.nonUtf8 = source.nonUtf8();
        this.programText = source.programText();
        modes[0] = new TokenizerMode();
    }

    /** {@code TOK_GET_MODE}. */
    TokenizerMode mode() {
        return modes[modeIndex];
    }

    /** {@code INSIDE_FSTRING}. */
    boolean insideFString() {
        return modeIndex > 0;
    }

    /** {@code tok_nextc}: the next byte (0 to 255), reading a line when the buffer is used up, or EOF. */
    int nextc() {
        for (;;) {
            if (cur != inp) return text[cur++] & 0xff;
            if (atEof) return EOF;
            if (!underflow()) {
                cur = inp;
                return EOF;
            }
            lineStart = cur;
            for (int i = lineStart; i < inp; i++)
                if (text[i] == 0) throw syntaxError(Messages.NULL_BYTES);
        }
    }

    /** {@code tok_backup}: puts back the byte {@code c} that {@link #nextc()} gave; EOF puts back nothing. */
    void backup(int c) {
        if (c == EOF) return;
        if (--cur < buf) throw new IllegalStateException("tokenizer beginning of buffer");
        if ((text[cur] & 0xff) != c) throw new IllegalStateException("tok_backup: wrong character");
    }

    /** {@code tok_underflow_readline}: appends the next line to the buffer, emptied first between tokens. */
    private boolean underflow() {
        if (start == -1 && !insideFString()) buf = cur = inp;
        if (linesRead == lineEnds.length) {
            atEof = true;
            return false;
        }
        inp = lineEnds[linesRead++];
        implicitNewline = newlineAdded && linesRead == lineEnds.length;
        lineno++;
        if (compile && nonUtf8 != null && nonUtf8.lineno() == lineno) throw CompilerErrors.ensureUtf8(this, nonUtf8);
        return true;
    }

    String decode(int from, int to) {
        return new String(text, from, to - from, StandardCharsets.UTF_8);
    }

    // ---- Errors ---------------------------------------------------------------------------------

    /**
     * {@code _PyTokenizer_syntaxerror}: a SyntaxError on the current line, at the character before
     * {@code cur}: its offset is the number of characters from the line start to {@code cur}.
     */
    PySyntaxError syntaxError(String message) {
        String before = decode(lineStart, cur);
        int col = before.codePointCount(0, before.length());
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename,
                lineno, col, lineno, col, currentLine());
    }

    /**
     * {@code _PyTokenizer_syntaxerror_known_range}: a SyntaxError on the current line from
     * {@code col} to {@code endCol}, which CPython 3.13.0 passes on as they are: byte columns.
     */
    PySyntaxError syntaxErrorKnownRange(int col, int endCol, String message) {
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename,
                lineno, col, lineno, endCol, currentLine());
    }

    /**
     * The current line up to its newline or a NUL, as {@code _syntaxerror_range} takes it. The
     * compiler reads a file with universal newlines, so its lines end without a carriage return.
     */
    private String currentLine() {
        int textEnd = lineStart;
        while (textEnd < inp && text[textEnd] != '\n' && text[textEnd] != 0) textEnd++;
        if (compile && textEnd > lineStart && text[textEnd - 1] == '\r' && textEnd < inp && text[textEnd] == '\n')
            textEnd--;
        return decode(lineStart, textEnd);
    }

    /**
     * The exception for a {@link Done} code, as the reader of the tokens makes it: the compiler
     * ({@link CompilerErrors#tokenizerError}) or tokenize ({@code _tokenizer_error}).
     */
    PySyntaxError done(Done code) {
        if (compile) return CompilerErrors.tokenizerError(this, code);
        return switch (code) {
            case E_EOF -> eofError();
            case E_DEDENT -> doneError(PySyntaxError.Type.IndentationError, Messages.E_DEDENT);
            case E_TABSPACE -> doneError(PySyntaxError.Type.TabError, Messages.E_TABSPACE);
            case E_TOODEEP -> doneError(PySyntaxError.Type.IndentationError, Messages.E_TOODEEP);
            case E_LINECONT -> doneError(PySyntaxError.Type.SyntaxError, Messages.E_LINECONT);
        };
    }

    /**
     * {@code _tokenizer_error} of Python/Python-tokenize.c for the errors the lexer signals through
     * {@code tok->done}: positioned just past the buffer's text, which is the current line, or more
     * lines when a token was under way. The text is the buffer without its last newline.
     */
    private PySyntaxError doneError(PySyntaxError.Type type, String message) {
        cur = inp;
        String errorLine = decode(buf, Math.max(buf, inp - 1));
        int offset = errorLine.codePointCount(0, errorLine.length()) + 1;
        return new PySyntaxError(type, message, filename, lineno, offset, 0, 0, errorLine);
    }

    /** {@code E_EOF}: the offset is the buffer's length in bytes, as CPython passes it. */
    private PySyntaxError eofError() {
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, Messages.E_EOF, filename,
                lineno, inp - buf, lineno, 0, null);
    }
}
