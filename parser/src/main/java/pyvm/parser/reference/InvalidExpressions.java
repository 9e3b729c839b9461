package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.List;
import java.util.function.Supplier;
import pyvm.lexer.Token;
import pyvm.parser.Expr;
import pyvm.parser.reference.PegParser.Rule;

/**
 * The {@code invalid_*} rules of Grammar/python.gram for expressions, calls, displays and
 * f-strings. They run only in the second pass, after the first has failed, and each looks for one
 * known mistake: when its alternative matches it throws the SyntaxError CPython raises there; when
 * none matches it leaves the mark where it was. Like the C code, an alternative that matches but
 * decides not to raise ends the rule: the later alternatives are not tried.
 */
final class InvalidExpressions {

    private InvalidExpressions() {}

    /** The soft keywords of 3.13: NAME tokens that are keywords only in some rules. */
    private static final java.util.Set<String> SOFT_KEYWORDS = java.util.Set.of("_", "case", "match", "type");

    // invalid_expression:
    //     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    //         -> "Perhaps you forgot a comma?" inside brackets, unless a is print or exec
    //     | a=disjunction 'if' b=disjunction !('else'|':') -> "expected 'else' after 'if' expression"
    //     | a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | FSTRING_END)
    static void invalidExpression(PegParser p) {
        int start = p.mark;
        Token t = p.peek();
        // NAME is a name, not a keyword, and only then is the next token looked at. Only a plain
        // STRING counts: a name before an f-string is still a missing comma.
        boolean nameString = t.type() == NAME && !PegParser.KEYWORDS.contains(t.string()) && p.peek(1).type() == STRING;
        boolean softKeyword = t.type() == NAME && SOFT_KEYWORDS.contains(t.string());
        if (!nameString && !softKeyword) {
            Expr a = Expressions.disjunction(p);
            if (a != null) {
                Expr b = expressionWithoutInvalid(p);
                if (b != null) {
                    if (isLegacy(a) || p.levelOf(p.mark - 1) == 0) {
                        p.mark = start;
                        return;
                    }
                    throw Errors.knownRange(p, a.location(), b.location(), Messages.FORGOT_COMMA);
                }
            }
        }
        p.mark = start;
        Expr a = Expressions.disjunction(p);
        if (a != null && p.keyword("if") != null) {
            Expr b = Expressions.disjunction(p);
            if (b != null && !p.atKeyword("else") && !p.at(COLON))
                throw Errors.knownRange(p, a.location(), b.location(), Messages.EXPECTED_ELSE);
        }
        p.mark = start;
        Token lambda = p.keyword("lambda");
        if (lambda != null) {
            Parameters.lambdaParams(p);
            Token colon = p.expect(COLON);
            if (colon != null && (p.at(FSTRING_MIDDLE) || p.at(FSTRING_END)))
                throw Errors.knownRange(p, lambda.location(), colon.location(), Messages.FSTRING_LAMBDA);
        }
        p.mark = start;
    }

    // expression_without_invalid: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    // ("_without_invalid": no invalid rule runs beneath it)
    private static Expr expressionWithoutInvalid(PegParser p) {
        boolean saved = p.callInvalidRules;
        p.callInvalidRules = false;
        try {
            int start = p.mark;
            Expr a = Expressions.disjunction(p);
            if (a == null) return Expressions.lambdef(p);
            int afterA = p.mark;
            if (p.keyword("if") != null) {
                Expr b = Expressions.disjunction(p);
                if (b != null && p.keyword("else") != null) {
                    Expr c = Expressions.expression(p);
                    if (c != null) return new Expr.IfExp(b, a, c, p.locFrom(start));
                }
                p.mark = afterA;
            }
            return a;
        } finally {
            p.callInvalidRules = saved;
        }
    }

    /** _PyPegen_check_legacy_stmt: whether {@code e} names Python 2's print or exec statement. */
    private static boolean isLegacy(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    // invalid_legacy_expression: a=NAME !'(' b=star_expressions -> "Missing parentheses in call to ..."
    static void invalidLegacyExpression(PegParser p) {
        int start = p.mark;
        Expr.Name a = p.name();
        if (a != null && !p.at(LPAR)) {
            Expr b = Expressions.starExpressions(p);
            if (b != null && isLegacy(a))
                throw Errors.knownRange(p, a.location(), b.location(), Messages.MISSING_PARENTHESES.formatted(a.id(), a.id()));
        }
        p.mark = start;
    }

    // invalid_named_expression (memo):
    //     | a=expression ':=' expression -> "cannot use assignment expressions with %s"
    //     | a=NAME '=' b=bitwise_or !('='|':=') -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    //     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    //         -> "cannot assign to %s here. Maybe you meant '==' instead of '='?"
    static void invalidNamedExpression(PegParser p) {
        int start = p.mark;
        p.memo(Rule.INVALID_NAMED_EXPRESSION, () -> {
            Expr a = Expressions.expression(p);
            if (a != null && p.expect(COLONEQUAL) != null && Expressions.expression(p) != null)
                throw Errors.knownLocation(p, a.location(), Messages.NAMED_EXPRESSION_WITH.formatted(Errors.exprName(a)));
            p.mark = start;
            Expr.Name n = p.name();
            if (n != null && p.expect(EQUAL) != null) {
                Expr b = Expressions.bitwiseOr(p);
                if (b != null && !p.at(EQUAL) && !p.at(COLONEQUAL))
                    throw Errors.knownRange(p, n.location(), b.location(), Messages.MAYBE_EQUALITY);
            }
            p.mark = start;
            boolean excluded = p.lookahead(() -> Atoms.list(p)) || p.lookahead(() -> Atoms.tuple(p))
                    || p.lookahead(() -> Atoms.genexp(p))
                    || p.atKeyword("True") || p.atKeyword("None") || p.atKeyword("False");
            if (!excluded) {
                a = Expressions.bitwiseOr(p);
                if (a != null && p.expect(EQUAL) != null && Expressions.bitwiseOr(p) != null && !p.at(EQUAL) && !p.at(COLONEQUAL))
                    throw Errors.knownLocation(p, a.location(), Messages.ASSIGN_HERE.formatted(Errors.exprName(a)));
            }
            p.mark = start;
            return null;
        });
        p.mark = start;
    }

    // invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion
    static void invalidArithmetic(PegParser p) {
        int start = p.mark;
        if (Expressions.sum(p) != null) {
            switch (p.peek().type()) {
                case PLUS, MINUS, STAR, SLASH, PERCENT, DOUBLESLASH, AT -> {
                    p.mark++;
                    notAfterOperator(p, () -> Expressions.inversion(p));
                }
                default -> { }
            }
        }
        p.mark = start;
    }

    // invalid_factor: ('+' | '-' | '~') a='not' b=factor
    static void invalidFactor(PegParser p) {
        int start = p.mark;
        if (p.at(PLUS) || p.at(MINUS) || p.at(TILDE)) {
            p.mark++;
            notAfterOperator(p, () -> Expressions.factor(p));
        }
        p.mark = start;
    }

    private static void notAfterOperator(PegParser p, Supplier<Expr> operand) {
        Token a = p.keyword("not");
        if (a == null) return;
        Expr b = operand.get();
        if (b != null) throw Errors.knownRange(p, a.location(), b.location(), Messages.NOT_AFTER_OPERATOR);
    }

    // invalid_group:
    //     | '(' a=starred_expression ')' -> "cannot use starred expression here"
    //     | '(' a='**' expression ')' -> "cannot use double starred expression here"
    static void invalidGroup(PegParser p) {
        int start = p.mark;
        if (p.expect(LPAR) != null) {
            Expr a = CallArguments.starredExpression(p);
            if (a != null && p.expect(RPAR) != null) throw Errors.knownLocation(p, a.location(), Messages.STARRED_HERE);
            p.mark = start + 1;
            Token b = p.expect(DOUBLESTAR);
            if (b != null && Expressions.expression(p) != null && p.expect(RPAR) != null)
                throw Errors.knownLocation(p, b.location(), Messages.DOUBLE_STARRED_HERE);
        }
        p.mark = start;
    }

    // invalid_comprehension:
    //     | ('[' | '(' | '{') a=starred_expression for_if_clauses
    //     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
    //     | ('[' | '{') a=star_named_expression b=',' for_if_clauses
    static void invalidComprehension(PegParser p) {
        int start = p.mark;
        boolean paren = p.at(LPAR);
        if (p.at(LSQB) || p.at(LBRACE) || paren) {
            p.mark++;
            Expr a = CallArguments.starredExpression(p);
            if (a != null && Atoms.forIfClauses(p) != null)
                throw Errors.knownLocation(p, a.location(), Messages.UNPACKING_IN_COMPREHENSION);
            if (!paren) {
                p.mark = start + 1;
                a = Expressions.starNamedExpression(p);
                Token comma = a == null ? null : p.expect(COMMA);
                if (comma != null) {
                    int afterComma = p.mark;
                    List<Expr> b = Expressions.starNamedExpressions(p);
                    if (b != null && Atoms.forIfClauses(p) != null)
                        throw Errors.knownRange(p, a.location(), b.get(b.size() - 1).location(), Messages.COMPREHENSION_PARENTHESES);
                    p.mark = afterComma;
                    if (Atoms.forIfClauses(p) != null)
                        throw Errors.knownRange(p, a.location(), comma.location(), Messages.COMPREHENSION_PARENTHESES);
                }
            }
        }
        p.mark = start;
    }

    // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
    static void invalidDictComprehension(PegParser p) {
        int start = p.mark;
        Token a = p.expect(LBRACE) == null ? null : p.expect(DOUBLESTAR);
        if (a != null && Expressions.bitwiseOr(p) != null && Atoms.forIfClauses(p) != null && p.expect(RBRACE) != null)
            throw Errors.knownLocation(p, a.location(), Messages.DICT_UNPACKING_IN_COMPREHENSION);
        p.mark = start;
    }

    // invalid_double_starred_kvpairs:
    //     | ','.double_starred_kvpair+ ',' invalid_kvpair
    //     | expression ':' a='*' bitwise_or -> "cannot use a starred expression in a dictionary value"
    //     | expression a=':' &('}'|',') -> "expression expected after dictionary key and ':'"
    static void invalidDoubleStarredKvpairs(PegParser p) {
        int start = p.mark;
        if (p.gather(() -> Atoms.doubleStarredKvpair(p)) != null && p.expect(COMMA) != null) invalidKvpair(p);
        p.mark = start;
        kvpairValueErrors(p);
        p.mark = start;
    }

    // invalid_kvpair:
    //     | a=expression !(':') -> "':' expected after dictionary key"
    //     | expression ':' a='*' bitwise_or | expression a=':' &('}'|',')
    private static void invalidKvpair(PegParser p) {
        int start = p.mark;
        Expr a = Expressions.expression(p);
        if (a != null && !p.at(COLON)) {
            // RAISE_ERROR_KNOWN_LOCATION(a->lineno, a->end_col_offset - 1, a->end_lineno, -1): the
            // column of the key's last character, and no end.
            pyvm.lexer.Location l = a.location();
            String text = p.source.line(l.lineno());
            throw new pyvm.lexer.PySyntaxError(pyvm.lexer.PySyntaxError.Type.SyntaxError, Messages.COLON_AFTER_KEY,
                    p.filename, l.lineno(), pyvm.lexer.PySyntaxError.characterOffset(text, l.endColOffset()),
                    l.endLineno(), 0, text);
        }
        p.mark = start;
        kvpairValueErrors(p);
        p.mark = start;
    }

    /** The two alternatives invalid_double_starred_kvpairs and invalid_kvpair share. */
    private static void kvpairValueErrors(PegParser p) {
        int start = p.mark;
        if (Expressions.expression(p) == null) return;
        Token colon = p.expect(COLON);
        if (colon == null) return;
        Token star = p.expect(STAR);
        if (star != null && Expressions.bitwiseOr(p) != null)
            throw Errors.startingFrom(p, star.location(), Messages.STARRED_DICT_VALUE);
        p.mark = start;
        Expressions.expression(p);
        colon = p.expect(COLON);
        if (colon != null && (p.at(RBRACE) || p.at(COMMA)))
            throw Errors.knownLocation(p, colon.location(), Messages.EXPRESSION_AFTER_KEY);
    }

    // invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
    static void invalidForIfClause(PegParser p) {
        int start = p.mark;
        p.keyword("async");
        if (p.keyword("for") != null && p.gather(() -> Expressions.bitwiseOr(p)) != null) {
            p.expect(COMMA);
            if (!p.atKeyword("in")) throw Errors.atLastToken(p, Messages.IN_EXPECTED);
        }
        p.mark = start;
    }
}
