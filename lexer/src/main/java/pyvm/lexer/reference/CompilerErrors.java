package pyvm.lexer.reference;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;

/**
 * The errors the compiler makes of what the tokenizer reports without raising anything itself:
 * {@code _Pypegen_tokenizer_error} and {@code raise_unclosed_parentheses_error} of
 * Parser/pegen_errors.c, the file tokenizer's {@code ensure_utf8}, and {@code _Pypegen_raise_decode_error}
 * for the names and string literals that are not UTF-8 where the string tokenizer reads bytes as
 * they are. In CPython the parser raises them when it reads the ERRORTOKEN or builds the literal;
 * this lexer raises them itself in the compiler's modes, with the parser's messages and positions.
 *
 * <p>Those positions are the parser's ({@code _PyPegen_raise_error_known_location}): byte columns
 * made into character offsets through the error's text, which is the line as CPython reads it
 * back from the file ({@link ProgramText}), not the tokenizer's buffer. The compiler reads the file
 * with universal newlines, so a {@code \r\n} counts as one byte in a column.
 */
final class CompilerErrors {

    private CompilerErrors() {}

    /**
     * {@code _Pypegen_tokenizer_error}: the compiler's exception for a {@link Done} code. After a
     * literal's {@link TokState#decodeError}, CPython only reads on to find the tokenizer's errors
     * ({@code _PyPegen_tokenize_full_source_to_check_for_errors}), which keeps the parser's error
     * for a Done code, unless a bracket left open on an earlier line explains it better.
     */
    static PySyntaxError tokenizerError(TokState tok, Done code) {
        if (tok.decodeError != null)
            return tok.level > 0 && tok.decodeError.lineno() > tok.parenlinenostack[tok.level - 1]
                    ? unclosedParentheses(tok) : tok.decodeError;
        return switch (code) {
            case E_EOF -> tok.level > 0 ? unclosedParentheses(tok) : raiseError(tok, PySyntaxError.Type.SyntaxError, Messages.UNEXPECTED_EOF);
            case E_DEDENT -> raiseError(tok, PySyntaxError.Type.IndentationError, Messages.E_DEDENT);
            case E_TABSPACE -> knownLocation(tok, PySyntaxError.Type.TabError, tok.lineno, 0, Messages.E_TABSPACE);
            case E_TOODEEP -> knownLocation(tok, PySyntaxError.Type.IndentationError, tok.lineno, 0, Messages.E_TOODEEP);
            case E_LINECONT -> knownLocation(tok, PySyntaxError.Type.SyntaxError, tok.lineno,
                    compiledLength(tok, tok.parserBuf(), tok.cur) - 1, Messages.E_LINECONT);
        };
    }

    /**
     * {@code E_DECODE}: a name that is not UTF-8, which {@code verify_identifier} reports with
     * Python's UnicodeDecodeError and the parser as "(unicode error) ..." where the tokenizer
     * stopped ({@code _Pypegen_raise_decode_error}). After a literal's {@link TokState#decodeError},
     * CPython reads on without the parser, and the UnicodeDecodeError itself escapes compile(): it
     * has no location, and this lexer, which raises nothing but SyntaxErrors, raises its message.
     */
    static PySyntaxError undecodableName(TokState tok, String codecError) {
        if (tok.decodeError != null)
            return tok.afterDecodeError(PySyntaxError.withoutLocation(PySyntaxError.Type.SyntaxError, codecError));
        return raiseError(tok, PySyntaxError.Type.SyntaxError, Messages.unicodeError(codecError));
    }

    /**
     * {@code _Pypegen_raise_decode_error} for a string literal: "(unicode error) ..." over the
     * literal's token, the last the parser read ({@code RAISE_SYNTAX_ERROR}).
     */
    static PySyntaxError undecodableLiteral(TokState tok, Location token, String codecError) {
        return raiseErrorKnownLocation(tok, PySyntaxError.Type.SyntaxError, token.lineno(), token.colOffset() + 1,
                token.endLineno(), token.endColOffset() + 1, Messages.unicodeError(codecError));
    }

    /** {@code raise_unclosed_parentheses_error}: at the innermost bracket still open at the end of the file. */
    private static PySyntaxError unclosedParentheses(TokState tok) {
        int top = tok.level - 1;
        return knownLocation(tok, PySyntaxError.Type.SyntaxError, tok.parenlinenostack[top], tok.parencolstack[top],
                Messages.neverClosed(tok.parenstack[top]));
    }

    /**
     * {@code ensure_utf8}: a file that declares no encoding has bytes that are not UTF-8. CPython
     * raises {@code SyntaxError(msg)}, with no location but the one in the message.
     */
    static PySyntaxError ensureUtf8(TokState tok, DecodedSource.NonUtf8 nonUtf8) {
        return PySyntaxError.withoutLocation(PySyntaxError.Type.SyntaxError,
                Messages.nonUtf8(nonUtf8.badByte(), tok.filename, nonUtf8.lineno()));
    }

    /**
     * {@code RAISE_ERROR_KNOWN_LOCATION} with no end column: from byte column {@code col} of line
     * {@code lineno} to the end of the line, which SyntaxError gives as an end offset of 0.
     */
    private static PySyntaxError knownLocation(TokState tok, PySyntaxError.Type type, int lineno, int col, String message) {
        return raiseErrorKnownLocation(tok, type, lineno, col + 1, lineno, 0, message);
    }

    /**
     * {@code _PyPegen_raise_error} where the last token is the ERRORTOKEN, which has no columns:
     * the error stands where the tokenizer stopped on the current line, with no end.
     */
    private static PySyntaxError raiseError(TokState tok, PySyntaxError.Type type, String message) {
        int col = tok.cur == tok.parserBuf() ? 0 : compiledLength(tok, tok.lineStart, tok.cur);
        return raiseErrorKnownLocation(tok, type, tok.lineno, col, tok.lineno, -1, message);
    }

    /**
     * {@code _PyPegen_raise_error_known_location}: the text is the line read back from the file,
     * else the tokenizer's buffer when it holds that line, else empty for a file, or the line as
     * the string tokenizer holds it; the columns, bytes from 1, become characters through that text.
     */
    private static PySyntaxError raiseErrorKnownLocation(TokState tok, PySyntaxError.Type type, int lineno, int col,
                                                         int endLineno, int endCol, String message) {
        String errorLine = tok.programText.line(lineno);
        if (errorLine == null)
            errorLine = tok.lineno <= lineno && tok.inp > tok.parserBuf() ? tok.compiledText(tok.parserBuf(), tok.inp)
                    : tok.compileString ? tok.sourceLine(lineno) : "";
        int offset = byteOffsetToCharacterOffset(errorLine, col);
        int endOffset = endCol > 0 ? byteOffsetToCharacterOffset(errorLine, endCol) : endCol;
        return new PySyntaxError(type, message, tok.filename, lineno, offset, endLineno, endOffset, errorLine);
    }

    /**
     * {@code _PyPegen_byte_offset_to_character_offset}: how many characters the first {@code col}
     * bytes of the line's UTF-8 make, decoded with replacement. A column one past the end takes in
     * the C string's terminating NUL, as CPython's does.
     */
    private static int byteOffsetToCharacterOffset(String line, int col) {
        byte[] str = line.getBytes(StandardCharsets.UTF_8);
        String text = Utf8Replace.decode(Arrays.copyOf(str, str.length + 1), 0, Math.min(col, str.length + 1));
        return text.codePointCount(0, text.length());
    }

    /** {@return the bytes from {@code from} to {@code to} as the compiler counts them: a {@code \r\n} as one} */
    private static int compiledLength(TokState tok, int from, int to) {
        int length = to - from;
        for (int i = from; i + 1 < to; i++)
            if (tok.text[i] == '\r' && tok.text[i + 1] == '\n') length--;
        return length;
    }
}
