package pyvm.lexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import pyvm.lexer.testkit.Benchmark;

/**
 * Tokenizes the whole standard library of CPython 3.13 in one JVM, with each selected lexer, and
 * prints tokens per second beside what CPython's own tokenize module does on the same files in
 * the same run. {@link Benchmark} reads the files, times the passes and runs CPython's side;
 * files that do not tokenize count for time but not for tokens.
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

    /** CPython's side: the same files through tokenize.tokenize, as {@code python -m tokenize} reads them. */
    private static final String CPYTHON_COUNT = """
            import io, tokenize
            ERRORS = (SyntaxError, tokenize.TokenError)
            def count(source):
                return sum(1 for _ in tokenize.tokenize(io.BytesIO(source).readline))
            """;

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Path> files = Benchmark.files(args);
        byte[][] sources = Benchmark.read(files, "tokenizing");
        for (Lexer lexer : LexerImplementations.selected())
            Benchmark.report("pyvm " + lexer.name(), Benchmark.bestOf(() -> pass(lexer, files, sources)), "tokens");
        Benchmark.cpython(CPYTHON_COUNT, files).ifPresent(f -> Benchmark.report("CPython tokenize", f, "tokens"));
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
}
