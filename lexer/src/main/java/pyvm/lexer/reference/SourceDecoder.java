package pyvm.lexer.reference;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyvm.lexer.Lexer;
import pyvm.lexer.PySyntaxError;

/**
 * PEP 263: finds a file's encoding as Lib/tokenize.py's {@code detect_encoding} does, then decodes
 * it line by line as the C tokenizer's {@code tok_readline_string} does, with errors replaced by
 * U+FFFD (tokenize asks for {@code "replace"}), and re-encodes it as UTF-8, the tokenizer's
 * working encoding.
 *
 * <p>{@code detect_encoding} reads at most two lines: a UTF-8 byte order mark is dropped and makes
 * the default {@code utf-8-sig}; a cookie {@code coding[:=]NAME} in a comment on the first line, or
 * on the second when the first is blank or a comment, names the codec. Those lines must be valid
 * UTF-8 and the codec must exist. Its errors have no position: CPython raises them as
 * {@code SyntaxError(msg)}, so they carry line 0, as CPython's compiler numbers an encoding error.
 *
 * <p>The compiler reads a file with the C tokenizer's own rules (Parser/tokenizer/file_tokenizer.c,
 * {@code check_coding_spec} in helpers.c), which find the same cookie in the raw bytes of those
 * lines, UTF-8 or not, and word their errors differently: "encoding problem: NAME", also for a codec
 * that cannot decode the file, without any location. A file that declares no encoding must be
 * UTF-8 ({@code ensure_utf8}); where it is not, the lexer stops when it reads that line
 * ({@link DecodedSource.NonUtf8}). A simplification: CPython decodes a declared codec in chunks of
 * 8 KB as the tokenizer reads on, so in a longer file an error of the tokenizer before the first bad
 * chunk comes first; here the whole file is decoded first.
 *
 * <p>{@code compile()} reads bytes with the string tokenizer's {@code decode_str}
 * (Parser/tokenizer/string_tokenizer.c), which finds the cookie the same way but checks all else at
 * once, before the first token: bytes with a NUL are refused outright, and a codec declared by a
 * cookie not spelled {@code utf-8} decodes the whole text, its newlines made {@code \n}, strictly.
 * Its errors, "encoding problem: NAME with BOM" and Python's own (LookupError, UnicodeDecodeError),
 * stand at line 0 ({@code _PyPegen_raise_tokenizer_init_error}). Any other text is not checked at
 * all: the tokenizer reads its bytes as they are, and only a name or a string literal that is not
 * UTF-8 is an error ({@link CompilerChecks#verifyIdentifier}, {@link LiteralDecoding}).
 */
final class SourceDecoder {

    private SourceDecoder() {}

    /** Lib/tokenize.py's cookie_re, which is ASCII and lets '.' match anything but '\n'. */
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)", Pattern.UNIX_LINES);

    /** Reads the bytes as {@code mode} says: as tokenize, as {@code python3.13 FILE}, or as {@code compile()} of bytes. */
    static DecodedSource decode(byte[] bytes, String filename, Lexer.Mode mode) {
        boolean compile = mode != Lexer.Mode.TOKENIZE;
        boolean string = mode == Lexer.Mode.COMPILE_STRING;
        if (string) refuseNullBytes(bytes);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        int body = bom ? 3 : 0;
        String encoding = bom ? "utf-8-sig" : "utf-8";
        String cookie = null;
        int firstEnd = lineEnd(bytes, body);
        int undeclaredEnd = bytes.length;   // the lines read before an encoding is known
        if (firstEnd > body) {
            cookie = findCookie(bytes, body, firstEnd, bom, filename, mode);
            undeclaredEnd = body;
            if (cookie == null && isBlank(bytes, body, firstEnd) && firstEnd < bytes.length) {
                cookie = findCookie(bytes, firstEnd, lineEnd(bytes, firstEnd), bom, filename, mode);
                undeclaredEnd = firstEnd;
            }
            if (cookie != null) encoding = cookie;
        }
        boolean declared = bom || cookie != null;
        if (encoding.equals("utf-8-sig")) encoding = "utf-8";
        Charset charset = Codecs.lookup(encoding).orElseThrow(IllegalStateException::new);
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        // Only a cookie that is not spelled "utf-8" sets the string tokenizer's codec (decode_str).
        if (string && !bom && cookie != null && !cookie.equals("utf-8")) translateIntoUtf8(bytes, body, encoding, filename);
        if (compile && !string && !utf8 && !decodes(charset, bytes, body))
            throw PySyntaxError.withoutLocation(PySyntaxError.Type.SyntaxError, Messages.encodingProblem(encoding));
        int invalid = bom || string ? -1 : Utf8Replace.firstInvalid(bytes, 0, declared ? undeclaredEnd : bytes.length);
        DecodedSource.NonUtf8 nonUtf8 = invalid < 0 ? null : new DecodedSource.NonUtf8(lineOf(bytes, invalid), bytes[invalid] & 0xff);
        ProgramText programText = new ProgramText(bytes, declared ? charset : null);
        // UTF-8 needs no re-encoding when it is valid. When it is not, tokenize and the file
        // tokenizer read it with what cannot be decoded replaced (decoding the whole text at once
        // replaces the same bytes as line by line: no UTF-8 sequence spans a '\n'); the string
        // tokenizer reads it as it is.
        if (!utf8) return lines(encoding, reencoded(bytes, body, charset), true, nonUtf8, programText);
        boolean valid = decodes(StandardCharsets.UTF_8, bytes, body);
        byte[] text = valid || string ? body == 0 ? bytes : Arrays.copyOfRange(bytes, body, bytes.length)
                : Utf8Replace.decode(bytes, body, bytes.length).getBytes(StandardCharsets.UTF_8);
        return lines(encoding, text, valid || !string, nonUtf8, programText);
    }

    /** {@code _Py_SourceAsString} of Python/pythonrun.c: compile() takes no bytes with a NUL among them. */
    private static void refuseNullBytes(byte[] bytes) {
        for (byte b : bytes)
            if (b == 0) throw PySyntaxError.withoutLocation(PySyntaxError.Type.SyntaxError, Messages.NULL_BYTES_IN_STRING);
    }

    /**
     * The string tokenizer's {@code translate_into_utf8}: a codec other than UTF-8 decodes the whole
     * text after the byte order mark, once {@code translate_newlines} has made each {@code \r\n}
     * and {@code \r} a {@code \n} and ended the text with one, which is what its error's position
     * counts in.
     */
    private static void translateIntoUtf8(byte[] bytes, int from, String encoding, String filename) {
        byte[] text = translateNewlines(bytes, from, bytes.length);
        if (text.length > 0 && text[text.length - 1] != '\n') {
            text = Arrays.copyOf(text, text.length + 1);
            text[text.length - 1] = '\n';
        }
        String error = Codecs.decodeError(encoding, text);
        if (error != null) throw noPosition(error, filename);
    }

    /** {@code _PyTokenizer_translate_newlines}: the bytes from {@code from} to {@code to}, each {@code \r\n} and {@code \r} made a {@code \n}. */
    static byte[] translateNewlines(byte[] bytes, int from, int to) {
        ByteArrayOutputStream translated = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\r' && i + 1 < to && bytes[i + 1] == '\n') continue;
            translated.write(bytes[i] == '\r' ? '\n' : bytes[i]);
        }
        return translated.toByteArray();
    }

    /**
     * detect_encoding's {@code find_cookie}: the cookie's codec name, normalized as
     * {@code _get_normal_name} does, or null when the line declares none. The compiler's
     * {@code check_coding_spec} looks at the line's bytes, whatever they are, and a byte order mark
     * wants the cookie to say UTF-8 before the codec is looked up. The file tokenizer words all its
     * errors "encoding problem"; the string tokenizer's lookup raises Python's LookupError, which
     * the parser makes a SyntaxError at line 0.
     */
    private static String findCookie(byte[] bytes, int from, int to, boolean bom, String filename, Lexer.Mode mode) {
        boolean compile = mode != Lexer.Mode.TOKENIZE;
        boolean string = mode == Lexer.Mode.COMPILE_STRING;
        String line;
        try {
            line = compile ? new String(bytes, from, to - from, StandardCharsets.ISO_8859_1)
                    : StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw noPosition(Messages.invalidOrMissingEncoding(filename), filename);
        }
        Matcher m = COOKIE.matcher(line);
        if (!m.lookingAt()) return null;
        String encoding = normalName(m.group(1));
        if (string && bom && !encoding.equals("utf-8")) throw noPosition(Messages.encodingProblemWithBom(encoding), filename);
        if (string && Codecs.isNotText(encoding)) throw noPosition(Messages.notTextEncoding(encoding), filename);
        if (string && Codecs.lookup(encoding).isEmpty()) throw noPosition(Messages.unknownEncoding(encoding), filename);
        if (compile && bom && !encoding.equals("utf-8"))
            throw PySyntaxError.withoutLocation(PySyntaxError.Type.SyntaxError, Messages.encodingProblemWithBom(encoding));
        if (compile && Codecs.lookup(encoding).isEmpty())
            throw PySyntaxError.withoutLocation(PySyntaxError.Type.SyntaxError, Messages.encodingProblem(encoding));
        if (Codecs.lookup(encoding).isEmpty())
            throw noPosition(Messages.unknownEncoding(filename, encoding), filename);
        if (bom) {
            if (!encoding.equals("utf-8")) throw noPosition(Messages.encodingProblemUtf8(filename), filename);
            return "utf-8-sig";
        }
        return encoding;
    }

    /** Lib/tokenize.py's {@code _get_normal_name} (after get_normal_name in Parser/tokenizer/helpers.c). */
    private static String normalName(String original) {
        String enc = original.substring(0, Math.min(12, original.length())).toLowerCase(Locale.ROOT).replace('_', '-');
        if (enc.equals("utf-8") || enc.startsWith("utf-8-")) return "utf-8";
        if (enc.equals("latin-1") || enc.equals("iso-8859-1") || enc.equals("iso-latin-1")
                || enc.startsWith("latin-1-") || enc.startsWith("iso-8859-1-") || enc.startsWith("iso-latin-1-"))
            return "iso-8859-1";
        return original;
    }

    /** Lib/tokenize.py's blank_re: only spaces, tabs and form feeds before a '#', a line end or the end. */
    private static boolean isBlank(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\f')) i++;
        return i == to || bytes[i] == '#' || bytes[i] == '\r' || bytes[i] == '\n';
    }

    private static PySyntaxError noPosition(String message, String filename) {
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename, 0, -1, 0, 0, null);
    }

    /** {@return the number of the line byte {@code at} is on} */
    private static int lineOf(byte[] bytes, int at) {
        int lineno = 1;
        for (int i = 0; i < at; i++)
            if (bytes[i] == '\n') lineno++;
        return lineno;
    }

    /** {@return whether the codec decodes the text after {@code from} without an error} */
    private static boolean decodes(Charset charset, byte[] bytes, int from) {
        try {
            charset.newDecoder().decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {@return where the line starting at {@code from} ends: after its '\n', or at the end} */
    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++)
            if (bytes[i] == '\n') return i + 1;
        return bytes.length;
    }

    /**
     * Any other codec: each line as readline gives it (split at b'\n'), decoded on its own. A
     * simplification: the result is split into lines at its '\n's again, which is the same for
     * every codec that encodes '\n' as the byte 0x0A and nothing else with it (not UTF-16 or UTF-32).
     */
    private static byte[] reencoded(byte[] bytes, int from, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 2);
        for (int start = from; start < bytes.length; ) {
            int end = lineEnd(bytes, start);
            String line = decodeReplacing(charset, bytes, start, end);
            if (line.isEmpty()) break;   // readline's empty line is the end of the file
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            start = end;
        }
        return out.toByteArray();
    }

    /**
     * Python's {@code bytes.decode(encoding, "replace")}: what cannot be decoded becomes U+FFFD.
     * The JDK may count replacements differently from CPython's codec for malformed multi-byte
     * sequences; for UTF-8, which matters most, {@link Utf8Replace} counts as CPython does.
     */
    private static String decodeReplacing(Charset charset, byte[] bytes, int from, int to) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder failed", e);
        }
    }

    /** Splits UTF-8 text into the lines {@code readline} gives, adding the newline a last line lacks. */
    private static DecodedSource lines(String encoding, byte[] text, boolean utf8, DecodedSource.NonUtf8 nonUtf8, ProgramText programText) {
        boolean newlineAdded = text.length > 0 && text[text.length - 1] != '\n';
        if (newlineAdded) {
            text = Arrays.copyOf(text, text.length + 1);
            text[text.length - 1] = '\n';
        }
        int count = 0;
        for (byte b : text)
            if (b == '\n') count++;
        int[] ends = new int[count];
        for (int i = 0, n = 0; i < text.length; i++)
            if (text[i] == '\n') ends[n++] = i + 1;
        return new DecodedSource(encoding, text, ends, newlineAdded, utf8, nonUtf8, programText);
    }
}
