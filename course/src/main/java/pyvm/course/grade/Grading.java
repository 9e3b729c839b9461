package pyvm.course.grade;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pyvm.course.Oracle;
import pyvm.course.Stage;

/**
 * Grading as one call, for {@code pyvm grade} and for the test a starter module runs under
 * {@code mvn test}: gather the suite, check the submission, run every case, report.
 *
 * @param stage            the stage the submission implements
 * @param name             the name it gives itself
 * @param submission       its module's classes folder or jar
 * @param home             the pyvm checkout whose golden files are the suite
 * @param hidden           an instructor's folder of hidden .py cases, or null
 * @param generated        how many programs to generate as hidden end-to-end cases
 * @param conformanceEvery sample every n-th standard-library file; 0 for none
 * @param limit            the time one case may take
 */
public record Grading(Stage stage, String name, List<Path> submission, Path home, Path hidden,
                      int generated, int conformanceEvery, Duration limit) {

    /** The defaults of {@code pyvm grade}: five generated programs, a fortieth of the stdlib, ten seconds a case. */
    public static Grading of(Stage stage, String name, List<Path> submission) {
        return new Grading(stage, name, submission, findHome(), null, 5, 40, Duration.ofSeconds(10));
    }

    /** {@return the report} Cases that need CPython are left out, with a note, when no CPython 3.13 is found. */
    public Report run() throws IOException, InterruptedException {
        List<Case> cases = new ArrayList<>(Suite.shipped(stage, home));
        Optional<Oracle> oracle = Oracle.find();
        if (oracle.isPresent()) {
            if (conformanceEvery > 0) cases.addAll(LiveCases.conformance(stage, conformanceEvery, oracle.get()));
            if (hidden != null) cases.addAll(LiveCases.hidden(stage, hidden, oracle.get()));
        }
        if (generated > 0) cases.addAll(Suite.generated(stage, generated, System.nanoTime(), Files.createTempDirectory("pyvm-generated")));
        return new Grader(stage, name, submission, limit).grade(cases);
    }

    /**
     * {@return the pyvm checkout}: the system property {@code pyvm.home} (the launcher and starter
     * modules set it), else the folder three levels above course's classes ({@code course/target/classes})
     */
    public static Path findHome() {
        String home = System.getProperty("pyvm.home");
        if (home != null) return Path.of(home);
        try {
            Path classes = Path.of(Grading.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate pyvm's checkout; set -Dpyvm.home", e);
        }
    }
}
