package pyvm.course;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pyvm.course.grade.Grading;
import pyvm.course.grade.Report;
import pyvm.course.grade.Starter;

/** {@code pyvm new} and {@code pyvm grade}: the two commands of the assignments. */
final class GradeCommands {

    private GradeCommands() {}

    static int newStarter(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        if (args.size() < 2 || args.size() > 3) throw new UsageError("new takes STAGE NAME [DIR]; see 'pyvm new --help'");
        Stage stage = Stage.of(args.get(0));
        String name = args.get(1);
        Path dir = Path.of(args.size() == 3 ? args.get(2) : name + "-" + stage.key());
        try {
            for (Path f : Starter.write(stage, name, dir, Grading.findHome())) out.println("wrote " + f);
        } catch (IOException e) {
            err.println("pyvm: new: " + e.getMessage());
            return 1;
        }
        out.println("\nnext: cd " + dir + " && mvn test      (pyvm's modules must be in your Maven repository:"
                + "\n      run ./mvnw install -DskipTests in " + Grading.findHome() + " once)");
        return 0;
    }

    static int grade(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        List<String> operands = new ArrayList<>();
        String format = "text", output = "results.json", modulePath = null;
        Path hidden = null;
        int generated = 5, every = 40;
        Duration limit = Duration.ofSeconds(10);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) { operands.add(a); continue; }
            if (i + 1 >= args.size()) throw new UsageError("grade: " + a + " needs a value");
            String value = args.get(++i);
            switch (a) {
                case "--module-path" -> modulePath = value;
                case "--hidden" -> hidden = Path.of(value);
                case "--generated" -> generated = number(a, value);
                case "--conformance-every" -> every = number(a, value);
                case "--time-limit" -> limit = Duration.ofSeconds(number(a, value));
                case "--format" -> format = value;
                case "--output" -> output = value;
                default -> throw new UsageError("grade: unknown option " + a);
            }
        }
        if (operands.size() != 2) throw new UsageError("grade takes STAGE NAME; see 'pyvm grade --help'");
        if (!format.equals("text") && !format.equals("gradescope")) throw new UsageError("grade: --format is text or gradescope");
        Stage stage = Stage.of(operands.get(0));
        List<Path> submission = submission(modulePath);
        Grading g = new Grading(stage, operands.get(1), submission, Grading.findHome(), hidden, generated, every, limit);
        try {
            Report report = g.run();
            out.print(report.failures());
            out.print(report.table());
            if (format.equals("gradescope")) {
                Files.writeString(Path.of(output), report.gradescope());
                out.println("wrote " + output);
            }
            return report.allPassed() ? 0 : 1;
        } catch (IOException e) {
            err.println("pyvm: grade: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** The submission's module path: the option, else PYVM_MODULE_PATH, else ./target/classes. */
    private static List<Path> submission(String option) {
        String path = option != null ? option : System.getenv("PYVM_MODULE_PATH");
        if (path == null || path.isBlank()) {
            if (!Files.isDirectory(Path.of("target", "classes")))
                throw new UsageError("grade: where is the submission? give --module-path, or run in its folder after mvn compile");
            path = Path.of("target", "classes").toString();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator)).filter(p -> !p.isBlank()).map(Path::of).toList();
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageError("grade: " + option + " takes a number, not " + value);
        }
    }
}
