package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Token;
import pyvm.parser.Expr;
import pyvm.parser.Operator;
import pyvm.parser.Stmt;
import pyvm.parser.reference.PegParser.Rule;

/**
 * GENERAL STATEMENTS and SIMPLE STATEMENTS of Grammar/python.gram: a file is statements, a
 * statement is a compound statement or a line of simple ones separated by {@code ;}, and the simple
 * ones are assignments of all kinds, expression statements, {@code return}, {@code raise},
 * {@code pass}, {@code del}, {@code assert}, {@code break}, {@code continue}, {@code global} and
 * {@code nonlocal}. Imports are in {@link Imports}, {@code type} aliases in {@link Definitions}.
 */
final class Statements {

    private Statements() {}

    // statements: statement+
    static List<Stmt> statements(PegParser p) {
        List<Stmt> all = new ArrayList<>();
        for (List<Stmt> some = statement(p); some != null; some = statement(p)) all.addAll(some);
        return all.isEmpty() ? null : all;
    }

    // statement: compound_stmt | simple_stmts
    static List<Stmt> statement(PegParser p) {
        Stmt a = CompoundStatements.compoundStmt(p);
        if (a != null) return List.of(a);
        return simpleStmts(p);
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    static List<Stmt> simpleStmts(PegParser p) {
        int start = p.mark;
        List<Stmt> a = p.gather(SEMI, () -> simpleStmt(p));
        if (a != null) {
            p.expect(SEMI);
            if (p.expect(NEWLINE) != null) return a;
        }
        p.mark = start;
        return null;
    }

    // simple_stmt (memo):
    //     | assignment | &"type" type_alias | star_expressions | &'return' return_stmt
    //     | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass' | &'del' del_stmt
    //     | &'yield' yield_stmt | &'assert' assert_stmt | 'break' | 'continue'
    //     | &'global' global_stmt | &'nonlocal' nonlocal_stmt
    static Stmt simpleStmt(PegParser p) {
        return p.memo(Rule.SIMPLE_STMT, () -> {
            int start = p.mark;
            Stmt a = assignment(p);
            if (a != null) return a;
            if (p.atKeyword("type") && (a = Definitions.typeAlias(p)) != null) return a;
            Expr e = Expressions.starExpressions(p);
            if (e != null) return new Stmt.Expr(e, p.locFrom(start));
            Token t = p.peek();
            if (t.type() != NAME) return null;
            return switch (t.string()) {
                case "return" -> returnStmt(p);
                case "import", "from" -> Imports.importStmt(p);
                case "raise" -> raiseStmt(p);
                case "pass" -> new Stmt.Pass(p.expect(NAME).location());
                case "del" -> delStmt(p);
                case "yield" -> yieldStmt(p);
                case "assert" -> assertStmt(p);
                case "break" -> new Stmt.Break(p.expect(NAME).location());
                case "continue" -> new Stmt.Continue(p.expect(NAME).location());
                case "global" -> globalStmt(p);
                case "nonlocal" -> nonlocalStmt(p);
                default -> null;
            };
        });
    }

    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs]
    //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    //     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    //     | single_target augassign ~ (yield_expr | star_expressions)
    //     | invalid_assignment
    static Stmt assignment(PegParser p) {
        int start = p.mark;
        Expr.Name name = p.name();
        if (name != null && p.expect(COLON) != null) {
            Expr b = Expressions.expression(p);
            if (b != null) return new Stmt.AnnAssign(Targets.store(name), b, annotationValue(p), 1, p.locFrom(start));
        }
        p.mark = start;

        Expr target = null;
        if (p.expect(LPAR) != null) {
            target = Targets.singleTarget(p);
            if (target == null || p.expect(RPAR) == null) target = null;
        }
        if (target == null) {
            p.mark = start;
            target = Targets.singleSubscriptAttributeTarget(p);
        }
        if (target != null && p.expect(COLON) != null) {
            Expr b = Expressions.expression(p);
            if (b != null) return new Stmt.AnnAssign(target, b, annotationValue(p), 0, p.locFrom(start));
        }
        p.mark = start;

        List<Expr> targets = new ArrayList<>();
        while (true) {
            int saved = p.mark;
            Expr t = Targets.starTargets(p);
            if (t == null || p.expect(EQUAL) == null) {
                p.mark = saved;
                break;
            }
            targets.add(t);
        }
        if (!targets.isEmpty()) {
            Expr value = annotatedRhs(p);
            if (value != null && !p.at(EQUAL)) {
                Token tc = p.expect(TYPE_COMMENT);
                return new Stmt.Assign(targets, value, tc == null ? null : tc.string(), p.locFrom(start));
            }
        }
        p.mark = start;

        Expr single = Targets.singleTarget(p);
        Operator op = single == null ? null : augassign(p);
        if (op != null) {
            Expr value = annotatedRhs(p);
            if (value != null) return new Stmt.AugAssign(single, op, value, p.locFrom(start));
            p.mark = start;
            return null;
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidStatements.invalidAssignment(p);
        return null;
    }

    /** {@code ['=' annotated_rhs]} after an annotation: the value, or null. */
    private static Expr annotationValue(PegParser p) {
        int saved = p.mark;
        if (p.expect(EQUAL) != null) {
            Expr d = annotatedRhs(p);
            if (d != null) return d;
            p.mark = saved;
        }
        return null;
    }

    // annotated_rhs: yield_expr | star_expressions
    static Expr annotatedRhs(PegParser p) {
        Expr a = Expressions.yieldExpr(p);
        return a != null ? a : Expressions.starExpressions(p);
    }

    // augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    static Operator augassign(PegParser p) {
        Operator op = switch (p.peek().type()) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
        if (op != null) p.mark++;
        return op;
    }

    // return_stmt: 'return' [star_expressions]
    static Stmt returnStmt(PegParser p) {
        int start = p.mark;
        p.keyword("return");
        return new Stmt.Return(Expressions.starExpressions(p), p.locFrom(start));
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    static Stmt raiseStmt(PegParser p) {
        int start = p.mark;
        p.keyword("raise");
        Expr a = Expressions.expression(p);
        if (a != null) {
            int saved = p.mark;
            Expr b = null;
            if (p.keyword("from") != null && (b = Expressions.expression(p)) == null) p.mark = saved;
            return new Stmt.Raise(a, b, p.locFrom(start));
        }
        return new Stmt.Raise(null, null, p.locFrom(start));
    }

    // global_stmt: 'global' ','.NAME+
    static Stmt globalStmt(PegParser p) {
        int start = p.mark;
        p.keyword("global");
        List<Expr.Name> names = p.gather(p::name);
        if (names == null) {
            p.mark = start;
            return null;
        }
        return new Stmt.Global(names.stream().map(Expr.Name::id).toList(), p.locFrom(start));
    }

    // nonlocal_stmt: 'nonlocal' ','.NAME+
    static Stmt nonlocalStmt(PegParser p) {
        int start = p.mark;
        p.keyword("nonlocal");
        List<Expr.Name> names = p.gather(p::name);
        if (names == null) {
            p.mark = start;
            return null;
        }
        return new Stmt.Nonlocal(names.stream().map(Expr.Name::id).toList(), p.locFrom(start));
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    static Stmt delStmt(PegParser p) {
        int start = p.mark;
        p.keyword("del");
        List<Expr> a = Targets.delTargets(p);
        if (a != null && (p.at(SEMI) || p.at(NEWLINE))) return new Stmt.Delete(a, p.locFrom(start));
        p.mark = start;
        if (p.callInvalidRules) InvalidStatements.invalidDelStmt(p);
        return null;
    }

    // yield_stmt: yield_expr
    static Stmt yieldStmt(PegParser p) {
        int start = p.mark;
        Expr y = Expressions.yieldExpr(p);
        return y == null ? null : new Stmt.Expr(y, p.locFrom(start));
    }

    // assert_stmt: 'assert' expression [',' expression]
    static Stmt assertStmt(PegParser p) {
        int start = p.mark;
        p.keyword("assert");
        Expr a = Expressions.expression(p);
        if (a == null) {
            p.mark = start;
            return null;
        }
        int saved = p.mark;
        Expr b = null;
        if (p.expect(COMMA) != null && (b = Expressions.expression(p)) == null) p.mark = saved;
        return new Stmt.Assert(a, b, p.locFrom(start));
    }
}
