package pyvm.course.grade;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import pyvm.course.Result;
import pyvm.course.Stage;

/**
 * What a student reads about a failed case: the input, what CPython printed and what their stage
 * made of it (the first lines of each), the first difference located, and the stage to blame.
 */
final class Feedback {

    private static final int SHOWN_LINES = 25;

    private Feedback() {}

    /** @param byReference whether the reference pipeline decided the expected output, rather than CPython */
    static String mismatch(Case c, boolean byReference, Result actual, String difference, String blame) {
        return "input: " + c.source().filename() + "\n" + excerpt(c.source().bytes())
                + "expected (" + (byReference ? "the reference pipeline" : "CPython 3.13") + ", " + c.view().name().toLowerCase() + "):\n"
                + shown(c.expected()) + "actual (yours):\n" + shown(actual) + difference + blame;
    }

    static String thrown(Stage stage, Case c, Throwable t) {
        String frames = Arrays.stream(t.getStackTrace()).limit(8).map(f -> "    at " + f).collect(Collectors.joining("\n"));
        String what = t instanceof StackOverflowError ? "it recursed too deep (StackOverflowError)"
                : t instanceof OutOfMemoryError ? "it ran out of memory (OutOfMemoryError)"
                : "it threw " + t;
        return "input: " + c.source().filename() + "\n" + excerpt(c.source().bytes())
                + "expected (" + c.view().name().toLowerCase() + "):\n" + shown(c.expected())
                + "actual: the " + stage.key() + " stage did not finish: " + what + "\n" + frames + "\n";
    }

    private static String shown(Result r) {
        StringBuilder s = new StringBuilder();
        if (r.out().length > 0) s.append(excerpt(r.out()));
        if (r.err().length > 0) s.append("  [stderr]\n").append(excerpt(r.err()));
        return s.append("  [exit ").append(r.status()).append("]\n").toString();
    }

    /** The first lines of a text, indented, with a note of how many more there are. */
    static String excerpt(byte[] text) {
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n", -1);
        int n = lines.length - (lines[lines.length - 1].isEmpty() ? 1 : 0);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(n, SHOWN_LINES); i++) s.append("  | ").append(lines[i]).append('\n');
        if (n > SHOWN_LINES) s.append("  | ... ").append(n - SHOWN_LINES).append(" more lines\n");
        return s.toString();
    }
}
