package pyvm.course.grade;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import pyvm.lexer.Lexer;

/**
 * Student modules for testing the grader, compiled from src/test/resources/submissions/NAME/src with
 * the JDK's javac, the way a student's build would compile them: against pyvm's lexer module only.
 */
final class Submissions {

    private Submissions() {}

    /** {@return the folder of compiled classes of the named fixture} */
    static Path compile(String fixture) throws IOException, InterruptedException {
        Path src = Path.of("src/test/resources/submissions", fixture, "src");
        Path out = Files.createTempDirectory("pyvm-submission-" + fixture);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", out.toString(), "--module-path", location(Lexer.class)));
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> command.add(f.toString()));
        }
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes());
        if (javac.waitFor() != 0) throw new IllegalStateException("javac failed on " + fixture + ":\n" + output);
        return out;
    }

    static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
