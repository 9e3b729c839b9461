package pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pyvm.lexer.Lexer;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;

/**
 * Source nested deeper than a parser can follow must end in the contract's error, a MemoryError as
 * CPython's parser raises at its MAXSTACK, and never in a Java StackOverflowError; source nested as
 * deeply as CPython accepts must parse.
 */
class DeepNestingTest {

    /** Shapes CPython refuses at this depth: each level is a nested rule with no bracket to count. */
    private static final Map<String, String> TOO_DEEP = Map.of(
            "unary minus", "x = " + "-".repeat(20_000) + "1\n",
            "not", "x = " + "not ".repeat(20_000) + "a\n",
            "power", "x = 2" + " ** 2".repeat(20_000) + "\n",
            "lambda", "x = " + "lambda: ".repeat(20_000) + "0\n",
            "conditional", "x = 1" + " if a else 1".repeat(20_000) + "\n");

    /** Shapes CPython accepts: the tokenizer allows 199 nested brackets, and 5000 unary operators parse. */
    private static final Map<String, String> DEEP_BUT_FINE = Map.of(
            "parentheses", "x = " + "(".repeat(199) + "1" + ")".repeat(199) + "\n",
            "lists", "x = " + "[".repeat(199) + "]".repeat(199) + "\n",
            "calls", "x = " + "f(".repeat(199) + ")".repeat(199) + "\n",
            "unary minus", "x = " + "-".repeat(5_000) + "1\n");

    @TestFactory
    Stream<DynamicTest> tooDeepSourceRaisesTheContractsError() {
        return ParserImplementations.selected().stream().flatMap(parser -> TOO_DEEP.entrySet().stream().map(e ->
                dynamicTest(parser.name() + ": " + e.getKey(),
                        () -> assertEquals(PySyntaxError.Type.MemoryError,
                                assertThrows(PySyntaxError.class, () -> parser.parse(tokens(e.getValue()), "deep.py")).type()))));
    }

    @TestFactory
    Stream<DynamicTest> sourceAsDeepAsCPythonAcceptsParses() {
        return ParserImplementations.selected().stream().flatMap(parser -> DEEP_BUT_FINE.entrySet().stream().map(e ->
                dynamicTest(parser.name() + ": " + e.getKey(),
                        () -> assertDoesNotThrow(() -> parser.parse(tokens(e.getValue()), "deep.py")))));
    }

    private static List<Token> tokens(String source) {
        return ParserImplementations.referenceLexer().tokenize(source.getBytes(StandardCharsets.UTF_8), "deep.py", Lexer.Mode.COMPILE);
    }
}
