package pyvm.dis;

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
import pyvm.assembler.Pyc;

/**
 * Golden tests: for every {@code NAME.py} under src/test/resources/golden, CPython's own compilation
 * {@code NAME.pyc}, listed by each selected disassembler, must print what {@code python3.13 -m dis
 * NAME.py} printed ({@code NAME.py.dis}), and with {@code -C -O} what {@code python3.13 -m dis -C -O
 * NAME.py} printed ({@code NAME.py.dis-CO}); course/golden/generate.py wrote all three. The listings
 * are compared as /work/shared/tools/conform.py compares them: see {@link Listings#normalize}.
 */
class GoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicNode> everySnippetListsAsCPythonListsIt() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            snippets = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        if (snippets.isEmpty()) fail("no golden snippets under " + GOLDEN.toAbsolutePath());
        return DisassemblerImplementations.selected().stream().map(dis -> dynamicContainer(dis.name(),
                snippets.stream().flatMap(snippet -> Stream.of(
                        DynamicTest.dynamicTest(GOLDEN.relativize(snippet).toString(),
                                () -> check(dis, snippet, Disassembler.Options.DEFAULT, ".dis")),
                        DynamicTest.dynamicTest(GOLDEN.relativize(snippet) + " -C -O",
                                () -> check(dis, snippet, new Disassembler.Options(true, true), ".dis-CO"))))));
    }

    private static void check(Disassembler dis, Path snippet, Disassembler.Options options, String suffix)
            throws IOException {
        String name = snippet.getFileName().toString();
        String pycName = name.substring(0, name.length() - ".py".length()) + ".pyc";
        Pyc pyc = Pyc.read(Files.readAllBytes(snippet.resolveSibling(pycName)), pycName);
        String expected = Files.readString(snippet.resolveSibling(name + suffix), StandardCharsets.UTF_8);
        String actual = dis.dis(pyc.code(), options);
        String e = Listings.normalize(expected);
        String a = Listings.normalize(actual);
        if (!e.equals(a)) fail(Listings.firstDifference(e, a));
    }
}
