package pyvm.parser.reference;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.stream.IntStream;
import pyvm.parser.ConstantValue;

/**
 * The values of NUMBER and STRING tokens: parsenumber of Parser/pegen.c and the escape decoding of
 * Parser/string_parser.c, which hands the work to the {@code unicode_escape} codec
 * (Objects/unicodeobject.c) and to {@code bytes}' own decoder (Objects/bytesobject.c).
 *
 * <p>Errors come back as {@link DecodeError} with the text CPython puts after "(unicode error)" or
 * "(value error)"; the caller knows the token to blame. The warnings CPython gives for invalid escape
 * sequences are not given.
 */
final class Literals {

    private Literals() {}

    /** A literal that does not decode; {@code kind} is "unicode error" or "value error". */
    static final class DecodeError extends Exception {
        final String kind;

        DecodeError(String kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }
    }

    // ---------------------------------------------------------------- numbers

    /** sys.int_info.default_max_str_digits: the longest decimal int literal CPython converts. */
    private static final int MAX_STR_DIGITS = 4300;

    /**
     * {@return the value of a NUMBER token}: an int, a float, or an imaginary complex (parsenumber).
     *
     * @throws DecodeError for a decimal int longer than {@link #MAX_STR_DIGITS} digits, which
     *                     int(str) refuses (PyLong_FromString's ValueError)
     */
    static ConstantValue number(String token) throws DecodeError {
        String s = token.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') return new ConstantValue.Complex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        if (s.length() > 1 && s.charAt(0) == '0') {
            switch (Character.toLowerCase(s.charAt(1))) {
                case 'x': return new ConstantValue.Int(new BigInteger(s.substring(2), 16));
                case 'o': return new ConstantValue.Int(new BigInteger(s.substring(2), 8));
                case 'b': return new ConstantValue.Int(new BigInteger(s.substring(2), 2));
                default: break;
            }
        }
        for (int i = 0; i < s.length(); i++)
            if (!Character.isDigit(s.charAt(i))) return new ConstantValue.Float(Double.parseDouble(s));
        if (s.length() > MAX_STR_DIGITS)
            throw new DecodeError("value error", Messages.INT_MAX_STR_DIGITS.formatted(MAX_STR_DIGITS, s.length()));
        return new ConstantValue.Int(new BigInteger(s));
    }

    // ---------------------------------------------------------------- strings

    /**
     * {@return the value of a STRING token} (_PyPegen_parse_string): its prefix says bytes or str and
     * raw or not; the quotes come off and, unless raw, the escapes are decoded.
     */
    static ConstantValue string(String token) throws DecodeError {
        int i = 0;
        boolean bytes = false, raw = false;
        for (; Character.isLetter(token.charAt(i)); i++) {
            char c = Character.toLowerCase(token.charAt(i));
            bytes |= c == 'b';
            raw |= c == 'r';
        }
        int quotes = token.startsWith("\"\"\"", i) || token.startsWith("'''", i) ? 3 : 1;
        String body = token.substring(i + quotes, token.length() - quotes);
        raw |= body.indexOf('\\') < 0;
        if (bytes) {
            if (!body.chars().allMatch(c -> c < 0x80)) throw new DecodeError(null, Messages.BYTES_ONLY_ASCII);
            return new ConstantValue.Bytes(raw ? body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : decodeBytes(body));
        }
        return raw ? new ConstantValue.Str(body) : decodeUnicode(body);
    }

    /**
     * decode_unicode_with_escapes: the {@code unicode_escape} codec over the text, after each
     * non-ASCII character has been rewritten as {@code \UXXXXXXXX}, which is why the positions in
     * its error messages count ten for each such character. The result is a str of code points, not a
     * Java String, because escapes such as {@code \\ud800\\udc00} make two lone surrogates, which
     * UTF-16 would read as one code point.
     */
    static ConstantValue.Str decodeUnicode(String text) throws DecodeError {
        StringBuilder buf = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\\') {
                // The backslash is copied, and so is what it escapes; a backslash at the end or
                // before a non-ASCII character escapes itself.
                buf.append('\\');
                i++;
                if (i >= text.length()) {
                    buf.append("u005c");
                    break;
                }
                c = text.codePointAt(i);
                if (c >= 0x80) buf.append("u005c");
            }
            if (c >= 0x80) buf.append(String.format("\\U%08x", c));
            else buf.append((char) c);
            i += Character.charCount(c);
        }
        return unicodeEscape(buf.toString());
    }

    /** _PyUnicode_DecodeUnicodeEscapeInternal over an ASCII buffer. */
    private static ConstantValue.Str unicodeEscape(String s) throws DecodeError {
        IntStream.Builder out = IntStream.builder();
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.add(c);
                i++;
                continue;
            }
            int start = i++;
            if (i >= n) throw escapeError(start, n, Messages.ESCAPE_AT_END);
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.add(c);
                case 'b' -> out.add('\b');
                case 'f' -> out.add('\f');
                case 't' -> out.add('\t');
                case 'n' -> out.add('\n');
                case 'r' -> out.add('\r');
                case 'v' -> out.add(0x0b);
                case 'a' -> out.add(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++)
                        value = value * 8 + (s.charAt(i++) - '0');
                    out.add(value);
                }
                case 'x', 'u', 'U' -> {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int value = 0, k = 0;
                    for (; k < digits && i < n && Character.digit(s.charAt(i), 16) >= 0; k++)
                        value = value * 16 + Character.digit(s.charAt(i++), 16);
                    if (k < digits) {
                        String what = c == 'x' ? Messages.TRUNCATED_X : c == 'u' ? Messages.TRUNCATED_U : Messages.TRUNCATED_BIG_U;
                        throw escapeError(start, i, what);
                    }
                    if (Integer.compareUnsigned(value, 0x10ffff) > 0) throw escapeError(start, i, Messages.ILLEGAL_UNICODE_CHARACTER);
                    out.add(value);
                }
                case 'N' -> {
                    // Where the codec gives up decides the end of the position it reports.
                    String malformed = Messages.MALFORMED_N_ESCAPE;
                    if (i >= n || s.charAt(i) != '{') throw escapeError(start, i, malformed);
                    int nameStart = ++i;
                    while (i < n && s.charAt(i) != '}') i++;
                    if (i >= n || i == nameStart) throw escapeError(start, i, malformed);
                    int codePoint = characterNamed(s.substring(nameStart, i++));
                    if (codePoint < 0) throw escapeError(start, i, Messages.UNKNOWN_CHARACTER_NAME);
                    out.add(codePoint);
                }
                default -> {
                    out.add('\\');
                    out.add(c);
                }
            }
        }
        return new ConstantValue.Str(out.build().toArray());
    }

    /** The Unicode character of a name, as {@code unicodedata.lookup} finds it, or -1. */
    private static int characterNamed(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The codec's UnicodeDecodeError, as str() prints it: positions of the first and last byte. */
    private static DecodeError escapeError(int start, int end, String reason) {
        String where = end - start > 1
                ? "bytes in position " + start + "-" + (end - 1)
                : "byte 0x5c in position " + start;
        return new DecodeError("unicode error", Messages.UNICODE_ESCAPE_ERROR.formatted(where, reason));
    }

    /** _PyBytes_DecodeEscape2: like the str codec, without \\u, \\U and \\N; octal keeps the low byte. */
    private static byte[] decodeBytes(String s) throws DecodeError {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i >= n) throw new DecodeError("value error", Messages.TRAILING_BACKSLASH);
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(c);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++)
                        value = value * 8 + (s.charAt(i++) - '0');
                    out.write(value & 0xff);
                }
                case 'x' -> {
                    int hi = i < n ? Character.digit(s.charAt(i), 16) : -1;
                    int lo = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) throw new DecodeError("value error", Messages.INVALID_X_ESCAPE.formatted(i - 2));
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(c);
                }
            }
        }
        return out.toByteArray();
    }
}
