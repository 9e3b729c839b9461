package pyvm.parser.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Location;
import pyvm.lexer.ProgramText;
import pyvm.lexer.Token;

/**
 * The physical lines of the source, put back together from the tokens' {@code line} fields. The
 * parser needs them where CPython goes back to the source text: the line a SyntaxError shows, and
 * the text of an f-string's {@code =} debug expression, which the C tokenizer keeps as metadata.
 */
final class SourceLines {

    private final List<String> lines = new ArrayList<>();

    SourceLines(List<Token> tokens) {
        for (Token t : tokens) {
            int lineno = t.location().lineno();
            // Every token of a line carries the same text: read it from the first one only.
            if (t.line().isEmpty() || physical(lineno) != null && t.location().endLineno() == lineno) continue;
            // A token that spans lines (a triple-quoted string) carries all of them.
            for (String physical : t.line().split("(?<=\n)")) {
                set(lineno++, physical);
            }
        }
    }

    private void set(int lineno, String text) {
        while (lines.size() < lineno) lines.add(null);
        if (lines.get(lineno - 1) == null) lines.set(lineno - 1, text);
    }

    /**
     * {@return the physical line {@code lineno} as a SyntaxError shows it, with its newline, or null
     * past the end} CPython reads the line back from the file ({@link ProgramText}), which is the
     * source parsed here, and keeps only the last 999 bytes of a longer line.
     */
    String line(int lineno) {
        String line = physical(lineno);
        byte[] bytes = line == null ? null : line.getBytes(StandardCharsets.UTF_8);
        if (bytes == null || bytes.length < 1000) return line;
        byte[] shown = ProgramText.lineBytes(bytes, 1);
        return shown == null ? null : new String(shown, StandardCharsets.UTF_8);
    }

    private String physical(int lineno) {
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /** {@return the number of the last physical line} */
    int lastLineno() {
        return lines.size();
    }

    /** {@return the source text from where {@code from} ends to where {@code to} starts} */
    String between(Location from, Location to) {
        StringBuilder out = new StringBuilder();
        for (int lineno = from.endLineno(); lineno <= to.lineno(); lineno++) {
            byte[] bytes = physical(lineno).getBytes(StandardCharsets.UTF_8);
            int start = lineno == from.endLineno() ? from.endColOffset() : 0;
            int end = lineno == to.lineno() ? to.colOffset() : bytes.length;
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
