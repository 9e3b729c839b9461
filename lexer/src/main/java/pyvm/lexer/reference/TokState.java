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
    /** Whether the compiler reads bytes given to {@code compile()}, with the string tokenizer, rather than a file. */
    final boolean compileString;
    final byte[] text;
    /** Whether {@link #text} is UTF-8: it is not only where the string tokenizer reads bytes as they are. */
    final boolean utf8;
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
    /**
     * {@code tok->buf} as the string tokenizer moves it ({@code tok_underflow_string}): to the start
     * of each line it reads between tokens, inside an f-string too, and not at the end of the input.
     * The parser measures some of its errors from there ({@link #parserBuf()}).
     */
    private int stringBuf;
    /**
     * The SyntaxError "(unicode error) ..." that CPython's parser raises for the first string
     * literal that is not UTF-8, when the string tokenizer reads bytes ({@link LiteralDecoding}).
     * CPython then reads the rest of the tokens, and an error of the tokenizer replaces it
     * ({@link #afterDecodeError}); null while there is none.
     */
    PySyntaxError decodeError;
    /** {@code tok->start}: where the token being read starts, -1 between tokens. */
    int start = -1;
    /** Where the string being read and its first line start, for STRING and FSTRING_MIDDLE. */
    int multiLineStart;
    int firstLineno;
    /** {@code tok->lineno}: the number of the last line read. */
    int lineno;
    /** {@code tok->done == E_EOF}: readline has nothing more. */
    boolean atEof;
    /** {@code tok->done} once the tokenizer stopped with a {@link Done} code rather than raising; else null. */
    Done stoppedWith;
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
        this.compileString = mode == Lexer.Mode.COMPILE_STRING;
        this.text = source.text();
        this.utf8 = source.utf8();
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
        if (start == -1) stringBuf = inp;
        inp = lineEnds[linesRead++];
        implicitNewline = newlineAdded && linesRead == lineEnds.length;
        lineno++;
        if (compile && nonUtf8 != null && nonUtf8.lineno() == lineno) throw CompilerErrors.ensureUtf8(this, nonUtf8);
        return true;
    }

    /** The text from {@code from} to {@code to}, decoded as {@code PyUnicode_DecodeUTF8(..., "replace")} does. */
    String decode(int from, int to) {
        return utf8 ? new String(text, from, to - from, StandardCharsets.UTF_8) : Utf8Replace.decode(text, from, to);
    }

    /** {@return why the text from {@code from} to {@code to} is not UTF-8, as Python's codec says it, or null} */
    String utf8Error(int from, int to) {
        return utf8 ? null : Utf8Replace.decodeError(text, from, to);
    }

    /**
     * {@return the text from {@code from} to {@code to} as the compiler's tokenizer holds it} It
     * reads with universal newlines, which leave no {@code \r} before a {@code \n}.
     */
    String compiledText(int from, int to) {
        return decode(from, to).replace("\r\n", "\n");
    }

    /** {@return {@code tok->buf} when the parser raises an error, as the file or the string tokenizer moves it} */
    int parserBuf() {
        return compileString ? stringBuf : buf;
    }

    /**
     * The string tokenizer's {@code get_error_line_from_tokenizer_buffers}: line {@code lineno} of
     * the text, without its line end, where the parser finds no better text for an error. It
     * looks no further than the line after the last one read.
     */
    String sourceLine(int lineno) {
        int line = 0;
        while (line < lineno - 1 && line < linesRead) line++;
        if (line == lineEnds.length) return "";
        int from = line == 0 ? 0 : lineEnds[line - 1];
        int to = lineEnds[line] - 1;
        if (to > from && text[to - 1] == '\r') to--;
        return decode(from, to);
    }

    // ---- Errors ---------------------------------------------------------------------------------

    /**
     * {@code _PyTokenizer_syntaxerror}: a SyntaxError on the current line, at the character before
     * {@code cur}: its offset is the number of characters from the line start to {@code cur}.
     */
    PySyntaxError syntaxError(String message) {
        String before = decode(lineStart, cur);
        int col = before.codePointCount(0, before.length());
        return afterDecodeError(new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename,
                lineno, col, lineno, col, currentLine()));
    }

    /**
     * {@code _PyTokenizer_syntaxerror_known_range}: a SyntaxError on the current line from
     * {@code col} to {@code endCol}, which CPython 3.13.0 passes on as they are: byte columns.
     */
    PySyntaxError syntaxErrorKnownRange(int col, int endCol, String message) {
        return afterDecodeError(new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename,
                lineno, col, lineno, endCol, currentLine()));
    }

    /**
     * {@return the error to raise for an error of the tokenizer} Once the parser has raised a
     * literal's {@link #decodeError}, CPython reads the remaining tokens
     * ({@code _PyPegen_tokenize_full_source_to_check_for_errors} of Parser/pegen_errors.c), and the
     * tokenizer's error replaces the parser's, unless it comes from inside an f-string.
     */
    PySyntaxError afterDecodeError(PySyntaxError error) {
        return decodeError != null && insideFString() ? decodeError : error;
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
        stoppedWith = code;
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
