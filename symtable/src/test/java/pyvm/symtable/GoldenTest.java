package pyvm.symtable;

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
import pyvm.lexer.PySyntaxError;
import pyvm.parser.Mod;

/**
 * Golden tests: every {@code NAME.py} under src/test/resources/golden, read by the reference lexer
 * and parser and given to each selected symtable, must print what {@code python3.13 -m symtable
 * NAME.py} printed, which course/golden/generate.py stored beside it as {@code NAME.py.symtable};
 * for a file CPython rejects, {@code NAME.py.symtable.err} holds "exit 1" and the SyntaxError as
 * {@code python3.13 NAME.py} prints it.
 *
 * <p>The stage is given the snippet's real path as the file name, because CPython's symtable errors
 * take their source line from the named file; the error's File line is then shown with the bare
 * name, as CPython ran in the snippet's folder.
 */
class GoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicNode> everySnippetGivesTheTablesCPythonGives() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            snippets = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        if (snippets.isEmpty()) fail("no golden snippets under " + GOLDEN.toAbsolutePath());
        return Implementations.symtables().stream().map(symtable -> dynamicContainer(symtable.name(),
                snippets.stream().map(snippet -> DynamicTest.dynamicTest(
                        GOLDEN.relativize(snippet).toString(), () -> check(symtable, snippet)))));
    }

    private static void check(Symtable symtable, Path snippet) throws IOException {
        String name = snippet.getFileName().toString();
        String path = snippet.toAbsolutePath().toString();
        String expectedOut = Files.readString(snippet.resolveSibling(name + ".symtable"), StandardCharsets.UTF_8);
        Path errFile = snippet.resolveSibling(name + ".symtable.err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
        Mod.Module module = Implementations.referenceParser().parse(
                Implementations.referenceLexer().tokenize(Files.readAllBytes(snippet), path), path);
        String out;
        String err;
        try {
            out = symtable.build(module, path).listing(name);
            err = "";
        } catch (PySyntaxError e) {
            out = "";
            err = "exit 1\n" + e.format().replace("File \"" + path + "\"", "File \"" + name + "\"");
        }
        if (!expectedErr.equals(err)) fail("standard error " + firstDifference(expectedErr, err));
        if (!expectedOut.equals(out)) fail("standard output " + firstDifference(expectedOut, out));
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
