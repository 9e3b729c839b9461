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
 */
final class SourceDecoder {

    private SourceDecoder() {}

    /** Lib/tokenize.py's cookie_re, which is ASCII and lets '.' match anything but '\n'. */
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)", Pattern.UNIX_LINES);

    /** @param compile whether to read as the compiler does ({@code python3.13 FILE}) rather than as tokenize */
    static DecodedSource decode(byte[] bytes, String filename, boolean compile) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        int body = bom ? 3 : 0;
        String encoding = bom ? "utf-8-sig" : "utf-8";
        String cookie = null;
        int firstEnd = lineEnd(bytes, body);
        int undeclaredEnd = bytes.length;   // the lines read before an encoding is known
        if (firstEnd > body) {
            cookie = findCookie(bytes, body, firstEnd, bom, filename, compile);
            undeclaredEnd = body;
            if (cookie == null && isBlank(bytes, body, firstEnd) && firstEnd < bytes.length) {
                cookie = findCookie(bytes, firstEnd, lineEnd(bytes, firstEnd), bom, filename, compile);
                undeclaredEnd = firstEnd;
            }
            if (cookie != null) encoding = cookie;
        }
        boolean declared = bom || cookie != null;
        if (encoding.equals("utf-8-sig")) encoding = "utf-8";
        Charset charset = Codecs.lookup(encoding).orElseThrow(IllegalStateException::new);
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        if (compile && !utf8 && !decodes(charset, bytes, body))
            throw PySyntaxError.withoutLocation(PySyntaxError.Type.SyntaxError, Messages.encodingProblem(encoding));
        int invalid = bom ? -1 : Utf8Replace.firstInvalid(bytes, 0, declared ? undeclaredEnd : bytes.length);
        DecodedSource.NonUtf8 nonUtf8 = invalid < 0 ? null : new DecodedSource.NonUtf8(lineOf(bytes, invalid), bytes[invalid] & 0xff);
        ProgramText programText = new ProgramText(bytes, declared ? charset : null);
        return lines(encoding, utf8 ? utf8(bytes, body) : reencoded(bytes, body, charset), nonUtf8, programText);
    }

    /**
     * detect_encoding's {@code find_cookie}: the cookie's codec name, normalized as
     * {@code _get_normal_name} does, or null when the line declares none. The compiler's
     * {@code check_coding_spec} looks at the line's bytes, whatever they are, and a byte order mark
     * wants the cookie to say UTF-8 before the codec is looked up.
     */
    private static String findCookie(byte[] bytes, int from, int to, boolean bom, String filename, boolean compile) {
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
     * UTF-8 needs no re-encoding when it is valid. When it is not, decoding the whole text at once
     * replaces the same bytes as decoding it line by line would: no UTF-8 sequence spans a '\n'.
     */
    private static byte[] utf8(byte[] bytes, int from) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
            return from == 0 ? bytes : Arrays.copyOfRange(bytes, from, bytes.length);
        } catch (CharacterCodingException e) {
            return Utf8Replace.decode(bytes, from, bytes.length).getBytes(StandardCharsets.UTF_8);
        }
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
    private static DecodedSource lines(String encoding, byte[] text, DecodedSource.NonUtf8 nonUtf8, ProgramText programText) {
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
        return new DecodedSource(encoding, text, ends, newlineAdded, nonUtf8, programText);
    }
}
