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
import pyvm.lexer.testkit.CPython;
import pyvm.lexer.testkit.Corpus;

/**
 * The lexer in the compiler's modes: {@link Lexer.Mode#COMPILE}, as {@code python3.13 FILE} reads
 * its script, and {@link Lexer.Mode#COMPILE_STRING}, as {@code compile()} reads bytes.
 *
 * <p>Golden tests: every {@code NAME.py} under src/test/resources/golden-compile is a snippet that
 * {@code python3.13 NAME.py} refuses with an error of its tokenizer that tokenize does not raise;
 * course/golden/generate.py stored what it printed beside it, in {@code NAME.py.compile.err}
 * ("exit 1" and the lines of the SyntaxError). Under src/test/resources/golden-compile-string, it
 * stored what {@code compile()} of the snippet's bytes raised, as
 * {@code traceback.format_exception_only} prints it, in {@code NAME.py.compile-string.err}; where
 * {@code compile()} raised nothing there is no such file, only the empty
 * {@code NAME.py.compile-string}. The lexer must raise that error, which
 * {@link PySyntaxError#format()} prints the same way, or none.
 *
 * <p>On the corpus (the golden snippets and the standard library) the compiler's modes must give
 * the same tokens as tokenize's, and may refuse only what CPython's {@code compile()} refuses.
 */
class CompileModeTest {

    static final Path GOLDEN_COMPILE = Path.of("src", "test", "resources", "golden-compile");
    static final Path GOLDEN_COMPILE_STRING = Path.of("src", "test", "resources", "golden-compile-string");

    @TestFactory
    Stream<DynamicNode> everySnippetFailsAsPython313Does() throws IOException {
        return goldenTests(GOLDEN_COMPILE, ".compile", Lexer.Mode.COMPILE);
    }

    @TestFactory
    Stream<DynamicNode> everySnippetFailsAsCompileOfItsBytesDoes() throws IOException {
        return goldenTests(GOLDEN_COMPILE_STRING, ".compile-string", Lexer.Mode.COMPILE_STRING);
    }

    private static Stream<DynamicNode> goldenTests(Path folder, String kind, Lexer.Mode mode) throws IOException {
        List<Path> snippets = snippets(folder);
        if (snippets.isEmpty()) fail("no golden snippets under " + folder.toAbsolutePath());
        return LexerImplementations.selected().stream().map(lexer -> dynamicContainer(lexer.name(),
                snippets.stream().map(snippet -> DynamicTest.dynamicTest(
                        folder.relativize(snippet).toString(), () -> check(lexer, snippet, kind, mode)))));
    }

    private static void check(Lexer lexer, Path snippet, String kind, Lexer.Mode mode) throws IOException {
        String name = snippet.getFileName().toString();
        Path errFile = snippet.resolveSibling(name + kind + ".err");
        if (!Files.exists(errFile) && !Files.exists(snippet.resolveSibling(name + kind)))
            fail("no expected output; run course/golden/generate.py lexer");
        String expected = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
        String actual;
        try {
            lexer.tokenize(Files.readAllBytes(snippet), name, mode);
            actual = "";
        } catch (PySyntaxError e) {
            actual = "exit 1\n" + e.format();
        }
        if (!expected.equals(actual)) fail("standard error " + GoldenTest.firstDifference(expected, actual));
    }

    @Test
    void bothModesGiveTheSameTokensAndRefuseOnlyWhatCPythonRefuses() throws Exception {
        List<Path> corpus = new ArrayList<>(Corpus.files(GoldenTest.GOLDEN));
        corpus.addAll(snippets(GOLDEN_COMPILE));
        corpus.addAll(snippets(GOLDEN_COMPILE_STRING));
        for (Lexer lexer : LexerImplementations.selected())
            for (Lexer.Mode mode : List.of(Lexer.Mode.COMPILE, Lexer.Mode.COMPILE_STRING)) {
                Map<Path, PySyntaxError> refused = new LinkedHashMap<>();
                for (Path file : corpus) {
                    byte[] source = Corpus.read(file);
                    List<Token> compiled;
                    try {
                        compiled = lexer.tokenize(source, file.toString(), mode);
                    } catch (PySyntaxError e) {
                        refused.put(file.toAbsolutePath(), e);
                        continue;
                    }
                    // The string tokenizer reads bytes that are not UTF-8 as they are, where
                    // tokenize replaces them (columns after them count other bytes), and finds a
                    // cookie after a first line that is not UTF-8, where tokenize refuses the file.
                    List<Token> tokenized = tokenizeOrNull(lexer, source, file);
                    if (tokenized != null && (Corpus.isUtf8(source) || !compiled.get(0).string().equals("utf-8")))
                        assertEquals(tokenized, compiled, () -> "the tokens of " + mode + " and TOKENIZE differ for " + file);
                }
                // An error without a location in COMPILE is the file tokenizer's, about the bytes
                // (Non-UTF-8 code, an encoding problem), which compile() of the same bytes does not
                // read that way.
                if (mode == Lexer.Mode.COMPILE) refused.values().removeIf(e -> !e.hasLocation());
                List<Path> compiledByCPython = CPython.compiles(refused.keySet());
                if (!compiledByCPython.isEmpty())
                    fail(lexer.name() + " in " + mode + " refuses what python3.13 compiles: " + compiledByCPython.get(0)
                            + ": " + refused.get(compiledByCPython.get(0)).format());
            }
    }

    /** {@return the tokens tokenize gives, or null where it refuses the file} */
    private static List<Token> tokenizeOrNull(Lexer lexer, byte[] source, Path file) {
        try {
            return lexer.tokenize(source, file.toString(), Lexer.Mode.TOKENIZE);
        } catch (PySyntaxError e) {
            return null;
        }
    }

    private static List<Path> snippets(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }
}
