package pyvm.parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Lexer;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.lexer.testkit.Benchmark;

/**
 * Parses the whole standard library of CPython 3.13 in one JVM, with each selected parser, and
 * prints source lines per second beside what CPython's {@code ast.parse} does on the same files in
 * the same run. {@code ast.parse} takes bytes to a tree of Python objects (its C tree converted by
 * ast2obj), so the figure to compare is pyvm's lexer and parser together, making the tree's
 * records; the parser alone, over tokens made beforehand, is shown too.
 * {@link Benchmark} reads the files, times the passes and runs CPython's side; files that do not
 * parse count for time but not for lines.
 *
 * <p>The lexer reads the files as {@code compile()} reads bytes ({@link Lexer.Mode#COMPILE_STRING}),
 * which is what ast.parse does. Run it from the repository root, after the tests have been compiled:
 * <pre>
 * ./mvnw -q -o -pl lexer,parser test-compile
 * java --module-path lexer/target/classes:parser/target/classes \
 *      --patch-module pyvm.parser=parser/target/test-classes --add-reads pyvm.parser=ALL-UNNAMED \
 *      --class-path lexer/target/test-classes \
 *      -m pyvm.parser/pyvm.parser.ParserBenchmark [FOLDER]
 * </pre>
 * The lexer's test classes on the class path bring {@link Benchmark}, as its test jar does for the
 * parser's tests. FOLDER defaults to the standard library;
 * {@code -Dpyvm.test.parser=NAMES} chooses the parsers (default {@code reference}), as for the tests.
 */
public final class ParserBenchmark {

    private ParserBenchmark() {}

    /** CPython's side: ast.parse over each file's bytes, counting the lines of those it parses. */
    private static final String CPYTHON_COUNT = """
            import ast
            ERRORS = (SyntaxError, ValueError)
            def count(source):
                ast.parse(source)
                return source.count(b"\\n")
            """;

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Path> files = Benchmark.files(args);
        byte[][] sources = Benchmark.read(files, "parsing");
        Lexer lexer = ParserImplementations.referenceLexer();
        List<List<Token>> tokens = tokenize(lexer, files, sources);
        for (Parser parser : ParserImplementations.selected()) {
            Benchmark.report("pyvm " + parser.name(), Benchmark.bestOf(() -> lexAndParse(lexer, parser, files, sources)), "lines");
            Benchmark.report("pyvm " + parser.name() + ", tokens given", Benchmark.bestOf(() -> parse(parser, files, sources, tokens)), "lines");
        }
        Benchmark.cpython(CPYTHON_COUNT, files).ifPresent(f -> Benchmark.report("CPython ast.parse", f, "lines"));
    }

    private static long lexAndParse(Lexer lexer, Parser parser, List<Path> files, byte[][] sources) {
        long lines = 0;
        for (int i = 0; i < sources.length; i++) {
            String name = files.get(i).toString();
            try {
                parser.parse(lexer.tokenize(sources[i], name, Lexer.Mode.COMPILE_STRING), name);
                lines += lines(sources[i]);
            } catch (PySyntaxError e) {
                // a file CPython rejects too: timed, not counted
            }
        }
        return lines;
    }

    private static long parse(Parser parser, List<Path> files, byte[][] sources, List<List<Token>> tokens) {
        long lines = 0;
        for (int i = 0; i < sources.length; i++) {
            if (tokens.get(i) == null) continue;
            try {
                parser.parse(tokens.get(i), files.get(i).toString());
                lines += lines(sources[i]);
            } catch (PySyntaxError e) {
                // as above
            }
        }
        return lines;
    }

    /** {@return each file's tokens, or null for a file the lexer rejects} */
    private static List<List<Token>> tokenize(Lexer lexer, List<Path> files, byte[][] sources) {
        List<List<Token>> tokens = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            try {
                tokens.add(lexer.tokenize(sources[i], files.get(i).toString(), Lexer.Mode.COMPILE_STRING));
            } catch (PySyntaxError e) {
                tokens.add(null);
            }
        }
        return tokens;
    }

    /** {@return the newlines in a source, as Python's {@code source.count(b"\n")} counts them} */
    private static long lines(byte[] source) {
        long n = 0;
        for (byte b : source) if (b == '\n') n++;
        return n;
    }
}
