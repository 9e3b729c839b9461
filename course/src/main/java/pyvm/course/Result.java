package pyvm.course;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one command printed and how it ended, compared the way shared/tools/conform.py compares:
 * code-object addresses ({@code at 0x...}) are ignored, and the order of a frozenset's elements,
 * which depends on string hashing, is compared as a set.
 *
 * @param status the exit status
 * @param out    standard output's bytes
 * @param err    standard error's bytes
 */
public record Result(int status, byte[] out, byte[] err) {

    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+");
    private static final Pattern FROZENSET = Pattern.compile("frozenset\\(\\{(.*?)\\}\\)\\)$", Pattern.MULTILINE);

    /** A crash of pyvm itself: an exit status no command returns, and what was thrown. */
    public static Result crash(String what) {
        return new Result(-1, new byte[0], ("pyvm crashed: " + what).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The conformance rule: {@return null if {@code actual} counts as identical to this expected
     * result — the same standard output when CPython succeeded, the same last line of standard error
     * when it failed — else what differs}
     */
    public String difference(Result actual) {
        if (status == 0) {
            if (actual.status != 0) return "   cpython: exit 0\n   pyvm:    exit " + actual.status + ": " + actual.lastErrorLine();
            if (normalized(out).equals(normalized(actual.out))) return null;
            List<String> e = normalized(out).lines().toList(), a = normalized(actual.out).lines().toList();
            int i = 0;
            while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) i++;
            return "   line " + (i + 1) + ": cpython " + line(e, i) + "\n   line " + (i + 1) + ": pyvm    " + line(a, i);
        }
        if (actual.status != 0 && actual.status != -1 && lastErrorLine().equals(actual.lastErrorLine())) return null;
        return "   cpython: exit " + status + ": " + lastErrorLine() + "\n   pyvm:    exit " + actual.status + ": " + actual.lastErrorLine();
    }

    /**
     * The exact rule of the golden tests and the grader: {@return an empty string if {@code actual}
     * has the same exit status, standard output and standard error, else a report of the first
     * difference in each, located by line} Code-object addresses are the one thing ignored.
     */
    public String mismatch(Result actual) {
        StringBuilder report = new StringBuilder();
        if (status != actual.status)
            report.append("exit status: expected ").append(status).append(", got ").append(actual.status).append('\n');
        firstDifference("standard output", out, actual.out, report);
        firstDifference("standard error", err, actual.err, report);
        return report.toString();
    }

    private static void firstDifference(String stream, byte[] expected, byte[] actual, StringBuilder report) {
        String[] e = withoutAddresses(expected).split("\n", -1);
        String[] a = withoutAddresses(actual).split("\n", -1);
        if (Arrays.equals(e, a)) return;
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        report.append(stream).append(" differs from line ").append(i + 1).append(":\n")
                .append("  expected: ").append(i < e.length ? e[i] : "<end>").append('\n')
                .append("  actual:   ").append(i < a.length ? a[i] : "<end>").append('\n');
    }

    /** {@return the last line of standard error, where Python puts the exception} */
    public String lastErrorLine() {
        List<String> lines = new String(err, StandardCharsets.UTF_8).strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static String line(List<String> lines, int i) {
        if (i >= lines.size()) return "<end>";
        String l = lines.get(i);
        return l.length() > 150 ? l.substring(0, 150) + "..." : l;
    }

    private static String withoutAddresses(byte[] bytes) {
        return ADDRESS.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll(" at 0x?");
    }

    private static String normalized(byte[] bytes) {
        String text = withoutAddresses(bytes);
        return FROZENSET.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "frozenset({" + String.join(", ", sortedItems(m.group(1))) + "}))"));
    }

    /** The items of a repr, split at the commas that are not nested in brackets or quotes, sorted. */
    private static List<String> sortedItems(String repr) {
        List<String> items = new java.util.ArrayList<>();
        int depth = 0, start = 0;
        char quote = 0;
        for (int i = 0; i < repr.length(); i++) {
            char c = repr.charAt(i);
            if (quote != 0) { if (c == quote) quote = 0; }
            else if (c == '\'' || c == '"') quote = c;
            else if ("([{".indexOf(c) >= 0) depth++;
            else if (")]}".indexOf(c) >= 0) depth--;
            else if (c == ',' && depth == 0) { items.add(repr.substring(start, i).strip()); start = i + 1; }
        }
        items.add(repr.substring(start).strip());
        String[] sorted = items.toArray(String[]::new);
        Arrays.sort(sorted);
        return List.of(sorted);
    }
}
