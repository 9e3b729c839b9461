package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Keyword;
import pyvm.parser.reference.PegParser.Rule;

/**
 * FUNCTION CALL ARGUMENTS of Grammar/python.gram: what stands between the parentheses of a call or
 * of a class's bases. Positional arguments and {@code *iterables} come first; keywords,
 * {@code *iterables} and {@code **mappings} may follow, and the {@code *iterables} among those still
 * count as positional (_PyPegen_collect_call_seqs).
 */
final class CallArguments {

    private CallArguments() {}

    /** What {@code arguments} gives: CPython returns a Call with a dummy function instead. */
    record Args(List<Expr> args, List<Keyword> keywords) {}

    /** One element of {@code kwargs}: a keyword or a starred expression. (KeywordOrStarred) */
    record KeywordOrStarred(Keyword keyword, Expr starred) {}

    // arguments (memo): args [','] &')' | invalid_arguments
    static Args arguments(PegParser p) {
        return p.memo(Rule.ARGUMENTS, () -> {
            int start = p.mark;
            Args a = args(p);
            if (a != null) {
                p.expect(COMMA);
                if (p.at(RPAR)) return a;
            }
            p.mark = start;
            if (p.callInvalidRules) InvalidCalls.invalidArguments(p);
            return null;
        });
    }

    // args:
    //     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    //     | kwargs
    static Args args(PegParser p) {
        List<Expr> positional = p.gather(() -> positionalArgument(p));
        if (positional == null) {
            List<KeywordOrStarred> b = kwargs(p);
            return b == null ? null : collect(new ArrayList<>(), b);
        }
        int saved = p.mark;
        if (p.expect(COMMA) != null) {
            List<KeywordOrStarred> b = kwargs(p);
            if (b != null) return collect(positional, b);
            p.mark = saved;
        }
        return new Args(positional, List.of());
    }

    /** _PyPegen_collect_call_seqs: the starred expressions among the keywords join the positionals. */
    private static Args collect(List<Expr> positional, List<KeywordOrStarred> kwargs) {
        List<Expr> args = new ArrayList<>(positional);
        List<Keyword> keywords = new ArrayList<>();
        for (KeywordOrStarred k : kwargs) {
            if (k.keyword() != null) keywords.add(k.keyword());
            else args.add(k.starred());
        }
        return new Args(args, keywords);
    }

    // starred_expression | (assignment_expression | expression !':=') !'='
    private static Expr positionalArgument(PegParser p) {
        int start = p.mark;
        Expr a = starredExpression(p);
        if (a != null) return a;
        a = Expressions.assignmentExpression(p);
        if (a == null) {
            a = Expressions.expression(p);
            if (a != null && p.at(COLONEQUAL)) a = null;
        }
        if (a == null || p.at(EQUAL)) {
            p.mark = start;
            return null;
        }
        return a;
    }

    // kwargs:
    //     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    //     | ','.kwarg_or_starred+
    //     | ','.kwarg_or_double_starred+
    static List<KeywordOrStarred> kwargs(PegParser p) {
        List<KeywordOrStarred> a = p.gather(() -> kwargOrStarred(p));
        if (a == null) return p.gather(() -> kwargOrDoubleStarred(p));
        int saved = p.mark;
        if (p.expect(COMMA) != null) {
            List<KeywordOrStarred> b = p.gather(() -> kwargOrDoubleStarred(p));
            if (b != null) {
                a.addAll(b);
                return a;
            }
            p.mark = saved;
        }
        return a;
    }

    // starred_expression: invalid_starred_expression_unpacking | '*' expression | invalid_starred_expression
    static Expr starredExpression(PegParser p) {
        if (p.callInvalidRules) InvalidCalls.invalidStarredExpressionUnpacking(p);
        int start = p.mark;
        if (p.expect(STAR) != null) {
            Expr a = Expressions.expression(p);
            if (a != null) return new Expr.Starred(a, ExprContext.Load, p.locFrom(start));
            p.mark = start;
        }
        if (p.callInvalidRules) InvalidCalls.invalidStarredExpression(p);
        return null;
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    private static KeywordOrStarred kwargOrStarred(PegParser p) {
        if (p.callInvalidRules) InvalidCalls.invalidKwarg(p);
        Keyword k = keywordArgument(p);
        if (k != null) return new KeywordOrStarred(k, null);
        Expr a = starredExpression(p);
        return a == null ? null : new KeywordOrStarred(null, a);
    }

    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    private static KeywordOrStarred kwargOrDoubleStarred(PegParser p) {
        if (p.callInvalidRules) InvalidCalls.invalidKwarg(p);
        Keyword k = keywordArgument(p);
        if (k != null) return new KeywordOrStarred(k, null);
        int start = p.mark;
        if (p.expect(DOUBLESTAR) != null) {
            Expr a = Expressions.expression(p);
            if (a != null) return new KeywordOrStarred(new Keyword(null, a, p.locFrom(start)), null);
            p.mark = start;
        }
        return null;
    }

    // NAME '=' expression
    private static Keyword keywordArgument(PegParser p) {
        int start = p.mark;
        Expr.Name a = p.name();
        if (a != null && p.expect(EQUAL) != null) {
            Expr b = Expressions.expression(p);
            if (b != null) return new Keyword(a.id(), b, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }
}
