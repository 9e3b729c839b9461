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
 * must be CPython's. The test compiles nothing: only tracebacks parse source lines, to place their
 * carets, with the lexer and parser named by {@code pyvm.test.lexer} and {@code pyvm.test.parser}.
 */
class GoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicTest> snippetsBehaveAsUnderCPython() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            snippets = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
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
                new ParsingOnly(), null);
        Interpreter interpreter = service(Interpreter.class, interpreterName);
        int status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> interpreter.run(code, config),
                () -> GOLDEN.relativize(py) + " ran for more than a minute");

        String expectedOut = read(folder.resolve(name + ".run"));
        Path errFile = folder.resolve(name + ".run.err");
        String expectedErr = Files.exists(errFile) ? read(errFile) : "exit 0\n";
        String actualErr = "exit " + status + "\n" + err.toString(StandardCharsets.UTF_8);
        String difference = firstDifference("stdout", expectedOut, out.toString(StandardCharsets.UTF_8));
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
     * The compiler stages as far as tracebacks need them: parsing a source line to place carets.
     * Compiling is refused, so a snippet that would exec or import source fails the test.
     */
    private static final class ParsingOnly implements Compiler {
        private final Lexer lexer = service(Lexer.class, "pyvm.test.lexer");
        private final Parser parser = service(Parser.class, "pyvm.test.parser");

        @Override public CodeObject compile(byte[] source, String filename) {
            throw new AssertionError("the golden tests run CPython's compilation only, yet the vm compiled " + filename);
        }

        @Override public Mod.Module parse(byte[] source, String filename) {
            return parser.parse(lexer.tokenize(source, filename), filename);
        }
    }
}
