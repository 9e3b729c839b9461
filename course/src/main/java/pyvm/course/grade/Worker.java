package pyvm.course.grade;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import pyvm.course.Pipeline;
import pyvm.course.Result;
import pyvm.course.Stage;
import pyvm.course.Stages;

/**
 * The JVM that runs a submission: it judges the cases the {@link Grader} sends, one at a time, with
 * the submission in its stage and the reference implementation everywhere else. It is a process of
 * its own so that whatever the submission does — loop, exhaust memory, call System.exit — costs at
 * most the case it was running. What the submission prints is thrown away: the worker's standard
 * output carries the protocol ({@link Wire}).
 */
public final class Worker {

    private Worker() {}

    /** @param args the stage (lexer, parser, ...) and the name of the submission's implementation */
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        PrintStream errors = System.err;                     // for the worker's own troubles, which the grader shows
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(discard);
        System.setErr(discard);
        Judge judge;
        try {
            Stage stage = Stage.of(args[0]);
            judge = new Judge(stage, new Pipeline(Stages.choose(Map.of(stage, args[1]))));
        } catch (RuntimeException e) {
            errors.println("the worker could not start: " + e.getMessage());
            System.exit(2);
            return;
        }
        while (true) {
            Case c;
            try {
                c = Wire.readCase(in);
            } catch (EOFException e) {
                return;                                     // the grader has no more cases
            }
            Outcome outcome;
            try {
                outcome = judge.judge(c);
            } catch (RuntimeException | Error e) {                // the grader's own trouble, not the submission's
                outcome = Outcome.failed("the grader could not judge this case: " + e);
            }
            Wire.writeOutcome(out, outcome);
        }
    }

    /** Judges one case; also used in-process by tests of the grader itself. */
    record Judge(Stage stage, Pipeline submission) {

        Outcome judge(Case asked) {
            Pipeline reference = new Pipeline(Stages.choose(Map.of()));
            Case c = asked.expected() != null ? asked : asked.withExpected(asked.view().capture(asked.source(), asked.folder(), reference));
            Result actual;
            try {
                actual = c.view().capture(c.source(), c.folder(), submission);
            } catch (Throwable t) {                          // whatever the submission throws fails this case only
                return Outcome.failed(Feedback.thrown(stage, c, t));
            }
            String difference = c.check(actual);
            if (difference.isEmpty()) return Outcome.PASSED;
            return Outcome.failed(Feedback.mismatch(c, asked.expected() == null, actual, difference, Blame.of(stage, c, submission, reference)));
        }
    }
}
