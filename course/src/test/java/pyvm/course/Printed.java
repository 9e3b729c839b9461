package pyvm.course;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs one command in-process and keeps what it printed, for comparing with CPython's output. */
final class Printed {

    /** A command that prints to the two streams and returns its exit status. */
    interface Command {
        int run(PrintStream out, PrintStream err);
    }

    private Printed() {}

    static Result of(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = command.run(o, e);
        }
        return new Result(status, out.toByteArray(), err.toByteArray());
    }

    /** {@return an empty string if equal, else a report of the first difference, located} */
    static String compare(Result expected, Result actual) {
        StringBuilder report = new StringBuilder();
        if (expected.status() != actual.status())
            report.append("exit status: expected ").append(expected.status()).append(", got ").append(actual.status()).append('\n');
        firstDifference("stdout", expected.out(), actual.out(), report);
        firstDifference("stderr", expected.err(), actual.err(), report);
        return report.toString();
    }

    private static void firstDifference(String stream, byte[] expected, byte[] actual, StringBuilder report) {
        String e = new String(expected, StandardCharsets.UTF_8), a = new String(actual, StandardCharsets.UTF_8);
        if (e.equals(a)) return;
        String[] el = e.split("\n", -1), al = a.split("\n", -1);
        int i = 0;
        while (i < el.length && i < al.length && el[i].equals(al[i])) i++;
        report.append(stream).append(" differs at line ").append(i + 1).append(":\n")
                .append("  expected: ").append(i < el.length ? el[i] : "<end>").append('\n')
                .append("  actual:   ").append(i < al.length ? al[i] : "<end>").append('\n');
    }
}
