package pyvm.lexer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tokenizes the whole standard library of CPython 3.13 in one JVM, with each selected lexer, and
 * prints tokens per second beside what CPython's own tokenize module does on the same files in
 * the same run. Both sides read every file into memory first, warm up, and report the best of
 * several passes; files that do not tokenize count for time but not for tokens.
 *
 * <p>Run it from the repository root, after the tests have been compiled:
 * <pre>
 * ./mvnw -q -o -pl lexer test-compile
 * java --module-path lexer/target/classes --patch-module pyvm.lexer=lexer/target/test-classes \
 *      -m pyvm.lexer/pyvm.lexer.LexerBenchmark [FOLDER]
 * </pre>
 * FOLDER defaults to the standard library; {@code -Dpyvm.test.lexer=NAMES} chooses the lexers
 * (default {@code reference}), as for the tests.
 */
public final class LexerBenchmark {

    private LexerBenchmark() {}

    private static final int WARMUP_PASSES = 3;
    private static final int PASSES = 5;

    /** CPython's side: the same files through tokenize.tokenize, as {@code python -m tokenize} reads them. */
    private static final String CPYTHON = """
            import io, sys, time, tokenize, warnings
            warnings.simplefilter("ignore")
            data = [open(p, "rb").read() for p in sys.stdin.read().splitlines()]
            def once():
                n = 0
                for d in data:
                    try:
                        n += sum(1 for _ in tokenize.tokenize(io.BytesIO(d).readline))
                    except (SyntaxError, tokenize.TokenError):
                        pass
                return n
            once()
            best = None
            for _ in range(%d):
                t = time.perf_counter(); n = once(); t = time.perf_counter() - t
                best = t if best is None else min(best, t)
            print(n, best)
            """.formatted(PASSES);

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Path> files = args.length > 0 ? pythonFiles(Path.of(args[0])) : Corpus.stdlibFiles();
        if (files.isEmpty()) {
            System.err.println("no files: give a folder, or make CPython 3.13 findable (PYVM_PYTHON, PYVM_STDLIB)");
            System.exit(2);
        }
        byte[][] sources = files.stream().map(Corpus::read).toArray(byte[][]::new);
        long bytes = Stream.of(sources).mapToLong(s -> s.length).sum();
        System.out.printf("tokenizing %d files (%.1f MB), best of %d passes after warm-up%n",
                files.size(), bytes / 1e6, PASSES);
        for (Lexer lexer : LexerImplementations.selected()) {
            for (int i = 0; i < WARMUP_PASSES; i++) pass(lexer, files, sources);
            long tokens = 0;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < PASSES; i++) {
                long start = System.nanoTime();
                tokens = pass(lexer, files, sources);
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            report("pyvm " + lexer.name(), tokens, best);
        }
        cpython(files);
    }

    private static long pass(Lexer lexer, List<Path> files, byte[][] sources) {
        long tokens = 0;
        for (int i = 0; i < sources.length; i++) {
            try {
                tokens += lexer.tokenize(sources[i], files.get(i).toString()).size();
            } catch (PySyntaxError e) {
                // a file CPython rejects too: timed, not counted
            }
        }
        return tokens;
    }

    private static void cpython(List<Path> files) throws IOException, InterruptedException {
        ProcessBuilder python = CPython.command("-c", CPYTHON);
        if (python == null) {
            System.out.println("CPython 3.13 not found: no figures to compare with");
            return;
        }
        Process p = python.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = p.getOutputStream()) {
            for (Path f : files) in.write((f.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
        if (p.waitFor() != 0 || out.length != 2) {
            System.out.println("CPython's tokenize failed");
            return;
        }
        report("CPython tokenize", Long.parseLong(out[0]), Double.parseDouble(out[1]));
    }

    private static void report(String who, long tokens, double seconds) {
        System.out.printf("  %-20s %,12d tokens  %8.3f s  %,12.0f tokens/s%n", who, tokens, seconds, tokens / seconds);
    }

    private static List<Path> pythonFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }
}
