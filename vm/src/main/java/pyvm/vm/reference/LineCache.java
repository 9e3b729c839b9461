package pyvm.vm.reference;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source lines for tracebacks: Lib/linecache.py. A file named by a relative path that is not found
 * from the working directory is looked for in each folder of {@code sys.path}, as
 * {@code updatecache} does; its text is decoded as {@code tokenize.open} decodes it (a PEP 263 coding
 * cookie or a BOM, else UTF-8), and split into lines with universal newlines. A file that cannot be
 * read has no lines, so the traceback shows no source.
 */
final class LineCache {

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private final List<String> path;
    private final Map<String, List<String>> cache = new HashMap<>();

    LineCache(List<String> path) {
        this.path = path;
    }

    /** {@return line {@code lineno} (from 1) of the file, with its newline; empty if there is none} */
    String getline(String filename, int lineno) {
        List<String> lines = cache.computeIfAbsent(filename, this::read);
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : "";
    }

    private List<String> read(String filename) {
        if (filename.isEmpty() || filename.startsWith("<") && filename.endsWith(">")) return List.of();
        Path file = Path.of(filename);
        if (!Files.isRegularFile(file)) {
            if (file.isAbsolute()) return List.of();
            file = null;
            for (String dir : path) {
                Path candidate = Path.of(dir).resolve(filename);
                if (Files.isRegularFile(candidate)) {
                    file = candidate;
                    break;
                }
            }
            if (file == null) return List.of();
        }
        try {
            return lines(decode(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** {@code tokenize.detect_encoding}: a BOM, or a cookie on one of the first two lines, else UTF-8. */
    private static String decode(byte[] bytes) throws IOException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf)
            return strictly(StandardCharsets.UTF_8, bytes, 3);
        Charset charset = StandardCharsets.UTF_8;
        String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
        String[] first = head.split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, first.length); i++) {
            Matcher m = CODING.matcher(first[i]);
            if (m.find()) {
                charset = Charset.forName(m.group(1));
                break;
            }
            if (!first[i].isBlank() && !first[i].stripLeading().startsWith("#")) break;
        }
        return strictly(charset, bytes, 0);
    }

    private static String strictly(Charset charset, byte[] bytes, int from) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(java.nio.ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    }

    /** {@code readlines} with universal newlines; a last line without one gets {@code \n}, as linecache adds. */
    private static List<String> lines(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i) + "\n");
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start) + "\n");
        return out;
    }
}
