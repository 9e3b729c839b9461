package pyvm.course.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pyvm.course.Stage;

/** {@code pyvm new}: the starter of every stage compiles, passes the submission check, and names itself. */
class StarterTest {

    @ParameterizedTest
    @EnumSource(Stage.class)
    void theStarterOfEveryStageCompilesAndMayBeGraded(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("pyvm-starter").resolve("alice-" + stage.key());
        List<Path> written = Starter.write(stage, "alice", dir, Grading.findHome());
        assertTrue(written.contains(dir.resolve("pom.xml")), written.toString());

        Path classes = Files.createTempDirectory("pyvm-starter-classes");
        List<String> javac = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", classes.toString(), "--module-path", pyvmModules()));
        try (Stream<Path> sources = Files.walk(dir.resolve("src/main/java"))) {
            sources.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
        }
        Process p = new ProcessBuilder(javac).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        assertEquals(List.of(), SubmissionCheck.problems(stage, List.of(classes)));
    }

    @Test
    void aNameThatIsNoJavaIdentifierIsRefused() throws IOException {
        Path dir = Files.createTempDirectory("pyvm-starter");
        var e = org.junit.jupiter.api.Assertions.assertThrows(pyvm.course.UsageError.class,
                () -> Starter.write(Stage.LEXER, "Bad-Name", dir.resolve("x"), Grading.findHome()));
        assertTrue(e.getMessage().startsWith("NAME must be lower-case letters"), e.getMessage());
    }

    private static String pyvmModules() {
        List<String> paths = new ArrayList<>();
        for (Stage s : Stage.values()) paths.add(Submissions.location(s.service()));
        return String.join(java.io.File.pathSeparator, paths);
    }
}
