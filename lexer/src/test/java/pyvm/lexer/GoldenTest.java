package pyvm.lexer;

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

/**
 * Golden tests: every {@code NAME.py} under src/test/resources/golden, tokenized by each selected
 * lexer, must print what {@code python3.13 -m tokenize -e NAME.py} printed, which
 * course/golden/generate.py stored beside it: {@code NAME.py.tokenize} (standard output), and for a
 * file CPython rejects {@code NAME.py.tokenize.err} ("exit 1" and the error line). Without
 * {@code -e}, tokenize prints the same lines with every operator's type as OP, which is checked
 * against the same files.
 */
class GoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicNode> everySnippetTokenizesAsCPythonDoes() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            snippets = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        if (snippets.isEmpty()) fail("no golden snippets under " + GOLDEN.toAbsolutePath());
        return LexerImplementations.selected().stream().map(lexer -> dynamicContainer(lexer.name(),
                snippets.stream().map(snippet -> DynamicTest.dynamicTest(
                        GOLDEN.relativize(snippet).toString(), () -> check(lexer, snippet)))));
    }

    private static void check(Lexer lexer, Path snippet) throws IOException {
        String name = snippet.getFileName().toString();
        String expectedOut = Files.readString(snippet.resolveSibling(name + ".tokenize"), StandardCharsets.UTF_8);
        Path errFile = snippet.resolveSibling(name + ".tokenize.err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
        String out;
        String outNotExact;
        String err;
        try {
            List<Token> tokens = lexer.tokenize(Files.readAllBytes(snippet), name);
            out = Tokenize.listing(tokens, true);
            outNotExact = Tokenize.listing(tokens, false);
            err = "";
        } catch (PySyntaxError e) {
            out = outNotExact = "";
            err = "exit 1\n" + Tokenize.errorLine(e, name) + "\n";
        }
        if (!expectedErr.equals(err)) fail("standard error " + firstDifference(expectedErr, err));
        if (!expectedOut.equals(out)) fail("standard output " + firstDifference(expectedOut, out));
        String expectedNotExact = withoutExactTypes(expectedOut);
        if (!expectedNotExact.equals(outNotExact))
            fail("standard output without -e " + firstDifference(expectedNotExact, outNotExact));
    }

    /**
     * tokenize's lines without {@code -e}: the type column says OP for every operator. The line is
     * {@code "%-20s%-15s%-15r"}: the range ends at its first ':', and a field longer than its width
     * is not cut, so the type name (capitals and underscores; the repr after it starts with a quote)
     * ends at the later of its width and its length.
     */
    private static String withoutExactTypes(String exactListing) {
        StringBuilder out = new StringBuilder();
        for (String line : exactListing.split("\n")) {
            if (line.isEmpty()) continue;
            int typeStart = Math.max(20, line.indexOf(':') + 1);
            int nameEnd = typeStart;
            while (nameEnd < line.length() && (Character.isUpperCase(line.charAt(nameEnd)) || line.charAt(nameEnd) == '_')) nameEnd++;
            String type = line.substring(typeStart, nameEnd);
            int typeEnd = typeStart + Math.max(15, type.length());
            boolean operator = type.equals("OP") || TokenType.valueOf(type).isOperator();
            out.append(operator ? line.substring(0, typeStart) + "%-15s".formatted("OP") + line.substring(typeEnd) : line)
                    .append('\n');
        }
        return out.toString();
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
