package pyvm.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The lexer in the compiler's mode ({@link Lexer.Mode#COMPILE}).
 *
 * <p>Golden tests: every {@code NAME.py} under src/test/resources/golden-compile is a snippet that
 * {@code python3.13 NAME.py} refuses with an error of its tokenizer that tokenize does not raise;
 * course/golden/generate.py stored what it printed beside it, in {@code NAME.py.compile.err}
 * ("exit 1" and the lines of the SyntaxError). The lexer must raise that error, which
 * {@link PySyntaxError#format()} prints the same way.
 *
 * <p>On the corpus (the golden snippets of both kinds and the standard library) the compiler's mode
 * must give the same tokens as tokenize's, and may refuse only what CPython's {@code compile()}
 * refuses.
 */
class CompileModeTest {

    static final Path GOLDEN_COMPILE = Path.of("src", "test", "resources", "golden-compile");

    @TestFactory
    Stream<DynamicNode> everySnippetFailsAsPython313Does() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.walk(GOLDEN_COMPILE)) {
            snippets = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        if (snippets.isEmpty()) fail("no golden snippets under " + GOLDEN_COMPILE.toAbsolutePath());
        return LexerImplementations.selected().stream().map(lexer -> dynamicContainer(lexer.name(),
                snippets.stream().map(snippet -> DynamicTest.dynamicTest(
                        GOLDEN_COMPILE.relativize(snippet).toString(), () -> check(lexer, snippet)))));
    }

    private static void check(Lexer lexer, Path snippet) throws IOException {
        String name = snippet.getFileName().toString();
        String expected = Files.readString(snippet.resolveSibling(name + ".compile.err"), StandardCharsets.UTF_8);
        try {
            lexer.tokenize(Files.readAllBytes(snippet), name, Lexer.Mode.COMPILE);
        } catch (PySyntaxError e) {
            String actual = "exit 1\n" + e.format();
            if (!expected.equals(actual)) fail("standard error " + GoldenTest.firstDifference(expected, actual));
            return;
        }
        fail("no error; python3.13 printed\n" + expected);
    }

    @Test
    void bothModesGiveTheSameTokensAndCompileRefusesOnlyWhatCPythonRefuses() throws Exception {
        List<Path> corpus = new ArrayList<>(Corpus.files());
        try (Stream<Path> files = Files.walk(GOLDEN_COMPILE)) {
            files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(corpus::add);
        }
        for (Lexer lexer : LexerImplementations.selected()) {
            Map<Path, PySyntaxError> refused = new LinkedHashMap<>();
            for (Path file : corpus) {
                byte[] source = Corpus.read(file);
                List<Token> compiled;
                try {
                    compiled = lexer.tokenize(source, file.toString(), Lexer.Mode.COMPILE);
                } catch (PySyntaxError e) {
                    refused.put(file.toAbsolutePath(), e);
                    continue;
                }
                assertEquals(lexer.tokenize(source, file.toString(), Lexer.Mode.TOKENIZE), compiled,
                        () -> "the tokens of the two modes differ for " + file);
            }
            // An error without a location is the file tokenizer's, about the bytes (Non-UTF-8 code,
            // an encoding problem), which compile() of the same bytes does not read that way.
            refused.values().removeIf(e -> !e.hasLocation());
            List<Path> compiledByCPython = CPython.compiles(refused.keySet());
            if (!compiledByCPython.isEmpty())
                fail(lexer.name() + " refuses what python3.13 compiles: " + compiledByCPython.get(0) + ": "
                        + refused.get(compiledByCPython.get(0)).format());
        }
    }
}
