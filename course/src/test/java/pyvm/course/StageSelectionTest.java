package pyvm.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choosing implementations by name: the default, a second one, and the errors for names that do not exist. */
class StageSelectionTest {

    /** Indented with a tab: the reference lexer takes it, the simple lexer says it does not. */
    private static final java.nio.file.Path HERE = java.nio.file.Path.of("").toAbsolutePath();

    private static final Source TABBED = new Source("tabbed.py",
            "def f(x):\n\treturn x + 1\nprint(f(41))\n".getBytes(StandardCharsets.UTF_8));

    @Test
    void everyStageDefaultsToItsReferenceImplementation() {
        Stages stages = Stages.choose(Map.of());
        for (Stage stage : Stage.values()) assertEquals("reference", stages.nameOf(stage), stage.key());
    }

    @Test
    void theExampleLexerIsFoundUnderItsOwnName() {
        assertTrue(Stages.available(Stage.LEXER).contains("simple"), "simple lexer on " + System.getProperty("pyvm.module.path"));
    }

    @Test
    void useChoosesTheSecondLexerAndThePipelineReallyRunsIt() {
        Pipeline reference = new Pipeline(Stages.choose(Map.of()));
        Pipeline simple = new Pipeline(Stages.choose(Map.of(Stage.LEXER, "simple")));
        assertEquals("simple", simple.stages().nameOf(Stage.LEXER));

        Result byReference = View.RUN.capture(TABBED, HERE, reference);
        assertEquals("42\n", new String(byReference.out(), StandardCharsets.UTF_8));

        Result bySimple = View.RUN.capture(TABBED, HERE, simple);
        assertEquals(1, bySimple.status());
        assertTrue(bySimple.lastErrorLine().startsWith("SyntaxError: the simple lexer does not handle"), bySimple.lastErrorLine());
    }

    @Test
    void theCommandLineOptionChoosesTheSecondLexer() {
        Result result = Printed.pyvm("--use", "lexer=simple", "stages");
        assertEquals(0, result.status());
        assertTrue(new String(result.out(), StandardCharsets.UTF_8).lines().anyMatch(l -> l.matches("lexer +reference \\*simple")),
                new String(result.out(), StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownNameIsAnErrorThatListsTheNamesThereAre() {
        UsageError e = assertThrows(UsageError.class, () -> Stages.choose(Map.of(Stage.PARSER, "nobody")));
        assertEquals("no parser named 'nobody'; have [reference]", e.getMessage());
    }

    @Test
    void anUnknownStageIsAnErrorThatListsTheStages() {
        UsageError e = assertThrows(UsageError.class, () -> Stage.of("optimizer"));
        assertTrue(e.getMessage().endsWith("lexer, parser, symtable, cfg, assembler, gc, vm, dis"), e.getMessage());
    }
}
