package pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyvm.lexer.testkit.CPython;

/**
 * {@link Ast#unparse} against its spec, CPython 3.13's ast_unparse.c: each generated expression,
 * unparsed, becomes the annotation of {@code x} in a module under
 * {@code from __future__ import annotations}, and the string CPython stores for it, having parsed
 * the text and unparsed its own tree, must be the text. Where CPython refuses the module (a walrus,
 * yield or await in an annotation, what its symtable forbids in comprehensions) the text is only
 * checked to parse. Skipped on a machine without CPython 3.13.
 */
class UnparseMatchesCPythonTest {

    private static final int SAMPLES = 1000;

    /** Reads one text a line; prints each disagreement, then how many texts it compared. */
    private static final String CPYTHON = """
            import ast, sys, warnings
            warnings.simplefilter("ignore")
            compared = 0
            for text in sys.stdin.read().split("\\n")[:-1]:
                try:
                    ast.parse(text)
                except SyntaxError as e:
                    print(f"{text!r} does not parse: {e}")
                    continue
                try:
                    code = compile("from __future__ import annotations\\nx: " + text + "\\n", "a.py", "exec")
                except SyntaxError:
                    continue
                namespace = {}
                exec(code, namespace)
                stored = namespace["__annotations__"]["x"]
                compared += 1
                if stored != text:
                    print(f"{text!r} is stored as {stored!r}")
            print(compared)
            """;

    @Test
    void annotationsAreStoredAsCPythonStoresThem() throws IOException, InterruptedException {
        ProcessBuilder python = CPython.command("-c", CPYTHON);
        assumeTrue(python != null, "no CPython 3.13");
        python.environment().put("PYTHONIOENCODING", "utf-8");
        List<String> texts = GeneratedTrees.expressions(4).sampleStream().limit(SAMPLES).map(Ast::unparse).toList();
        Process p = python.redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            for (String text : texts) in.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", out));
        assertEquals(List.of(), out.subList(0, out.size() - 1), "texts CPython reads or writes otherwise");
        assertTrue(Integer.parseInt(out.getLast()) > SAMPLES / 4, "too few texts CPython takes as annotations: " + out.getLast());
    }
}
