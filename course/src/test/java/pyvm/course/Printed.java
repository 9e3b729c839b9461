package pyvm.course;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The command line run in-process, with what it printed kept for the tests to read. */
final class Printed {

    private Printed() {}

    static Result pyvm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.execute(List.of(args), o, e);
        }
        return new Result(status, out.toByteArray(), err.toByteArray());
    }
}
