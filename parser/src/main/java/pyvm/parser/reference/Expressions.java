package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;
import pyvm.parser.Boolop;
import pyvm.parser.Cmpop;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Operator;
import pyvm.parser.Unaryop;
import pyvm.parser.reference.PegParser.Rule;

/**
 * The EXPRESSIONS part of Grammar/python.gram, from {@code expressions} down to {@code primary}:
 * conditional expressions, {@code or}/{@code and}/{@code not}, comparisons, the binary operators by
 * precedence, unary operators, {@code **}, {@code await}, and attribute, call and subscript trailers.
 *
 * <p>python.gram writes the binary operators and {@code primary} as left-recursive rules, which
 * pegen's generated code grows from a seed; here they are loops that build the same left-leaning
 * trees. Each node spans from the first token of its rule to the last token it consumed.
 */
final class Expressions {

    private Expressions() {}

    // expressions: expression (',' expression)+ [','] | expression ',' | expression
    static Expr expressions(PegParser p) {
        return tupleOf(p, () -> expression(p));
    }

    // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
    static Expr starExpressions(PegParser p) {
        return tupleOf(p, () -> starExpression(p));
    }

    /** The shape of {@code expressions} and {@code star_expressions}: a comma makes a Tuple. */
    private static Expr tupleOf(PegParser p, Supplier<Expr> element) {
        int start = p.mark;
        Expr first = element.get();
        if (first == null) return null;
        if (!p.at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (p.expect(COMMA) != null) {
            Expr next = element.get();
            if (next == null) break;
            elts.add(next);
        }
        return new Expr.Tuple(elts, ExprContext.Load, p.locFrom(start));
    }

    // expression (memo):
    //     | invalid_expression | invalid_legacy_expression
    //     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    static Expr expression(PegParser p) {
        return p.memo(Rule.EXPRESSION, () -> {
            if (p.callInvalidRules) {
                InvalidExpressions.invalidExpression(p);
                InvalidExpressions.invalidLegacyExpression(p);
            }
            int start = p.mark;
            Expr a = disjunction(p);
            if (a == null) return lambdef(p);
            int afterA = p.mark;
            if (p.keyword("if") != null) {
                Expr b = disjunction(p);
                if (b != null && p.keyword("else") != null) {
                    Expr c = expression(p);
                    if (c != null) return new Expr.IfExp(b, a, c, p.locFrom(start));
                }
                p.mark = afterA;
            }
            return a;
        });
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    static Expr yieldExpr(PegParser p) {
        int start = p.mark;
        if (p.keyword("yield") == null) return null;
        if (p.keyword("from") != null) {
            Expr a = expression(p);
            if (a != null) return new Expr.YieldFrom(a, p.locFrom(start));
            p.mark = start + 1;
        }
        return new Expr.Yield(starExpressions(p), p.locFrom(start));
    }

    // star_expression (memo): '*' bitwise_or | expression
    static Expr starExpression(PegParser p) {
        return p.memo(Rule.STAR_EXPRESSION, () -> starred(p, () -> expression(p)));
    }

    // star_named_expression: '*' bitwise_or | named_expression
    static Expr starNamedExpression(PegParser p) {
        return starred(p, () -> namedExpression(p));
    }

    /** {@code '*' bitwise_or | otherwise}: a Starred in Load context, or whatever else is there. */
    private static Expr starred(PegParser p, Supplier<Expr> otherwise) {
        int start = p.mark;
        if (p.expect(STAR) != null) {
            Expr a = bitwiseOr(p);
            if (a != null) return new Expr.Starred(a, ExprContext.Load, p.locFrom(start));
            p.mark = start;
        }
        return otherwise.get();
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    static List<Expr> starNamedExpressions(PegParser p) {
        List<Expr> a = p.gather(() -> starNamedExpression(p));
        if (a != null) p.expect(COMMA);
        return a;
    }

    // assignment_expression: NAME ':=' ~ expression
    static Expr assignmentExpression(PegParser p) {
        int start = p.mark;
        Expr.Name a = p.name();
        if (a != null && p.expect(COLONEQUAL) != null) {
            Expr b = expression(p);
            if (b != null) return new Expr.NamedExpr(Targets.store(a), b, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    static Expr namedExpression(PegParser p) {
        int start = p.mark;
        Expr a = assignmentExpression(p);
        if (a != null) return a;
        if (p.callInvalidRules) InvalidExpressions.invalidNamedExpression(p);
        a = expression(p);
        if (a != null && !p.at(COLONEQUAL)) return a;
        p.mark = start;
        return null;
    }

    // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    static Expr disjunction(PegParser p) {
        return p.memo(Rule.DISJUNCTION, () -> boolOp(p, "or", Boolop.Or, () -> conjunction(p)));
    }

    // conjunction (memo): inversion ('and' inversion)+ | inversion
    static Expr conjunction(PegParser p) {
        return p.memo(Rule.CONJUNCTION, () -> boolOp(p, "and", Boolop.And, () -> inversion(p)));
    }

    private static Expr boolOp(PegParser p, String keyword, Boolop op, Supplier<Expr> operand) {
        int start = p.mark;
        Expr a = operand.get();
        if (a == null) return null;
        List<Expr> values = new ArrayList<>(List.of(a));
        while (true) {
            int saved = p.mark;
            if (p.keyword(keyword) == null) break;
            Expr b = operand.get();
            if (b == null) {
                p.mark = saved;
                break;
            }
            values.add(b);
        }
        return values.size() == 1 ? a : new Expr.BoolOp(op, values, p.locFrom(start));
    }

    // inversion (memo): 'not' inversion | comparison
    static Expr inversion(PegParser p) {
        return p.memo(Rule.INVERSION, () -> {
            int start = p.mark;
            if (p.keyword("not") != null) {
                Expr a = inversion(p);
                if (a != null) return new Expr.UnaryOp(Unaryop.Not, a, p.locFrom(start));
                p.mark = start;
            }
            return comparison(p);
        });
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    static Expr comparison(PegParser p) {
        int start = p.mark;
        Expr a = bitwiseOr(p);
        if (a == null) return null;
        List<Cmpop> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            int saved = p.mark;
            Cmpop op = compareOp(p);
            Expr b = op == null ? null : bitwiseOr(p);
            if (b == null) {
                p.mark = saved;
                break;
            }
            ops.add(op);
            comparators.add(b);
        }
        return ops.isEmpty() ? a : new Expr.Compare(a, ops, comparators, p.locFrom(start));
    }

    // compare_op_bitwise_or_pair, without its bitwise_or: '==' | '!=' | '<=' | '<' | '>=' | '>'
    //     | 'not' 'in' | 'in' | 'is' 'not' | 'is'
    private static Cmpop compareOp(PegParser p) {
        Token t = p.peek();
        Cmpop op = switch (t.type()) {
            case EQEQUAL -> Cmpop.Eq;
            // The tokenizer also reads "<>" as NOTEQUAL; only Barry as FLUFL may write it.
            case NOTEQUAL -> t.string().equals("!=") ? Cmpop.NotEq : null;
            case LESSEQUAL -> Cmpop.LtE;
            case LESS -> Cmpop.Lt;
            case GREATEREQUAL -> Cmpop.GtE;
            case GREATER -> Cmpop.Gt;
            default -> null;
        };
        if (op != null) {
            p.mark++;
            return op;
        }
        int start = p.mark;
        if (p.keyword("not") != null) {
            if (p.keyword("in") != null) return Cmpop.NotIn;
            p.mark = start;
            return null;
        }
        if (p.keyword("in") != null) return Cmpop.In;
        if (p.keyword("is") != null) return p.keyword("not") != null ? Cmpop.IsNot : Cmpop.Is;
        return null;
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    static Expr bitwiseOr(PegParser p) {
        return binary(p, () -> bitwiseXor(p), Map.of(VBAR, Operator.BitOr));
    }

    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    static Expr bitwiseXor(PegParser p) {
        return binary(p, () -> bitwiseAnd(p), Map.of(CIRCUMFLEX, Operator.BitXor));
    }

    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    static Expr bitwiseAnd(PegParser p) {
        return binary(p, () -> shiftExpr(p), Map.of(AMPER, Operator.BitAnd));
    }

    // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | invalid_arithmetic | sum
    static Expr shiftExpr(PegParser p) {
        if (p.callInvalidRules) InvalidExpressions.invalidArithmetic(p);
        return binary(p, () -> sum(p), Map.of(LEFTSHIFT, Operator.LShift, RIGHTSHIFT, Operator.RShift));
    }

    // sum: sum '+' term | sum '-' term | term
    static Expr sum(PegParser p) {
        return binary(p, () -> term(p), Map.of(PLUS, Operator.Add, MINUS, Operator.Sub));
    }

    // term: term '*' factor | term '/' factor | term '//' factor | term '%' factor | term '@' factor
    //     | invalid_factor | factor
    static Expr term(PegParser p) {
        if (p.callInvalidRules) InvalidExpressions.invalidFactor(p);
        return binary(p, () -> factor(p), Map.of(STAR, Operator.Mult, SLASH, Operator.Div,
                DOUBLESLASH, Operator.FloorDiv, PERCENT, Operator.Mod, AT, Operator.MatMult));
    }

    /**
     * A left-recursive rule of binary operators, as a loop: {@code operand (OP operand)*}, the
     * operators being the tokens {@code ops} maps.
     */
    private static Expr binary(PegParser p, Supplier<Expr> operand, Map<TokenType, Operator> ops) {
        int start = p.mark;
        Expr left = operand.get();
        if (left == null) return null;
        while (true) {
            int saved = p.mark;
            Operator op = ops.get(p.peek().type());
            if (op == null) break;
            p.mark++;
            Expr right = operand.get();
            if (right == null) {
                p.mark = saved;
                break;
            }
            left = new Expr.BinOp(left, op, right, p.locFrom(start));
        }
        return left;
    }

    // factor (memo): '+' factor | '-' factor | '~' factor | power
    static Expr factor(PegParser p) {
        return p.memo(Rule.FACTOR, () -> {
            int start = p.mark;
            Unaryop op = switch (p.peek().type()) {
                case PLUS -> Unaryop.UAdd;
                case MINUS -> Unaryop.USub;
                case TILDE -> Unaryop.Invert;
                default -> null;
            };
            if (op != null) {
                p.mark++;
                Expr a = factor(p);
                if (a != null) return new Expr.UnaryOp(op, a, p.locFrom(start));
                p.mark = start;
            }
            return power(p);
        });
    }

    // power: await_primary '**' factor | await_primary
    static Expr power(PegParser p) {
        int start = p.mark;
        Expr a = awaitPrimary(p);
        if (a == null) return null;
        int afterA = p.mark;
        if (p.expect(DOUBLESTAR) != null) {
            p.enter();
            try {
                Expr b = factor(p);
                if (b != null) return new Expr.BinOp(a, Operator.Pow, b, p.locFrom(start));
            } finally {
                p.leave();
            }
            p.mark = afterA;
        }
        return a;
    }

    // await_primary (memo): 'await' primary | primary
    static Expr awaitPrimary(PegParser p) {
        return p.memo(Rule.AWAIT_PRIMARY, () -> {
            int start = p.mark;
            if (p.keyword("await") != null) {
                Expr a = Primaries.primary(p);
                if (a != null) return new Expr.Await(a, p.locFrom(start));
                p.mark = start;
            }
            return Primaries.primary(p);
        });
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    static Expr lambdef(PegParser p) {
        int start = p.mark;
        if (p.keyword("lambda") == null) return null;
        p.enter();
        try {
            pyvm.parser.Arguments a = Parameters.lambdaParams(p);
            if (p.expect(COLON) != null) {
                Expr b = expression(p);
                if (b != null) return new Expr.Lambda(a == null ? Parameters.empty() : a, b, p.locFrom(start));
            }
        } finally {
            p.leave();
        }
        p.mark = start;
        return null;
    }
}
