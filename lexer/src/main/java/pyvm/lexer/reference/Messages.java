package pyvm.lexer.reference;

import pyvm.lexer.PyRepr;

/**
 * Every error text of the reference lexer, copied from CPython 3.13 so that it can be grepped:
 * Lib/tokenize.py ({@code detect_encoding}), Parser/lexer/lexer.c and Parser/tokenizer/helpers.c
 * ({@code _PyTokenizer_syntaxerror} callers), Python/Python-tokenize.c ({@code _tokenizer_error},
 * the messages of the {@code tok->done} codes), and for the compiler's mode Parser/pegen_errors.c
 * and the file tokenizer's encoding checks (Parser/tokenizer/file_tokenizer.c, helpers.c), and for
 * {@code compile()} of bytes the errors of its decoding (Python/pythonrun.c, the codecs'
 * UnicodeDecodeError, Parser/pegen_errors.c).
 */
final class Messages {

    private Messages() {}

    // Lib/tokenize.py, detect_encoding(): the file name is shown with !r.

    static String invalidOrMissingEncoding(String filename) {
        return "invalid or missing encoding declaration for " + PyRepr.str(filename);
    }

    static String unknownEncoding(String filename, String encoding) {
        return "unknown encoding for " + PyRepr.str(filename) + ": " + encoding;
    }

    static String encodingProblemUtf8(String filename) {
        return "encoding problem for " + PyRepr.str(filename) + ": utf-8";
    }

    // Parser/lexer/lexer.c

    static final String NULL_BYTES = "source code cannot contain null bytes";
    static final String INVALID_DECIMAL = invalidLiteral("decimal");
    static final String TOO_MANY_NESTED_FSTRINGS = "too many nested f-strings";
    static final String FSTRING_NESTED_TOO_DEEPLY = "f-string: expressions nested too deeply";
    static final String FSTRING_EXPECTING_BRACE = "f-string: expecting '}'";
    static final String FSTRING_SINGLE_BRACE = "f-string: single '}' is not allowed";
    static final String TOO_MANY_PARENTHESES = "too many nested parentheses";

    /** "invalid %s literal": decimal, hexadecimal, octal, binary. */
    static String invalidLiteral(String kind) {
        return "invalid " + kind + " literal";
    }

    static String invalidDigit(int digit, String kind) {
        return "invalid digit '" + (char) digit + "' in " + kind + " literal";
    }

    static String unterminatedTripleQuoted(int detectedAt) {
        return "unterminated triple-quoted string literal (detected at line " + detectedAt + ")";
    }

    static String unterminatedString(int detectedAt) {
        return "unterminated string literal (detected at line " + detectedAt + ")";
    }

    static String unterminatedStringEscapedQuote(int detectedAt) {
        return unterminatedString(detectedAt) + "; perhaps you escaped the end quote?";
    }

    static String unterminatedTripleQuotedFString(int detectedAt) {
        return "unterminated triple-quoted f-string literal (detected at line " + detectedAt + ")";
    }

    static String unterminatedFString(int detectedAt) {
        return "unterminated f-string literal (detected at line " + detectedAt + ")";
    }

    static String fstringUnmatched(int bracket) {
        return "f-string: unmatched '" + (char) bracket + "'";
    }

    static String invalidNonPrintable(int c) {
        return String.format("invalid non-printable character U+%04X", c);
    }

    // Parser/lexer/lexer.c, the checks made only for the compiler

    static final String LEADING_ZEROS = "leading zeros in decimal integer literals are not permitted; "
            + "use an 0o prefix for octal integers";

    static String invalidCharacter(int c) {
        return String.format("invalid character '%s' (U+%04X)", Character.toString(c), c);
    }

    static String unmatched(int bracket) {
        return "unmatched '" + (char) bracket + "'";
    }

    static String doesNotMatch(int closing, int opening) {
        return "closing parenthesis '" + (char) closing + "' does not match opening parenthesis '" + (char) opening + "'";
    }

    static String doesNotMatchOnLine(int closing, int opening, int line) {
        return doesNotMatch(closing, opening) + " on line " + line;
    }

    // Parser/pegen_errors.c: the compiler's messages for the tok->done codes that differ from tokenize's

    static final String UNEXPECTED_EOF = "unexpected EOF while parsing";

    static String neverClosed(int bracket) {
        return "'" + (char) bracket + "' was never closed";
    }

    // Parser/tokenizer/file_tokenizer.c (ensure_utf8) and helpers.c (check_coding_spec): a file's encoding

    static String nonUtf8(int badByte, String filename, int lineno) {
        return String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                + "but no encoding declared; see https://peps.python.org/pep-0263/ for details", badByte, filename, lineno);
    }

    static String encodingProblem(String encoding) {
        return "encoding problem: " + encoding;
    }

    static String encodingProblemWithBom(String encoding) {
        return encodingProblem(encoding) + " with BOM";
    }

    // compile() of bytes: Python/pythonrun.c (_Py_SourceAsString), Python/codecs.c and
    // Objects/exceptions.c (the codec errors the string tokenizer's decode_str passes on), and
    // Parser/pegen_errors.c (_Pypegen_raise_decode_error)

    static final String NULL_BYTES_IN_STRING = "source code string cannot contain null bytes";

    static String unknownEncoding(String encoding) {
        return "unknown encoding: " + encoding;
    }

    static String notTextEncoding(String encoding) {
        return "'" + encoding + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs";
    }

    /** {@code str(UnicodeDecodeError)}: one byte, or the range {@code start} to {@code end} (exclusive). */
    static String cantDecode(String codec, byte[] bytes, int start, int end, int position, String reason) {
        return end - start == 1
                ? String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, bytes[start] & 0xff, position, reason)
                : String.format("'%s' codec can't decode bytes in position %d-%d: %s", codec, position, position + end - start - 1, reason);
    }

    static final String INVALID_START_BYTE = "invalid start byte";
    static final String INVALID_CONTINUATION_BYTE = "invalid continuation byte";
    static final String UNEXPECTED_END_OF_DATA = "unexpected end of data";
    static final String ORDINAL_NOT_IN_RANGE = "ordinal not in range(128)";
    static final String CHARACTER_MAPS_TO_UNDEFINED = "character maps to <undefined>";
    static final String ILLEGAL_MULTIBYTE_SEQUENCE = "illegal multibyte sequence";

    static String unicodeError(String codecError) {
        return "(unicode error) " + codecError;
    }

    // Python/Python-tokenize.c, _tokenizer_error(): the tok->done codes.

    static final String E_DEDENT = "unindent does not match any outer indentation level";
    static final String E_TABSPACE = "inconsistent use of tabs and spaces in indentation";
    static final String E_TOODEEP = "too many levels of indentation";
    static final String E_LINECONT = "unexpected character after line continuation character";
    static final String E_EOF = "unexpected EOF in multi-line statement";
}
