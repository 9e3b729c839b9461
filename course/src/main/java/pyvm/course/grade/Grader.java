package pyvm.course.grade;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pyvm.course.Stage;

/**
 * Runs a suite against a submission in worker JVMs ({@link Worker}), one case at a time, each with a
 * time limit. When a worker does not answer in time it is killed and the case fails; when it dies
 * (System.exit, a crash) the case fails with what it printed last; either way the next case starts in
 * a new worker, so grading always reaches the end and the report is always written.
 */
public final class Grader {

    private final Stage stage;
    private final String name;
    private final List<Path> submission;
    private final Duration limit;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));
    private Process worker;
    private DataOutputStream toWorker;
    private DataInputStream fromWorker;
    private Path workerErrors;

    /**
     * @param submission the folders or jars of the submission's module
     * @param limit      how long one case may take
     */
    public Grader(Stage stage, String name, List<Path> submission, Duration limit) {
        this.stage = stage;
        this.name = name;
        this.submission = List.copyOf(submission);
        this.limit = limit;
    }

    /** {@return the report of every case}, after the submission check has passed, or all cases failed with its problems */
    public Report grade(List<Case> cases) throws IOException {
        List<String> problems = name.equals(pyvm.course.Stages.DEFAULT) ? List.of() : SubmissionCheck.problems(stage, submission);
        List<Report.Entry> entries = new ArrayList<>();
        if (!problems.isEmpty()) {
            String why = "the submission was not run: " + String.join("\n", problems) + "\n";
            for (Case c : cases) entries.add(new Report.Entry(c, Outcome.failed(why)));
            return new Report(stage, name, entries, problems);
        }
        try {
            for (Case c : cases) entries.add(new Report.Entry(c, judge(c)));
        } finally {
            stopWorker();
            reader.shutdownNow();
        }
        return new Report(stage, name, entries, List.of());
    }

    private Outcome judge(Case c) throws IOException {
        if (worker == null) startWorker();
        Future<Outcome> answer = reader.submit(() -> {
            Wire.writeCase(toWorker, c);
            return Wire.readOutcome(fromWorker);
        });
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stopWorker();
            return Outcome.failed("input: " + c.source().filename() + "\n" + Feedback.excerpt(c.source().bytes())
                    + "no answer within " + limit.toSeconds() + " s: an endless loop, or far too slow; grading goes on\n");
        } catch (ExecutionException e) {                      // the worker's pipe closed: it is going
            int status = awaitWorker();
            String last = lastLines(workerErrors);
            stopWorker();
            return Outcome.failed("input: " + c.source().filename() + "\n" + Feedback.excerpt(c.source().bytes())
                    + "the submission ended its JVM while running this case (exit status " + status
                    + "): System.exit, or a crash; grading goes on\n" + last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("grading interrupted");
        }
    }

    private void startWorker() throws IOException {
        workerErrors = Files.createTempFile("pyvm-worker", ".err");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xss512m", "-Xmx1g", "-XX:+UseSerialGC",
                "--module-path", modulePath(), "-m", "pyvm.course/" + Worker.class.getName(), stage.key(), name));
        worker = new ProcessBuilder(command).redirectError(workerErrors.toFile()).start();
        toWorker = new DataOutputStream(new BufferedOutputStream(worker.getOutputStream()));
        fromWorker = new DataInputStream(new BufferedInputStream(worker.getInputStream()));
    }

    /** Waits a little for a worker that is ending; {@return its exit status, or -1 if it still runs} */
    private int awaitWorker() {
        try {
            return worker.waitFor(5, TimeUnit.SECONDS) ? worker.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Kills the worker, if there is one, and forgets it. */
    private void stopWorker() {
        if (worker == null) return;
        worker.destroyForcibly();
        awaitWorker();
        worker = null;
        try {
            Files.deleteIfExists(workerErrors);
        } catch (IOException e) {
            // a temporary file left behind harms nobody
        }
    }

    private static String lastLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? "" : "it printed last:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())) + "\n";
        } catch (IOException e) {
            return "";
        }
    }

    /** pyvm's own modules, found where their classes were loaded from, then the submission's. */
    private String modulePath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Stage s : Stage.values()) entries.add(location(s.service()));
        entries.add(location(Grader.class));
        submission.forEach(p -> entries.add(p.toAbsolutePath().toString()));
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the module of " + type, e);
        }
    }
}
