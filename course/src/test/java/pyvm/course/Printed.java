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
}
