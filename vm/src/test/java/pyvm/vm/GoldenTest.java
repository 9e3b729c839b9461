package pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pyvm.assembler.CodeObject;
import pyvm.assembler.Pyc;
import pyvm.gc.GarbageCollector;
import pyvm.lexer.Lexer;
import pyvm.parser.Mod;
import pyvm.parser.Parser;

/**
 * The golden tests of the vm: every {@code src/test/resources/golden/**}{@code /NAME.py} has beside it
 * CPython's compilation ({@code NAME.pyc}) and what {@code python3.13 NAME.py} printed
 * ({@code NAME.py.run}, and {@code NAME.py.run.err} with the exit status and stderr when it failed),
 * all written by course/golden/generate.py. Each snippet's .pyc runs through every interpreter named
 * in {@code -Dpyvm.test.vm=NAME,...} (default {@code reference}); stdout, stderr and the exit status
 * must be CPython's; a snippet CPython could not compile has no .pyc and is the compiler's business,
 * not the vm's. The test compiles nothing: only tracebacks parse source lines, to place their
 * carets, with the lexer and parser named by {@code pyvm.test.lexer} and {@code pyvm.test.parser}.
 * As the golden script does with CPython's output, the snippet's folder is taken out of pyvm's, so
 * that the files imported from it print as {@code NAME.py} wherever the repository lives.
 */
class GoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicTest> snippetsBehaveAsUnderCPython() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            snippets = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replaceAll("\\.py$", ".pyc"))))
                    .sorted().toList();
        }
        assertTrue(!snippets.isEmpty(), "no snippets under " + GOLDEN.toAbsolutePath());
        return Stream.of(System.getProperty("pyvm.test.vm", "reference").split(","))
                .flatMap(name -> snippets.stream().map(py -> DynamicTest.dynamicTest(
                        name + ": " + GOLDEN.relativize(py), () -> check(name, py))));
    }

    private static void check(String interpreterName, Path py) throws IOException {
        Path folder = py.getParent();
        String name = py.getFileName().toString();
        Path pyc = folder.resolve(name.substring(0, name.length() - 3) + ".pyc");
        CodeObject code = Pyc.read(Files.readAllBytes(pyc), pyc.getFileName().toString()).code();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Config config = new Config(List.of(name), List.of(folder.toAbsolutePath().toString()),
                new ByteArrayInputStream(new byte[0]), out, err, service(GarbageCollector.class, "pyvm.test.gc"),
                new CompiledByCPython(), null);
        Interpreter interpreter = service(Interpreter.class, interpreterName);
        int status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> interpreter.run(code, config),
                () -> GOLDEN.relativize(py) + " ran for more than a minute");

        String here = folder.toAbsolutePath() + java.io.File.separator;
        String actualOut = out.toString(StandardCharsets.UTF_8).replace(here, "");
        String expectedOut = read(folder.resolve(name + ".run"));
        Path errFile = folder.resolve(name + ".run.err");
        String expectedErr = Files.exists(errFile) ? read(errFile) : "exit 0\n";
        String actualErr = "exit " + status + "\n" + err.toString(StandardCharsets.UTF_8).replace(here, "");
        String difference = firstDifference("stdout", expectedOut, actualOut);
        if (difference == null) difference = firstDifference("exit status and stderr", expectedErr, actualErr);
        if (difference != null && !expectedErr.equals(actualErr))
            difference += "\n(stderr was:\n" + String.join("\n", actualErr.lines().limit(12).toList()) + ")";
        if (difference != null) fail(GOLDEN.relativize(py) + ": " + difference);
    }

    /** {@return where two texts first differ, line by line, or null when they are equal} */
    static String firstDifference(String what, String expected, String actual) {
        if (expected.equals(actual)) return null;
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; ; i++) {
            String el = i < e.length ? e[i] : "<end>", al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al))
                return what + " differs at line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The implementation of {@code stage} with the name the system property {@code property} names, or {@code reference}. */
    private static <S> S service(Class<S> stage, String nameOrProperty) {
        String wanted = nameOrProperty.startsWith("pyvm.test.") ? System.getProperty(nameOrProperty, "reference") : nameOrProperty;
        GoldenTest.class.getModule().addUses(stage);
        for (ServiceLoader.Provider<S> p : ServiceLoader.load(stage).stream().toList()) {
            S s = p.get();
            String name;
            try {
                name = (String) stage.getMethod("name").invoke(s);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (name.equals(wanted)) return s;
        }
        throw new AssertionError("no " + stage.getSimpleName() + " named " + wanted);
    }

    /**
     * The compiler stages as the vm's tests need them. Compiling a module the snippet imports gives
     * CPython's compilation of it, the .pyc the golden script wrote beside the source (which must be
     * of that source: its header records the size); parsing, which tracebacks do to place carets, is
     * the lexer's and parser's named by {@code pyvm.test.lexer} and {@code pyvm.test.parser}.
     */
    private static final class CompiledByCPython implements Compiler {
        private final Lexer lexer = service(Lexer.class, "pyvm.test.lexer");
        private final Parser parser = service(Parser.class, "pyvm.test.parser");

        @Override public CodeObject compile(byte[] source, String filename) {
            Path py = Path.of(filename);
            Path pyc = py.resolveSibling(py.getFileName().toString().replaceAll("\\.py$", ".pyc"));
            if (!Files.exists(pyc)) {
                parse(source, py.getFileName().toString());
                throw new AssertionError("CPython did not compile " + py + ", yet it parses");
            }
            try {
                Pyc compiled = Pyc.read(Files.readAllBytes(pyc), pyc.toString());
                if (compiled.validation() instanceof Pyc.Validation.Timestamp t && t.sourceSize() != source.length)
                    throw new AssertionError(pyc + " is not the compilation of " + py + "; run course/golden/generate.py vm");
                return compiled.code();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override public Mod.Module parse(byte[] source, String filename) {
            return parser.parse(lexer.tokenStream(source, filename, Lexer.Mode.COMPILE_STRING), filename);
        }
    }
}
