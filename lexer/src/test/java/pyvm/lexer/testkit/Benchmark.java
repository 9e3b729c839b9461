package pyvm.lexer.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * What the stages' benchmarks share, so that their figures mean the same: the files (a folder
 * given on the command line, else the standard library), read into memory before any timing; the
 * timing, the best of {@value #PASSES} passes after {@value #WARMUP_PASSES} to warm the JIT up;
 * and CPython's side of the same work in the same run, one process timing the same passes over
 * the same files. A benchmark only says what a pass does, in Java and in Python, and what it counts.
 */
public final class Benchmark {

    private Benchmark() {}

    public static final int WARMUP_PASSES = 3;
    public static final int PASSES = 5;

    /** The best pass: how many units it counted, and its seconds. */
    public record Figures(long count, double seconds) {}

    /**
     * CPython's side. The benchmark's code defines {@code count(source)}, the work on one file's
     * bytes, returning what it counts, and {@code ERRORS}, what a file it rejects raises; such a
     * file is timed but not counted. One pass warms the caches up; CPython has no JIT to wait for.
     */
    private static final String CPYTHON = """
            import sys, time, warnings
            warnings.simplefilter("ignore")
            %s
            data = [open(p, "rb").read() for p in sys.stdin.read().splitlines()]
            def once():
                n = 0
                for d in data:
                    try:
                        n += count(d)
                    except ERRORS:
                        pass
                return n
            once()
            best = None
            for _ in range(%d):
                t = time.perf_counter(); n = once(); t = time.perf_counter() - t
                best = t if best is None else min(best, t)
            print(n, best)
            """;

    /** {@return the .py files under the folder {@code args[0]}, else the standard library's} Exits with 2 if there are none. */
    public static List<Path> files(String[] args) {
        List<Path> files = args.length > 0 ? Corpus.pythonFiles(Path.of(args[0])) : Corpus.stdlibFiles();
        if (files.isEmpty()) {
            System.err.println("no files: give a folder, or make CPython 3.13 findable (PYVM_PYTHON, PYVM_STDLIB)");
            System.exit(2);
        }
        return files;
    }

    /** {@return the files' bytes, after printing what the benchmark does to how many of them} */
    public static byte[][] read(List<Path> files, String doing) {
        byte[][] sources = files.stream().map(Corpus::read).toArray(byte[][]::new);
        long bytes = Stream.of(sources).mapToLong(s -> s.length).sum();
        System.out.printf("%s %d files (%.1f MB), best of %d passes after warm-up%n", doing, files.size(), bytes / 1e6, PASSES);
        return sources;
    }

    /** {@return the best of {@link #PASSES} passes after {@link #WARMUP_PASSES}; a pass returns what it counted} */
    public static Figures bestOf(LongSupplier pass) {
        for (int i = 0; i < WARMUP_PASSES; i++) pass.getAsLong();
        long count = 0;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < PASSES; i++) {
            long start = System.nanoTime();
            count = pass.getAsLong();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return new Figures(count, best);
    }

    /**
     * {@return CPython's figures for the same files, or empty, having said why, when there is no
     * CPython 3.13 or it failed}
     *
     * @param count Python code defining {@code count(source)} and {@code ERRORS}, as {@link #CPYTHON} says
     */
    public static Optional<Figures> cpython(String count, List<Path> files) throws IOException, InterruptedException {
        ProcessBuilder python = CPython.command("-c", CPYTHON.formatted(count, PASSES));
        if (python == null) {
            System.out.println("CPython 3.13 not found: no figures to compare with");
            return Optional.empty();
        }
        Process p = python.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = p.getOutputStream()) {
            for (Path f : files) in.write((f.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
        if (p.waitFor() != 0 || out.length != 2) {
            System.out.println("CPython failed: no figures to compare with");
            return Optional.empty();
        }
        return Optional.of(new Figures(Long.parseLong(out[0]), Double.parseDouble(out[1])));
    }

    /** Prints one line of figures: who, what they counted, their seconds, and the count per second. */
    public static void report(String who, Figures figures, String unit) {
        System.out.printf("  %-30s %,12d %s  %8.3f s  %,12.0f %s/s%n",
                who, figures.count(), unit, figures.seconds(), figures.count() / figures.seconds(), unit);
    }
}
