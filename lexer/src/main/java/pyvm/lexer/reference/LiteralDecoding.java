package pyvm.lexer.reference;

import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;

/**
 * The decoding of string literals that CPython's parser does when it builds them, as far as it can
 * fail: the text of a STRING as {@code _PyPegen_parse_string} of Parser/string_parser.c decodes it,
 * and the literal text of an f-string (FSTRING_MIDDLE) as {@code _PyPegen_constant_from_token} of
 * Parser/action_helpers.c does. It fails only where the string tokenizer reads bytes that are not
 * UTF-8 as they are, for {@code compile()} of bytes; in every other mode the text is UTF-8 and this
 * finds nothing.
 *
 * <p>The parser raises the first such error when it reaches the literal, then reads the remaining
 * tokens to look for the tokenizer's own errors, which take its place; this lexer keeps it in
 * {@link TokState#decodeError} until the end of the tokens for that reason. A simplification: the
 * parser reaches a literal only if what comes before it parses, and its own errors, which come
 * first then, are the parser stage's; so where CPython fails before the literal, this lexer may
 * report the literal.
 */
final class LiteralDecoding {

    private LiteralDecoding() {}

    /**
     * A STRING token from {@code from} to {@code to}, at {@code token}. A bytes literal is not
     * decoded (the parser refuses its non-ASCII bytes with its own error). A raw literal, or one
     * without a backslash, is decoded whole ({@code PyUnicode_DecodeUTF8Stateful}); any other in
     * runs of bytes above 127 ({@code decode_utf8} in {@code decode_unicode_with_escapes}), whose
     * error positions count from the start of the run.
     */
    static void string(TokState tok, Location token, int from, int to) {
        if (tok.decodeError != null || tok.utf8Error(from, to) == null) return;
        int i = from;
        boolean raw = false;
        for (; tok.text[i] != '\'' && tok.text[i] != '"'; i++) {
            if (tok.text[i] == 'b' || tok.text[i] == 'B') return;
            raw |= tok.text[i] == 'r' || tok.text[i] == 'R';
        }
        int quoteSize = to - i >= 6 && tok.text[i + 1] == tok.text[i] && tok.text[i + 2] == tok.text[i] ? 3 : 1;
        byte[] body = SourceDecoder.translateNewlines(tok.text, i + quoteSize, to - quoteSize);
        String error = raw || indexOf(body, '\\') < 0 ? Utf8Replace.decodeError(body, 0, body.length) : firstBadRun(body);
        if (error != null) tok.decodeError = CompilerErrors.undecodableLiteral(tok, token, error);
    }

    /**
     * An FSTRING_MIDDLE token from {@code from} to {@code to}: its text is decoded with
     * {@code PyUnicode_FromString} when the parser reads it, and the UnicodeDecodeError of that
     * escapes compile() as it is, at once. It has no location, and this lexer, which raises nothing
     * but SyntaxErrors, raises its message.
     */
    static void fstringMiddle(TokState tok, int from, int to) {
        if (tok.decodeError != null || tok.utf8Error(from, to) == null) return;
        byte[] middle = SourceDecoder.translateNewlines(tok.text, from, to);
        throw PySyntaxError.withoutLocation(PySyntaxError.Type.SyntaxError, Utf8Replace.decodeError(middle, 0, middle.length));
    }

    /** {@return the error of the first run of bytes above 127 that is not UTF-8, or null} */
    private static String firstBadRun(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] >= 0) continue;
            int end = i;
            while (end < body.length && body[end] < 0) end++;
            String error = Utf8Replace.decodeError(body, i, end);
            if (error != null) return error;
            i = end;
        }
        return null;
    }

    private static int indexOf(byte[] bytes, int b) {
        for (int i = 0; i < bytes.length; i++)
            if (bytes[i] == b) return i;
        return -1;
    }
}
