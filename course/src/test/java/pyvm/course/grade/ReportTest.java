package pyvm.course.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pyvm.course.Oracle;
import pyvm.course.Source;
import pyvm.course.Stage;
import pyvm.course.View;

/** The report's two printed forms: the table a terminal shows and Gradescope's results.json. */
class ReportTest {

    private static final Report REPORT = new Report(Stage.LEXER, "alice", List.of(
            entry("a.py", Category.GOLDEN, true, ""),
            entry("b \"quoted\".py", Category.ERRORS, false, "expected:\n\tSyntaxError\n"),
            entry("secret.py", Category.HIDDEN, false, "differs")), List.of());

    private static Report.Entry entry(String name, Category category, boolean passed, String feedback) {
        Case c = new Case(name, category, View.TOKENS, new Source(name, new byte[0]), Path.of("."), null, true,
                category != Category.HIDDEN);
        return new Report.Entry(c, new Outcome(passed, feedback));
    }

    @Test
    void theTableCountsCasesAndPointsPerCategory() {
        assertEquals("""
                grading the lexer named alice
                category                     passed       points
                golden cases                    1/1          2/2
                error cases                     0/1          0/2
                hidden cases                    0/1          0/2
                total                                        2/6
                """, REPORT.table());
    }

    @Test
    void resultsJsonIsWhatGradescopeReads() throws Exception {
        Optional<Oracle> python = Oracle.find();
        assumeTrue(python.isPresent(), "CPython 3.13 reads the JSON back");
        Process p = python.get().start(List.of("-c", """
                import json, sys
                r = json.load(sys.stdin)
                print(r["score"], [(t["name"], t["score"], t["max_score"], t["status"], t["visibility"]) for t in r["tests"]])
                print(repr(r["tests"][1]["output"]))
                """), null);
        p.getOutputStream().write(REPORT.gradescope().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), REPORT.gradescope());
        assertEquals("""
                2 [('golden cases: a.py', 2, 2, 'passed', 'visible'), ('error cases: b "quoted".py', 0, 2, 'failed', 'visible'), \
                ('hidden cases: secret.py', 0, 2, 'failed', 'after_published')]
                'expected:\\n\\tSyntaxError\\n'
                """, out);
    }
}
