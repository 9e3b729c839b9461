package pyvm.course.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyvm.course.Source;
import pyvm.course.Stage;
import pyvm.course.View;

/**
 * The grader's promises: a submission that reaches for the reference implementation is caught before
 * it runs; one that loops, ends its JVM or exhausts memory fails only the case it was running, and
 * grading goes on to the end.
 */
class GraderTest {

    private static Case tokens(String name, String source) {
        return new Case(name, Category.GOLDEN, View.TOKENS, new Source(name, source.getBytes(StandardCharsets.UTF_8)),
                Path.of("."), null, true, true);
    }

    @Test
    void aSubmissionThatLoadsTheReferenceAtRunTimeIsCaughtBeforeItRuns() throws Exception {
        Path cheat = Submissions.compile("cheat");
        List<String> problems = SubmissionCheck.problems(Stage.LEXER, List.of(cheat));
        assertTrue(problems.stream().anyMatch(p -> p.contains("java/util/ServiceLoader.load")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("java/lang/Module.addUses")), problems.toString());

        Report report = new Grader(Stage.LEXER, "cheat", List.of(cheat), Duration.ofSeconds(10)).grade(List.of(tokens("empty.py", "")));
        assertEquals(0, report.score());
        assertTrue(report.entries().get(0).outcome().feedback().startsWith("the submission was not run"),
                report.entries().get(0).outcome().feedback());
    }

    @Test
    void aDescriptorThatUsesTheServiceItProvidesIsRefused() throws Exception {
        List<String> problems = SubmissionCheck.problems(Stage.LEXER, List.of(Submissions.compile("declares_uses")));
        assertEquals(List.of("declaring.lexer uses pyvm.lexer.Lexer: a submission may not look up the implementation it replaces"), problems);
    }

    @Test
    void theExampleLexerPassesTheCheck() {
        Path simple = Path.of(System.getProperty("pyvm.module.path"));
        assertEquals(List.of(), SubmissionCheck.problems(Stage.LEXER, List.of(simple)));
    }

    @Test
    void aLoopAnExitOrExhaustedMemoryFailsOnlyItsOwnCase() throws Exception {
        Path looping = Submissions.compile("looping");
        List<Case> cases = List.of(tokens("first.py", ""), tokens("loops.py", "loop\n"), tokens("second.py", ""),
                tokens("exits.py", "exit\n"), tokens("third.py", ""), tokens("hogs.py", "hog\n"), tokens("fourth.py", ""));
        Report report = new Grader(Stage.LEXER, "looping", List.of(looping), Duration.ofSeconds(5)).grade(cases);

        List<Boolean> passed = report.entries().stream().map(e -> e.outcome().passed()).toList();
        assertEquals(List.of(true, false, true, false, true, false, true), passed, report.failures());
        assertTrue(report.entries().get(1).outcome().feedback().contains("no answer within 5 s"), report.entries().get(1).outcome().feedback());
        assertTrue(report.entries().get(3).outcome().feedback().contains("ended its JVM while running this case (exit status 3)"),
                report.entries().get(3).outcome().feedback());
        assertTrue(report.entries().get(5).outcome().feedback().contains("OutOfMemoryError"), report.entries().get(5).outcome().feedback());
    }

    @Test
    void aFailureShowsTheInputTheExpectedAndTheActualTokens() throws Exception {
        Path looping = Submissions.compile("looping");
        Report report = new Grader(Stage.LEXER, "looping", List.of(looping), Duration.ofSeconds(10))
                .grade(List.of(tokens("one.py", "x = 1\n")));
        String feedback = report.entries().get(0).outcome().feedback();
        assertFalse(report.allPassed());
        assertTrue(feedback.startsWith("input: one.py\n  | x = 1\n"), feedback);
        assertTrue(feedback.contains("NAME           'x'"), feedback);          // the reference's tokens, expected
        assertTrue(feedback.contains("standard output differs from line 2:"), feedback);
    }
}
