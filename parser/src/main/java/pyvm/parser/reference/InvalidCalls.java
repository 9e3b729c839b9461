package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.List;
import pyvm.lexer.Token;
import pyvm.parser.Comprehension;
import pyvm.parser.Expr;

/**
 * The {@code invalid_*} rules of Grammar/python.gram for the arguments of a call: keyword and
 * positional arguments out of order, unparenthesized generator expressions, {@code =} where
 * {@code ==} was meant, and assignments to unpacked arguments. Second pass only, as all
 * {@code invalid_*} rules (see {@link InvalidExpressions}).
 */
final class InvalidCalls {

    private InvalidCalls() {}

    // invalid_arguments:
    //     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
    //           a=',' ','.(starred_expression !'=')+ -> "iterable argument unpacking follows keyword argument unpacking"
    //     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses] -> "Generator expression must be parenthesized"
    //     | a=NAME b='=' expression for_if_clauses -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    //     | (args ',')? a=NAME b='=' &(',' | ')') -> "expected argument value expression"
    //     | a=args b=for_if_clauses -> _PyPegen_nonparen_genexp_in_call
    //     | args ',' a=expression b=for_if_clauses -> "Generator expression must be parenthesized"
    //     | a=args ',' args -> _PyPegen_arguments_parsing_error
    static void invalidArguments(PegParser p) {
        int start = p.mark;
        keywordsThenIterable(p);
        p.mark = start;
        Expr a = Expressions.expression(p);
        List<Comprehension> b = a == null ? null : Atoms.forIfClauses(p);
        if (b != null && p.expect(COMMA) != null) {
            int saved = p.mark;
            if (CallArguments.args(p) == null) {
                p.mark = saved;
                if (Expressions.expression(p) == null || Atoms.forIfClauses(p) == null) p.mark = saved;
            }
            throw Errors.knownRange(p, a.location(), lastComprehensionItem(b).location(), Messages.GENEXP_PARENTHESIZED);
        }
        p.mark = start;
        Expr.Name n = p.name();
        Token eq = n == null ? null : p.expect(EQUAL);
        if (eq != null && Expressions.expression(p) != null && Atoms.forIfClauses(p) != null)
            throw Errors.knownRange(p, n.location(), eq.location(), Messages.MAYBE_EQUALITY);
        p.mark = start;
        missingArgumentValue(p);
        p.mark = start;
        CallArguments.Args args = CallArguments.args(p);
        if (args != null) {
            List<Comprehension> clauses = Atoms.forIfClauses(p);
            if (clauses != null) {
                if (args.args().size() <= 1) {
                    p.mark = start;
                    return;
                }
                throw Errors.knownRange(p, args.args().get(args.args().size() - 1).location(),
                        lastComprehensionItem(clauses).location(), Messages.GENEXP_PARENTHESIZED);
            }
        }
        p.mark = start;
        if (CallArguments.args(p) != null && p.expect(COMMA) != null) {
            int afterComma = p.mark;
            a = Expressions.expression(p);
            b = a == null ? null : Atoms.forIfClauses(p);
            if (b != null)
                throw Errors.knownRange(p, a.location(), lastComprehensionItem(b).location(), Messages.GENEXP_PARENTHESIZED);
            p.mark = afterComma;
        }
        p.mark = start;
        args = CallArguments.args(p);
        if (args != null && p.expect(COMMA) != null && CallArguments.args(p) != null) {
            boolean unpacking = args.keywords().stream().anyMatch(k -> k.arg() == null);
            throw Errors.atLastToken(p, unpacking ? Messages.POSITIONAL_AFTER_KWARG_UNPACKING : Messages.POSITIONAL_AFTER_KWARG);
        }
        p.mark = start;
    }

    /** _PyPegen_get_last_comprehension_item: the last condition of the clause, or its iterable. */
    static Expr lastComprehensionItem(List<Comprehension> clauses) {
        Comprehension last = clauses.get(clauses.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }

    // invalid_kwarg:
    //     | a=('True'|'False'|'None') b='=' -> "cannot assign to %s"
    //     | a=NAME b='=' expression for_if_clauses -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    //     | !(NAME '=') a=expression b='=' -> "expression cannot contain assignment, perhaps you meant \"==\"?"
    //     | a='**' expression '=' b=expression -> "cannot assign to keyword argument unpacking"
    static void invalidKwarg(PegParser p) {
        int start = p.mark;
        Token t = p.peek();
        if (t.type() == NAME && (t.string().equals("True") || t.string().equals("False") || t.string().equals("None"))) {
            p.mark++;
            Token b = p.expect(EQUAL);
            if (b != null) throw Errors.knownRange(p, t.location(), b.location(), Messages.CANNOT_ASSIGN_TO.formatted(t.string()));
            p.mark = start;
        }
        Expr.Name n = p.name();
        Token eq = n == null ? null : p.expect(EQUAL);
        if (eq != null && Expressions.expression(p) != null && Atoms.forIfClauses(p) != null)
            throw Errors.knownRange(p, n.location(), eq.location(), Messages.MAYBE_EQUALITY);
        p.mark = start;
        boolean nameEquals = p.name() != null && p.at(EQUAL);
        p.mark = start;
        if (!nameEquals) {
            Expr a = Expressions.expression(p);
            Token b = a == null ? null : p.expect(EQUAL);
            if (b != null) throw Errors.knownRange(p, a.location(), b.location(), Messages.EXPRESSION_WITH_ASSIGNMENT);
        }
        p.mark = start;
        Token a = p.expect(DOUBLESTAR);
        if (a != null && Expressions.expression(p) != null && p.expect(EQUAL) != null) {
            Expr b = Expressions.expression(p);
            if (b != null) throw Errors.knownRange(p, a.location(), b.location(), Messages.ASSIGN_TO_KWARG_UNPACKING);
        }
        p.mark = start;
    }

    /**
     * The first alternative of invalid_arguments: keywords (or {@code **}) then a comma then
     * {@code *iterables} -> "iterable argument unpacking follows keyword argument unpacking".
     */
    private static void keywordsThenIterable(PegParser p) {
        int start = p.mark;
        boolean prefix = false;
        List<Expr> positional = p.gather(() -> positionalOrStarred(p));
        if (positional != null && p.expect(COMMA) != null && CallArguments.kwargs(p) != null) prefix = true;
        if (!prefix) {
            p.mark = start;
            prefix = CallArguments.kwargs(p) != null;
        }
        Token a = prefix ? p.expect(COMMA) : null;
        if (a != null && p.gather(() -> {
            int s = p.mark;
            Expr e = CallArguments.starredExpression(p);
            if (e != null && p.at(EQUAL)) {
                p.mark = s;
                return null;
            }
            return e;
        }) != null) throw Errors.startingFrom(p, a.location(), Messages.ITERABLE_AFTER_KWARG_UNPACKING);
        p.mark = start;
    }

    /** {@code starred_expression | (assignment_expression | expression !':=') !'='}, as in args. */
    private static Expr positionalOrStarred(PegParser p) {
        int start = p.mark;
        Expr a = CallArguments.starredExpression(p);
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

    /** {@code (args ',')? a=NAME b='=' &(',' | ')')} -> "expected argument value expression". */
    private static void missingArgumentValue(PegParser p) {
        int start = p.mark;
        if (CallArguments.args(p) == null || p.expect(COMMA) == null) p.mark = start;
        Expr.Name a = p.name();
        Token b = a == null ? null : p.expect(EQUAL);
        if (b != null && (p.at(COMMA) || p.at(RPAR)))
            throw Errors.knownRange(p, a.location(), b.location(), Messages.EXPECTED_ARGUMENT_VALUE);
        p.mark = start;
    }

    // invalid_starred_expression_unpacking: a='*' expression '=' b=expression
    static void invalidStarredExpressionUnpacking(PegParser p) {
        int start = p.mark;
        Token a = p.expect(STAR);
        if (a != null && Expressions.expression(p) != null && p.expect(EQUAL) != null) {
            Expr b = Expressions.expression(p);
            if (b != null) throw Errors.knownRange(p, a.location(), b.location(), Messages.ASSIGN_TO_ITERABLE_UNPACKING);
        }
        p.mark = start;
    }

    // invalid_starred_expression: '*'
    static void invalidStarredExpression(PegParser p) {
        if (p.expect(STAR) != null) throw Errors.atLastToken(p, Messages.INVALID_STAR_EXPRESSION);
    }
}
