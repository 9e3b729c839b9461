package pyvm.assembler.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import pyvm.assembler.Assembler;
import pyvm.assembler.CodeObject;
import pyvm.assembler.Pyc;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Codegen;
import pyvm.lexer.ProgramText;
import pyvm.lexer.PySyntaxError;
import pyvm.parser.Mod;
import pyvm.symtable.SymbolTable;

/**
 * Golden tests: every {@code NAME.py} under src/test/resources/golden goes through the reference
 * lexer, parser and symtable, then each selected code generator and assembler, and the code object
 * must equal, field by field and nested ones included, the one in {@code NAME.pyc}: CPython's own
 * compilation of the snippet, which course/golden/generate.py wrote beside it with
 * {@code NAME.py.dis}. That is a stronger check than comparing listings, since co_linetable,
 * co_exceptiontable and co_stacksize are compared byte for byte. Where CPython rejects a snippet,
 * {@code NAME.py.dis.err} holds "exit 1" and the SyntaxError, which pyvm must raise alike.
 */
class GoldenCodeObjectTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicNode> everySnippetCompilesToCPythonsCodeObject() throws IOException {
        List<Path> snippets;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            snippets = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        if (snippets.isEmpty()) fail("no golden snippets under " + GOLDEN.toAbsolutePath());
        return Implementations.codegens().stream().flatMap(codegen -> Implementations.assemblers().stream().map(
                assembler -> dynamicContainer(codegen.name() + "+" + assembler.name(),
                        snippets.stream().map(snippet -> DynamicTest.dynamicTest(GOLDEN.relativize(snippet).toString(),
                                () -> check(codegen, assembler, snippet))))));
    }

    private static void check(Codegen codegen, Assembler assembler, Path snippet) throws IOException {
        String name = snippet.getFileName().toString();
        Path errFile = snippet.resolveSibling(name + ".dis.err");
        CodeObject actual;
        try {
            Mod.Module module = Implementations.referenceParser().parse(
                    Implementations.referenceLexer().tokenize(Files.readAllBytes(snippet), name), name);
            SymbolTable symbols = Implementations.referenceSymtable().build(module, name);
            CodeUnit unit = codegen.compile(module, symbols, name);
            actual = assembler.assemble(unit);
        } catch (PySyntaxError e) {
            if (!Files.exists(errFile)) throw new AssertionError("CPython compiles " + name + ", pyvm raised\n" + e.format(), e);
            String expected = Files.readString(errFile, StandardCharsets.UTF_8);
            assertEquals(expected.substring(expected.indexOf('\n') + 1), withProgramText(e, snippet).format());
            return;
        }
        if (Files.exists(errFile)) fail("CPython rejects " + name + ":\n" + Files.readString(errFile, StandardCharsets.UTF_8));
        String pycName = name.substring(0, name.length() - ".py".length()) + ".pyc";
        CodeObject expected = Pyc.read(Files.readAllBytes(snippet.resolveSibling(pycName)), pycName).code();
        List<String> diffs = CodeObjectDiff.of(actual, expected);
        if (!diffs.isEmpty()) fail(diffs.size() + " fields differ from CPython's:\n" + String.join("\n", diffs));
    }

    /**
     * The error with its source line, as CPython found it: CPython reads the line back from the file
     * the error names ({@link ProgramText}), and generate.py ran it in the snippet's folder, where
     * that bare name is found; the test's working directory is elsewhere.
     */
    private static PySyntaxError withProgramText(PySyntaxError e, Path snippet) {
        if (e.text() != null || !e.hasLocation()) return e;
        return new PySyntaxError(e.type(), e.message(), e.filename(), e.lineno(), e.offset(), e.endLineno(), e.endOffset(),
                ProgramText.of(snippet.toString(), e.lineno()));
    }
}
