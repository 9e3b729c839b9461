package pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import pyvm.lexer.Lexer;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;

/**
 * The round trip of {@link Ast#unparse}: a generated expression tree, unparsed and parsed again by
 * each selected parser as the one statement of a module, gives the same tree, positions aside
 * ({@code ast.dump} without attributes). ast_unparse.c promises this only for trees the parser could
 * have made, so {@link GeneratedTrees} makes them in the parser's shapes:
 * <ul>
 * <li>no negative number constant: {@code -1} is {@code UnaryOp(USub(), Constant(1))}; no NaN, no
 *     -0.0, and a complex only with a real part of +0.0 ({@code 2j} is the only complex literal);
 *     an infinite float is fine, ast_unparse.c writes it {@code 1e309};</li>
 * <li>no tuple or frozenset constant (constant folding makes those, after the parser);</li>
 * <li>an f-string's constant parts merged and never empty, a format spec made of text and
 *     replacement fields without specs of their own, no {@code =} debug field;</li>
 * <li>load context everywhere but in comprehension and walrus targets, which store;</li>
 * <li>a starred expression only where one may stand (calls, displays, subscripts, targets),
 *     a slice only in a subscript, a set never empty (that would be a dict).</li>
 * </ul>
 * Two exceptions are ast_unparse.c's own, and CPython 3.13 writes the same unreadable text: an
 * f-string is written as {@code f} and the repr of its body, so a string inside a replacement field
 * ({@code f"{'a\nb'}"}) comes back with its escapes doubled and its quotes clashing with the outer
 * ones; and a brace in a format spec is doubled, which a format spec does not allow
 * (<code>f'{x:{{}'</code> is a SyntaxError). So the generated replacement fields hold no str, bytes or
 * f-string, and the format specs no brace, quote or backslash.
 */
class UnparsePropertiesTest {

    private final List<Parser> parsers = ParserImplementations.selected();
    private final Lexer lexer = ParserImplementations.referenceLexer();

    @Property(tries = 2000)
    void unparsedExpressionParsesToTheSameTree(@ForAll("expressions") Expr tree) {
        String text = Ast.unparse(tree);
        for (Parser parser : parsers) {
            Mod.Module module;
            try {
                List<Token> tokens = lexer.tokenize((text + "\n").getBytes(StandardCharsets.UTF_8), "unparse.py", Lexer.Mode.COMPILE);
                module = parser.parse(tokens, "unparse.py");
            } catch (PySyntaxError e) {
                throw new AssertionError(parser.name() + " rejects the unparsed text " + text + "\n" + e.format(), e);
            }
            if (module.body().size() != 1 || !(module.body().getFirst() instanceof Stmt.Expr statement))
                fail(parser.name() + " reads " + text + " as " + Ast.dump(module));
            else
                assertEquals(Ast.dump(tree), Ast.dump(statement.value()), parser.name() + " on " + text);
        }
    }

    @Provide
    Arbitrary<Expr> expressions() {
        return GeneratedTrees.expressions(4);
    }
}
