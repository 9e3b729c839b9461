package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.List;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;

/**
 * Primary elements of Grammar/python.gram: an atom followed by any number of trailers, which are
 * attribute references ({@code .name}), calls ({@code (args)}, or a bare generator expression), and
 * subscripts ({@code [slices]}). python.gram writes {@code primary} left-recursively; here it is a
 * loop over {@link #trailer}, which {@link Targets#tPrimary} shares.
 */
final class Primaries {

    private Primaries() {}

    // primary:
    //     | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']'
    //     | atom
    static Expr primary(PegParser p) {
        int start = p.mark;
        Expr a = Atoms.atom(p);
        if (a == null) return null;
        for (Expr b = trailer(p, a, start); b != null; b = trailer(p, a, start)) a = b;
        return a;
    }

    /**
     * One step of the left recursion shared by {@code primary} and {@code t_primary}: {@code a}
     * followed by {@code '.' NAME}, a generator expression, a call's arguments or a subscript.
     */
    static Expr trailer(PegParser p, Expr a, int start) {
        int saved = p.mark;
        if (p.expect(DOT) != null) {
            Expr.Name b = p.name();
            if (b != null) return new Expr.Attribute(a, b.id(), ExprContext.Load, p.locFrom(start));
            p.mark = saved;
            return null;
        }
        if (p.at(LPAR)) {
            Expr g = Atoms.genexp(p);
            if (g != null) return new Expr.Call(a, List.of(g), List.of(), p.locFrom(start));
            p.expect(LPAR);
            CallArguments.Args b = CallArguments.arguments(p);
            if (p.expect(RPAR) != null)
                return new Expr.Call(a, b == null ? List.of() : b.args(), b == null ? List.of() : b.keywords(), p.locFrom(start));
            p.mark = saved;
            return null;
        }
        if (p.expect(LSQB) != null) {
            Expr b = slices(p);
            if (b != null && p.expect(RSQB) != null) return new Expr.Subscript(a, b, ExprContext.Load, p.locFrom(start));
            p.mark = saved;
        }
        return null;
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    static Expr slices(PegParser p) {
        int start = p.mark;
        Expr a = slice(p);
        if (a != null && !p.at(COMMA)) return a;
        p.mark = start;
        List<Expr> elts = p.gather(() -> {
            Expr s = slice(p);
            return s != null ? s : CallArguments.starredExpression(p);
        });
        if (elts == null) return null;
        p.expect(COMMA);
        return new Expr.Tuple(elts, ExprContext.Load, p.locFrom(start));
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    static Expr slice(PegParser p) {
        int start = p.mark;
        Expr lower = Expressions.expression(p);
        if (p.expect(COLON) != null) {
            Expr upper = Expressions.expression(p);
            Expr step = null;
            if (p.expect(COLON) != null) step = Expressions.expression(p);
            return new Expr.Slice(lower, upper, step, p.locFrom(start));
        }
        p.mark = start;
        return Expressions.namedExpression(p);
    }
}
