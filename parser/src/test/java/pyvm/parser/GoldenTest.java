package pyvm.parser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pyvm.lexer.Lexer;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.TokenStream;

/**
 * Golden tests: every {@code NAME.py} under src/test/resources/golden, tokenized by the reference
 * lexer (in the compiler's mode, as the pipeline does) and parsed by each selected parser, must print what {@code python3.13 -m ast -a NAME.py}
 * printed, which course/golden/generate.py stored beside it: {@code NAME.py.ast}, and for a file
 * CPython rejects {@code NAME.py.ast.err} ("exit 1" and the lines {@code python3.13 NAME.py}
 * prints for the SyntaxError). The snippets under {@code invalid/} are the rejected ones.
 */
class GoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicNode> everySnippetParsesAsCPythonDoes() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            snippets = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        if (snippets.isEmpty()) fail("no golden snippets under " + GOLDEN.toAbsolutePath());
        return ParserImplementations.selected().stream().map(parser -> dynamicContainer(parser.name(),
                snippets.stream().map(snippet -> DynamicTest.dynamicTest(
                        GOLDEN.relativize(snippet).toString(), () -> check(parser, snippet)))));
    }

    private static void check(Parser parser, Path snippet) throws IOException {
        String name = snippet.getFileName().toString();
        String expectedOut = Files.readString(snippet.resolveSibling(name + ".ast"), StandardCharsets.UTF_8);
        Path errFile = snippet.resolveSibling(name + ".ast.err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
        String out = "";
        String err = "";
        try {
            TokenStream tokens = ParserImplementations.referenceLexer().tokenStream(Files.readAllBytes(snippet), name, Lexer.Mode.COMPILE_STRING);
            out = Ast.dump(parser.parse(tokens, name), true, 3) + "\n";
        } catch (PySyntaxError e) {
            err = "exit 1\n" + e.format();
        }
        if (!expectedErr.equals(err))
            fail(name + ": standard error " + firstDifference(expectedErr, err) + "\n" + (err.isEmpty() ? "" : "the whole error:\n" + err));
        if (!expectedOut.equals(out)) fail(name + ": standard output " + firstDifference(expectedOut, out));
    }

    /** A readable diff: the first line where the texts differ, with both versions of it. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        return "differs at line " + (i + 1) + " (of " + e.length + " expected, " + a.length + " actual):\n"
                + "  expected: " + (i < e.length ? e[i] : "<end of output>") + "\n"
                + "  actual:   " + (i < a.length ? a[i] : "<end of output>");
    }
}
