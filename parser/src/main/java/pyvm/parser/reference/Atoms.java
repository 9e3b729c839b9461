package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.parser.Comprehension;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;

/**
 * The atoms of Grammar/python.gram: names, the keyword constants, numbers, strings (see
 * {@link Strings}), {@code ...}, and the bracketed displays — tuples, parenthesized groups, lists,
 * sets and dicts — with their comprehensions and generator expressions.
 */
final class Atoms {

    private Atoms() {}

    /** A {@code key: value} of a dict display; a null key is a {@code **mapping}. (KeyValuePair) */
    record KeyValue(Expr key, Expr value) {}

    // atom:
    //     | NAME | 'True' | 'False' | 'None' | &(STRING|FSTRING_START) strings | NUMBER
    //     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
    //     | &'{' (dict | set | dictcomp | setcomp) | '...'
    static Expr atom(PegParser p) {
        Token t = p.peek();
        switch (t.type()) {
            case NAME -> {
                ConstantValue constant = switch (t.string()) {
                    case "True" -> new ConstantValue.Bool(true);
                    case "False" -> new ConstantValue.Bool(false);
                    case "None" -> ConstantValue.NONE;
                    default -> null;
                };
                if (constant == null) return p.name();
                p.mark++;
                return new Expr.Constant(constant, null, t.location());
            }
            case STRING, FSTRING_START -> {
                return Strings.strings(p);
            }
            case NUMBER -> {
                return number(p);
            }
            case LPAR -> {
                Expr a = tuple(p);
                if (a == null) a = group(p);
                return a != null ? a : genexp(p);
            }
            case LSQB -> {
                Expr a = list(p);
                return a != null ? a : listcomp(p);
            }
            case LBRACE -> {
                Expr a = dict(p);
                if (a == null) a = set(p);
                if (a == null) a = dictcomp(p);
                return a != null ? a : setcomp(p);
            }
            case ELLIPSIS -> {
                p.mark++;
                return new Expr.Constant(ConstantValue.ELLIPSIS, null, t.location());
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * NUMBER, as a constant (_PyPegen_number_token). A decimal literal too long for int() is a
     * SyntaxError given with its line only: columns would underline thousands of digits.
     */
    static Expr number(PegParser p) {
        Token t = p.number();
        if (t == null) return null;
        try {
            return new Expr.Constant(Literals.number(t.string()), null, t.location());
        } catch (Literals.DecodeError e) {
            Location l = t.location();
            throw new PySyntaxError(PySyntaxError.Type.SyntaxError,
                    Messages.HUGE_INT_LITERAL.formatted(e.getMessage()),
                    p.filename, l.lineno(), 0, l.endLineno(), 0, p.source.line(l.lineno()));
        }
    }

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    static Expr group(PegParser p) {
        int start = p.mark;
        if (p.expect(LPAR) != null) {
            Expr a = Expressions.yieldExpr(p);
            if (a == null) a = Expressions.namedExpression(p);
            if (a != null && p.expect(RPAR) != null) return a;
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidExpressions.invalidGroup(p);
        return null;
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    static Expr tuple(PegParser p) {
        int start = p.mark;
        if (p.expect(LPAR) == null) return null;
        List<Expr> elts = new ArrayList<>();
        int inside = p.mark;
        Expr first = Expressions.starNamedExpression(p);
        if (first != null && p.expect(COMMA) != null) {
            elts.add(first);
            List<Expr> rest = Expressions.starNamedExpressions(p);
            if (rest != null) elts.addAll(rest);
        } else {
            p.mark = inside;
        }
        if (p.expect(RPAR) != null) return new Expr.Tuple(elts, ExprContext.Load, p.locFrom(start));
        p.mark = start;
        return null;
    }

    // list: '[' [star_named_expressions] ']'
    static Expr list(PegParser p) {
        int start = p.mark;
        if (p.expect(LSQB) == null) return null;
        List<Expr> elts = Expressions.starNamedExpressions(p);
        if (p.expect(RSQB) != null) return new Expr.List(elts == null ? List.of() : elts, ExprContext.Load, p.locFrom(start));
        p.mark = start;
        return null;
    }

    // set: '{' star_named_expressions '}'
    static Expr set(PegParser p) {
        int start = p.mark;
        if (p.expect(LBRACE) == null) return null;
        List<Expr> elts = Expressions.starNamedExpressions(p);
        if (elts != null && p.expect(RBRACE) != null) return new Expr.Set(elts, p.locFrom(start));
        p.mark = start;
        return null;
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    static Expr dict(PegParser p) {
        int start = p.mark;
        if (p.expect(LBRACE) == null) return null;
        List<KeyValue> pairs = doubleStarredKvpairs(p);
        if (p.expect(RBRACE) != null) {
            List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
            for (KeyValue kv : pairs == null ? List.<KeyValue>of() : pairs) {
                keys.add(kv.key());
                values.add(kv.value());
            }
            return new Expr.Dict(keys, values, p.locFrom(start));
        }
        p.mark = start + 1;
        if (p.callInvalidRules) InvalidExpressions.invalidDoubleStarredKvpairs(p);
        p.mark = start;
        return null;
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    static List<KeyValue> doubleStarredKvpairs(PegParser p) {
        List<KeyValue> a = p.gather(() -> doubleStarredKvpair(p));
        if (a != null) p.expect(COMMA);
        return a;
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    static KeyValue doubleStarredKvpair(PegParser p) {
        int start = p.mark;
        if (p.expect(DOUBLESTAR) != null) {
            Expr a = Expressions.bitwiseOr(p);
            if (a != null) return new KeyValue(null, a);
            p.mark = start;
        }
        return kvpair(p);
    }

    // kvpair: expression ':' expression
    static KeyValue kvpair(PegParser p) {
        int start = p.mark;
        Expr a = Expressions.expression(p);
        if (a != null && p.expect(COLON) != null) {
            Expr b = Expressions.expression(p);
            if (b != null) return new KeyValue(a, b);
        }
        p.mark = start;
        return null;
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    static Expr listcomp(PegParser p) {
        int start = p.mark;
        if (p.expect(LSQB) != null) {
            Expr a = Expressions.namedExpression(p);
            List<Comprehension> b = a == null ? null : forIfClauses(p);
            if (b != null && p.expect(RSQB) != null) return new Expr.ListComp(a, b, p.locFrom(start));
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidExpressions.invalidComprehension(p);
        return null;
    }

    // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    static Expr setcomp(PegParser p) {
        int start = p.mark;
        if (p.expect(LBRACE) != null) {
            Expr a = Expressions.namedExpression(p);
            List<Comprehension> b = a == null ? null : forIfClauses(p);
            if (b != null && p.expect(RBRACE) != null) return new Expr.SetComp(a, b, p.locFrom(start));
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidExpressions.invalidComprehension(p);
        return null;
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    static Expr genexp(PegParser p) {
        int start = p.mark;
        if (p.expect(LPAR) != null) {
            Expr a = Expressions.assignmentExpression(p);
            if (a == null) {
                a = Expressions.expression(p);
                if (p.at(COLONEQUAL)) a = null;
            }
            List<Comprehension> b = a == null ? null : forIfClauses(p);
            if (b != null && p.expect(RPAR) != null) return new Expr.GeneratorExp(a, b, p.locFrom(start));
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidExpressions.invalidComprehension(p);
        return null;
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    static Expr dictcomp(PegParser p) {
        int start = p.mark;
        if (p.expect(LBRACE) != null) {
            KeyValue a = kvpair(p);
            List<Comprehension> b = a == null ? null : forIfClauses(p);
            if (b != null && p.expect(RBRACE) != null) return new Expr.DictComp(a.key(), a.value(), b, p.locFrom(start));
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidExpressions.invalidDictComprehension(p);
        return null;
    }

    // for_if_clauses: for_if_clause+
    static List<Comprehension> forIfClauses(PegParser p) {
        List<Comprehension> a = p.repeat(() -> forIfClause(p));
        return a.isEmpty() ? null : a;
    }

    // for_if_clause:
    //     | 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | invalid_for_if_clause | invalid_for_target
    static Comprehension forIfClause(PegParser p) {
        int start = p.mark;
        boolean isAsync = p.keyword("async") != null;
        if (p.keyword("for") != null) {
            Expr target = Targets.starTargets(p);
            if (target != null && p.keyword("in") != null) {
                Expr iter = Expressions.disjunction(p);
                if (iter == null) {
                    p.mark = start;
                    return null;
                }
                List<Expr> ifs = new ArrayList<>();
                while (true) {
                    int saved = p.mark;
                    if (p.keyword("if") == null) break;
                    Expr test = Expressions.disjunction(p);
                    if (test == null) {
                        p.mark = saved;
                        break;
                    }
                    ifs.add(test);
                }
                return new Comprehension(target, iter, ifs, isAsync ? 1 : 0);
            }
        }
        p.mark = start;
        if (p.callInvalidRules) {
            InvalidExpressions.invalidForIfClause(p);
            InvalidStatements.invalidForTarget(p);
        }
        return null;
    }
}
