package pyvm.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import pyvm.lexer.Lexer;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.TokenStream;

/**
 * A property every parser must have: whatever tokens the lexer gives it, it returns a module or
 * raises PySyntaxError, nothing else — no exception of its own, no stack overflow, no hang. The
 * input is Python-like nonsense made of fragments, and golden snippets with lines shuffled,
 * dropped and doubled; what the lexer already rejects is skipped.
 */
class ParserPropertiesTest {

    private final List<Parser> parsers = ParserImplementations.selected();
    private final Lexer lexer = ParserImplementations.referenceLexer();

    /** Pieces of Python, chosen to reach many rules and their invalid_* twins. */
    private static final String[] FRAGMENTS = {
            "x", "y", "_", "1", "2.5", "3j", "'s'", "b'b'", "f'{x}'", "f'{x=!r:>{y}}'", "...", "None", "True",
            "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", ":=", "+", "-", "*", "**", "/", "//", "@", "|",
            "&", "^", "~", "<", "==", "!=", "->", "+=", "\n", "\n    ", "\n        ", " ", "\\\n",
            "def ", "class ", "lambda ", "return ", "yield ", "from ", "import ", "as ", "if ", "elif ", "else",
            "for ", " in ", "while ", "with ", "try", "except", "except*", "finally", "raise ", "del ",
            "assert ", "global ", "nonlocal ", "pass", "break", "continue", "async ", "await ", "not ", " and ",
            " or ", " is ", "match ", "case ", "type ", "print ", "# type: int", "# type: ignore", "@d\n",
    };

    @Property(tries = 2000)
    void fragmentsGiveAModuleOrASyntaxError(@ForAll("fragments") String source) {
        parseOrSyntaxError(source);
    }

    @Property(tries = 500)
    void mutatedSnippetsGiveAModuleOrASyntaxError(@ForAll("mutatedSnippets") String source) {
        parseOrSyntaxError(source);
    }

    private void parseOrSyntaxError(String source) {
        // The tokens before a tokenizer error reach the parser too, as in the pipeline.
        TokenStream tokens = lexer.tokenStream(source.getBytes(StandardCharsets.UTF_8), "fuzz.py", Lexer.Mode.COMPILE);
        for (Parser parser : parsers) {
            try {
                parser.parse(tokens, "fuzz.py");
            } catch (PySyntaxError e) {
                // CPython rejects plenty of these too; the error is the contract's.
            }
        }
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(pieces -> String.join("", pieces) + "\n");
    }

    @Provide
    Arbitrary<String> mutatedSnippets() throws IOException {
        List<String> snippets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GoldenTest.GOLDEN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList())
                snippets.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));   // a few are not UTF-8: replaced
        }
        return Arbitraries.of(snippets).flatMap(snippet -> {
            List<String> lines = List.of(snippet.split("(?<=\n)"));
            if (lines.isEmpty()) return Arbitraries.just(snippet);
            return Arbitraries.integers().between(0, lines.size() - 1).list().ofMinSize(1).ofMaxSize(6)
                    .map(picks -> mutate(lines, picks));
        });
    }

    /** Drops, doubles and swaps the lines the picks point at, in turn. */
    private static String mutate(List<String> lines, List<Integer> picks) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < picks.size() && !out.isEmpty(); i++) {
            int at = picks.get(i) % out.size();
            switch (i % 3) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, out.get(at));
                default -> out.add(out.remove(at));
            }
        }
        return String.join("", out);
    }
}
