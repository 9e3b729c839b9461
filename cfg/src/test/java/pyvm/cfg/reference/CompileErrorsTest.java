package pyvm.cfg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import pyvm.lexer.Lexer;
import pyvm.lexer.PySyntaxError;
import pyvm.parser.Mod;
import pyvm.parser.Parser;
import pyvm.symtable.Symtable;

/**
 * The SyntaxErrors CPython's compiler raises, rather than its parser or symbol table, come from the
 * code generator with compile.c's message at the offending statement: column offsets are the AST's
 * byte columns plus one, as compiler_error reports them.
 */
class CompileErrorsTest {

    private static <S> S reference(Class<S> stage, java.util.function.Function<S, String> nameOf) {
        CompileErrorsTest.class.getModule().addUses(stage);
        for (S s : ServiceLoader.load(stage))
            if (nameOf.apply(s).equals("reference")) return s;
        throw new IllegalStateException("no reference " + stage.getSimpleName());
    }

    private static PySyntaxError compileError(String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        Mod.Module module = reference(Parser.class, Parser::name)
                .parse(reference(Lexer.class, Lexer::name).tokenize(bytes, "<test>"), "<test>");
        var symbols = reference(Symtable.class, Symtable::name).build(module, "<test>");
        return assertThrows(PySyntaxError.class, () -> new ReferenceCodegen().compile(module, symbols, "<test>"));
    }

    @Test
    void returnOutsideAFunctionIsReportedAtTheReturn() {
        PySyntaxError e = compileError("x = 1\nif x:\n    return x\n");
        assertEquals(Messages.RETURN_OUTSIDE_FUNCTION, e.message());
        assertEquals(3, e.lineno());
        assertEquals(5, e.offset());
        assertEquals(13, e.endOffset());
    }

    @Test
    void breakAndContinueNeedALoopInTheirOwnFunction() {
        assertEquals(Messages.BREAK_OUTSIDE_LOOP, compileError("while 1:\n    def f():\n        break\n").message());
        assertEquals(Messages.CONTINUE_NOT_IN_LOOP, compileError("continue\n").message());
    }

    @Test
    void aBareExceptMustComeLast() {
        PySyntaxError e = compileError("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n");
        assertEquals("default 'except:' must be last", e.message());
        assertEquals(3, e.lineno());
    }

    @Test
    void anAsynchronousComprehensionNeedsAnAsynchronousFunction() {
        PySyntaxError e = compileError("def f(y):\n    return [x async for x in y]\n");
        assertEquals(PySyntaxError.Type.SyntaxError, e.type());
        assertEquals(Messages.ASYNC_COMPREHENSION_OUTSIDE_ASYNC_FUNCTION, e.message());
        assertEquals(2, e.lineno());
        assertEquals(12, e.offset());
        assertEquals(2, e.endLineno());
        assertEquals(32, e.endOffset());
    }
}
