package pyvm.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code pyvm conformance STAGE PATH...}: a stage's printed output against CPython's, file by file,
 * over real code (the standard library is the main corpus), in one JVM. One python3.13 process
 * computes every reference output ({@link ReferenceOutputs}); pyvm's side runs the same command
 * line in-process. A file counts as identical when both succeed with the same standard output, or
 * both fail with the same last line of standard error — the rule of shared/tools/conform.py.
 */
final class Conformance {

    /** The stages CPython has a printing tool for, with the arguments that tool and pyvm take. */
    private static final List<String> STAGES = List.of("tokenize", "ast", "symtable", "dis");
    private static final int SHOWN = 5;
    private static final long SECONDS_PER_FILE = 60;

    private Conformance() {}

    static int run(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        if (args.size() < 2 || !STAGES.contains(args.get(0)))
            throw new UsageError("conformance takes STAGE PATH...; STAGE is one of " + STAGES);
        String stage = args.get(0);
        List<String> stageArgs = switch (stage) {
            case "tokenize" -> List.of("-e");
            case "ast" -> List.of("-a");
            default -> List.of();
        };
        List<Path> files = Corpus.pythonFiles(args.subList(1, args.size()));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "conformance", 1L << 30);   // deep ASTs need a deep stack
            t.setDaemon(true);
            return t;
        });
        int same = 0;
        List<String> differences = new ArrayList<>();
        try (ReferenceOutputs cpython = new ReferenceOutputs(Oracle.require(), stage, stageArgs, files)) {
            for (Path file : files) {
                Result expected = cpython.next();
                Result actual = pyvm(worker, pipeline, stage, stageArgs, file);
                String difference = expected.difference(actual);
                if (difference == null) same++;
                else if (differences.size() < SHOWN) differences.add("-- " + file + "\n" + difference);
            }
        } catch (IOException e) {
            err.println("pyvm: conformance: " + e.getMessage());
            return 1;
        } finally {
            worker.shutdownNow();
        }
        differences.forEach(out::println);
        out.println(stage + ": " + same + "/" + files.size() + " identical");
        return same == files.size() ? 0 : 1;
    }

    /** Runs pyvm's side of one file in-process, with a time limit, catching whatever a stage throws. */
    private static Result pyvm(ExecutorService worker, Pipeline pipeline, String stage, List<String> stageArgs, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> command = new ArrayList<>(stageArgs);
        command.add(file.toString());
        Future<Integer> status = worker.submit(() -> {
            try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
                return Command.of(stage).run(command, pipeline, o, e);
            }
        });
        try {
            return new Result(status.get(SECONDS_PER_FILE, TimeUnit.SECONDS), out.toByteArray(), err.toByteArray());
        } catch (TimeoutException e) {
            status.cancel(true);
            return Result.crash("no answer in " + SECONDS_PER_FILE + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            return Result.crash(e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.crash("interrupted");
        }
    }
}
