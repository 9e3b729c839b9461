package pyvm.vm.reference;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * One frame of a printed traceback: Lib/traceback.py's {@code FrameSummary} and
 * {@code StackSummary.format_frame_summary}, which 3.13's default exception hook runs. It prints
 * {@code File "...", line N, in NAME}, the source lines of the failing instruction, and under them
 * carets: {@code ^} under the instruction's span, with {@code ~} for the operands of a binary
 * operator and the callee or container of a call or subscript ({@link CaretAnchors}), and none at all
 * when the span is the whole statement.
 *
 * <p>Offsets are counted in UTF-16 units where Python counts code points; they differ only for
 * characters outside the Basic Multilingual Plane.
 *
 * @param lineno    the first line; -1 for None
 * @param endLineno the last line
 * @param colno     the first column in UTF-8 bytes; -1 for None
 * @param endColno  the column after the last, in UTF-8 bytes; -1 for None
 */
record FrameSummary(String filename, int lineno, int endLineno, int colno, int endColno, String name) {

    /** {@code format_frame_summary}. */
    String format(LineCache cache, CaretAnchors anchors) {
        StringBuilder row = new StringBuilder();
        row.append("  File \"").append(filename).append("\", line ").append(lineno < 0 ? "None" : lineno)
                .append(", in ").append(name).append('\n');
        if (lineno < 0) return row.toString();
        List<String> original = new ArrayList<>();
        for (int n = lineno; n <= endLineno; n++) original.add(rstrip(cache.getline(filename, n)));
        String lines = String.join("\n", original) + "\n";
        String dedented = TextWrap.dedent(lines);
        if (dedented.isBlank()) return row.toString();
        if (colno < 0 || endColno < 0) {
            row.append("    ").append(lines.substring(0, lines.indexOf('\n')).strip()).append('\n');
            return row.toString();
        }
        String firstLine = original.get(0), lastLine = original.get(endLineno - lineno);
        int startOffset = byteToCharOffset(firstLine, colno);
        int endOffset = byteToCharOffset(lastLine, endColno);
        List<String> allLines = new ArrayList<>(Arrays.asList(dedented.split("\n", -1)));
        allLines.remove(allLines.size() - 1);
        allLines = allLines.subList(0, Math.min(allLines.size(), endLineno - lineno + 1));
        int dedentCharacters = firstLine.length() - allLines.get(0).length();
        startOffset = Math.max(0, startOffset - dedentCharacters);
        endOffset = Math.max(0, endOffset - dedentCharacters);
        String last = allLines.get(allLines.size() - 1);
        int dpStart = displayWidth(allLines.get(0), startOffset);
        int dpEnd = displayWidth(last, endOffset);
        String segment = String.join("\n", allLines);
        segment = segment.substring(Math.min(startOffset, segment.length()),
                Math.max(Math.min(startOffset, segment.length()), segment.length() - (last.length() - Math.min(endOffset, last.length()))));
        CaretAnchors.Anchors found = anchors.extract(segment);
        boolean showCarets = anchors.shouldShowCarets(startOffset, endOffset, allLines, found);

        TreeSet<Integer> significant = new TreeSet<>(List.of(0, allLines.size() - 1));
        int leftEnd = 0, rightStart = 0;
        if (found != null) {
            leftEnd = found.leftEndOffset() + (found.leftEndLineno() == 0 ? startOffset : 0);
            rightStart = found.rightStartOffset() + (found.rightStartLineno() == 0 ? startOffset : 0);
            leftEnd = displayWidth(allLines.get(found.leftEndLineno()), leftEnd);
            rightStart = displayWidth(allLines.get(found.rightStartLineno()), rightStart);
            for (int d = -1; d <= 1; d++) {
                significant.add(found.leftEndLineno() + d);
                significant.add(found.rightStartLineno() + d);
            }
        }
        significant.remove(-1);
        significant.remove(allLines.size());

        StringBuilder result = new StringBuilder();
        Integer previous = null;
        for (int n : significant) {
            if (previous != null) {
                int diff = n - previous;
                if (diff == 2) outputLine(result, allLines, n - 1, showCarets, found, dpStart, dpEnd, leftEnd, rightStart);
                else if (diff > 2) result.append("...<").append(diff - 1).append(" lines>...\n");
            }
            outputLine(result, allLines, n, showCarets, found, dpStart, dpEnd, leftEnd, rightStart);
            previous = n;
        }
        row.append(TextWrap.indentAll(TextWrap.dedent(result.toString()), "    "));
        return row.toString();
    }

    /** {@code output_line}: a source line, then its carets if they are shown. */
    private static void outputLine(StringBuilder result, List<String> allLines, int n, boolean showCarets,
                                   CaretAnchors.Anchors anchors, int dpStart, int dpEnd, int leftEnd, int rightStart) {
        String line = allLines.get(n);
        result.append(line).append('\n');
        if (!showCarets) return;
        int spaces = line.length() - lstrip(line).length();
        int count = n == allLines.size() - 1 ? dpEnd : displayWidth(line, line.length());
        StringBuilder carets = new StringBuilder();
        for (int col = 0; col < count; col++) {
            if (col < spaces || (n == 0 && col < dpStart)) {
                carets.append(' ');
            } else if (anchors != null
                    && (n > anchors.leftEndLineno() || n == anchors.leftEndLineno() && col >= leftEnd)
                    && (n < anchors.rightStartLineno() || n == anchors.rightStartLineno() && col < rightStart)) {
                carets.append(anchors.secondaryChar());
            } else {
                carets.append(anchors != null ? anchors.primaryChar() : '^');
            }
        }
        result.append(carets).append('\n');
    }

    /** {@code _byte_offset_to_character_offset}: UTF-8 bytes to characters, a cut character counting as one. */
    static int byteToCharOffset(String s, int offset) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int n = Math.max(0, Math.min(offset, utf8.length));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(utf8, 0, n)).length();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code _display_width}: columns on a terminal, East Asian wide and fullwidth characters taking
     * two. The JDK has no East Asian Width table, so the wide ranges are listed here.
     */
    static int displayWidth(String line, int offset) {
        offset = Math.min(offset, line.length());
        if (line.chars().allMatch(c -> c < 128)) return offset;
        int width = 0;
        for (int i = 0; i < offset; i++) width += isWide(line.charAt(i)) ? 2 : 1;
        return width;
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115f || c >= 0x2e80 && c <= 0x303e || c >= 0x3041 && c <= 0x33ff
                || c >= 0x3400 && c <= 0x4dbf || c >= 0x4e00 && c <= 0x9fff || c >= 0xa000 && c <= 0xa4cf
                || c >= 0xac00 && c <= 0xd7a3 || c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f
                || c >= 0xff00 && c <= 0xff60 || c >= 0xffe0 && c <= 0xffe6;
    }

    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && StrMethods.isSpace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    static String lstrip(String s) {
        int start = 0;
        while (start < s.length() && StrMethods.isSpace(s.charAt(start))) start++;
        return s.substring(start);
    }
}
