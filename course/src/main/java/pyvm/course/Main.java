package pyvm.course;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pyvm}'s command line: global options ({@code --use STAGE=NAME}, {@code --help}), then a
 * command. A file name alone runs the file, as {@code python3.13 FILE} does. Exit statuses are
 * python's: 0, 1 for an uncaught exception or invalid source, 2 for a command line pyvm cannot act on.
 * This is the only place that ends the JVM.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = execute(List.of(args), out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command line, printing to the given streams; {@return the exit status} */
    public static int execute(List<String> args, PrintStream out, PrintStream err) {
        try {
            Map<Stage, String> use = new EnumMap<>(Stage.class);
            List<String> rest = new ArrayList<>(args);
            while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
                String option = rest.remove(0);
                if (option.equals("-h") || option.equals("--help")) {
                    out.print(usage());
                    return 0;
                } else if (option.equals("--use") && !rest.isEmpty()) {
                    use(rest.remove(0), use);
                } else if (option.startsWith("--use=")) {
                    use(option.substring("--use=".length()), use);
                } else {
                    throw new UsageError("unknown option " + option);
                }
            }
            if (rest.isEmpty()) throw new UsageError("no command given");
            Command command = Command.of(rest.get(0));
            if (command == null) {
                if (!rest.get(0).endsWith(".py") && !rest.get(0).contains("/"))
                    throw new UsageError("unknown command '" + rest.get(0) + "'");
                command = Command.RUN;                       // `pyvm FILE` runs FILE, like python
            } else {
                rest.remove(0);
            }
            if (rest.contains("-h") || rest.contains("--help")) {
                out.print(command.help());
                return 0;
            }
            return command.run(rest, new Pipeline(Stages.choose(use)), out, err);
        } catch (UsageError e) {
            err.println("pyvm: " + e.getMessage());
            if (e.getMessage().startsWith("can't open file")) return 2;
            err.println("Try 'pyvm --help' for more information.");
            return 2;
        } catch (RuntimeException | StackOverflowError e) {
            // A stage broke its contract (a bug, not bad input): one line that names the exception
            // and where it was thrown, as CPython's SystemError does, rather than Java's stack trace.
            StackTraceElement[] where = e.getStackTrace();
            err.println("pyvm: internal error: " + e + (where.length > 0 ? " (at " + where[0] + ")" : ""));
            return 1;
        }
    }

    private static void use(String choice, Map<Stage, String> use) {
        int eq = choice.indexOf('=');
        if (eq < 0) throw new UsageError("--use takes STAGE=NAME, not " + choice);
        use.put(Stage.of(choice.substring(0, eq)), choice.substring(eq + 1));
    }

    static String usage() {
        StringBuilder s = new StringBuilder("""
                usage: pyvm [--use STAGE=NAME]... COMMAND [ARGS]
                       pyvm [--use STAGE=NAME]... FILE [ARG...]

                pyvm is Python 3.13 in Java, as a pipeline of stages that can be swapped one at a time.

                commands:
                """);
        for (Command c : Command.values())
            s.append(String.format("  %-28s %s%n", c.key(), c.help().lines().skip(2).findFirst().orElse("")));
        s.append("""

                options:
                  --use STAGE=NAME   run the implementation NAME of STAGE (also -Dpyvm.use.STAGE=NAME);
                                     STAGE is one of\s""").append(Stage.keys()).append("""

                  -h, --help         this text; COMMAND --help tells more of one command
                """);
        return s.toString();
    }
}
