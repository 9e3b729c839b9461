package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;
import pyvm.parser.ExceptHandler;
import pyvm.parser.Expr;
import pyvm.parser.Stmt;
import pyvm.parser.WithItem;
import pyvm.parser.reference.PegParser.Rule;

/**
 * COMPOUND STATEMENTS of Grammar/python.gram that hold blocks of statements: {@code if},
 * {@code while}, {@code for}, {@code with} and {@code try}, and the {@code block} they share.
 * Function and class definitions are in {@link Definitions}, {@code match} in {@link Patterns}.
 * A compound statement spans from its keyword to the last token of its last block, the NEWLINE and
 * DEDENT tokens that close the block left out.
 */
final class CompoundStatements {

    private CompoundStatements() {}

    // compound_stmt:
    //     | &('def' | '@' | 'async') function_def | &'if' if_stmt | &('class' | '@') class_def
    //     | &('with' | 'async') with_stmt | &('for' | 'async') for_stmt | &'try' try_stmt
    //     | &'while' while_stmt | match_stmt
    static Stmt compoundStmt(PegParser p) {
        Token t = p.peek();
        String word = t.type() == NAME ? t.string() : t.type() == AT ? "@" : "";
        Stmt a = null;
        if (word.equals("def") || word.equals("@") || word.equals("async")) a = Definitions.functionDef(p);
        if (a == null && word.equals("if")) a = ifStmt(p);
        if (a == null && (word.equals("class") || word.equals("@"))) a = Definitions.classDef(p);
        if (a == null && (word.equals("with") || word.equals("async"))) a = withStmt(p);
        if (a == null && (word.equals("for") || word.equals("async"))) a = forStmt(p);
        if (a == null && word.equals("try")) a = tryStmt(p);
        if (a == null && word.equals("while")) a = whileStmt(p);
        if (a == null) a = Patterns.matchStmt(p);
        return a;
    }

    // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    static List<Stmt> block(PegParser p) {
        return p.memo(Rule.BLOCK, () -> {
            int start = p.mark;
            if (p.expect(NEWLINE) != null && p.expect(INDENT) != null) {
                List<Stmt> a = Statements.statements(p);
                if (a != null && p.expect(DEDENT) != null) return a;
            }
            p.mark = start;
            List<Stmt> a = Statements.simpleStmts(p);
            if (a != null) return a;
            if (p.callInvalidRules) InvalidStatements.invalidBlock(p);
            return null;
        });
    }

    /** {@code &&'x'}: the token must be there, or parsing stops with "expected 'x'" (_PyPegen_expect_forced_token). */
    static Token forced(PegParser p, TokenType type, String text) {
        Token t = p.expect(type);
        if (t == null) throw Errors.knownLocation(p, p.peek().location(), Messages.EXPECTED.formatted(text));
        return t;
    }

    // if_stmt:
    //     | invalid_if_stmt
    //     | 'if' named_expression ':' block elif_stmt
    //     | 'if' named_expression ':' block [else_block]
    static Stmt ifStmt(PegParser p) {
        if (p.callInvalidRules) InvalidStatements.invalidIfStmt(p, "if");
        return ifOrElif(p, "if");
    }

    // elif_stmt:
    //     | invalid_elif_stmt
    //     | 'elif' named_expression ':' block elif_stmt
    //     | 'elif' named_expression ':' block [else_block]
    private static Stmt elifStmt(PegParser p) {
        if (p.callInvalidRules) InvalidStatements.invalidIfStmt(p, "elif");
        return ifOrElif(p, "elif");
    }

    private static Stmt ifOrElif(PegParser p, String keyword) {
        int start = p.mark;
        if (p.keyword(keyword) != null) {
            Expr a = Expressions.namedExpression(p);
            if (a != null && p.expect(COLON) != null) {
                List<Stmt> b = block(p);
                if (b != null) {
                    p.enter();
                    try {
                        Stmt c = elifStmt(p);
                        List<Stmt> orelse = c != null ? List.of(c) : elseBlock(p);
                        return new Stmt.If(a, b, orelse == null ? List.of() : orelse, p.locFrom(start));
                    } finally {
                        p.leave();
                    }
                }
            }
        }
        p.mark = start;
        return null;
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    static List<Stmt> elseBlock(PegParser p) {
        if (p.callInvalidRules) InvalidStatements.invalidElseStmt(p);
        int start = p.mark;
        if (p.keyword("else") == null) return null;
        forced(p, COLON, ":");
        List<Stmt> b = block(p);
        if (b == null) p.mark = start;
        return b;
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    static Stmt whileStmt(PegParser p) {
        if (p.callInvalidRules) InvalidStatements.invalidWhileStmt(p);
        int start = p.mark;
        if (p.keyword("while") != null) {
            Expr a = Expressions.namedExpression(p);
            if (a != null && p.expect(COLON) != null) {
                List<Stmt> b = block(p);
                if (b != null) {
                    List<Stmt> c = elseBlock(p);
                    return new Stmt.While(a, b, c == null ? List.of() : c, p.locFrom(start));
                }
            }
        }
        p.mark = start;
        return null;
    }

    // for_stmt:
    //     | invalid_for_stmt
    //     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | 'async' 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | invalid_for_target
    static Stmt forStmt(PegParser p) {
        if (p.callInvalidRules) InvalidStatements.invalidForStmt(p);
        int start = p.mark;
        boolean isAsync = p.keyword("async") != null;
        if (p.keyword("for") != null) {
            Expr t = Targets.starTargets(p);
            if (t != null && p.keyword("in") != null) {
                // The cut: once 'in' is read, no other alternative is tried.
                Expr ex = Expressions.starExpressions(p);
                Token tc = null;
                List<Stmt> b = null;
                if (ex != null && p.expect(COLON) != null) {
                    tc = p.expect(TYPE_COMMENT);
                    b = block(p);
                }
                if (b == null) {
                    p.mark = start;
                    return null;
                }
                List<Stmt> el = elseBlock(p);
                if (el == null) el = List.of();
                String typeComment = tc == null ? null : tc.string();
                return isAsync ? new Stmt.AsyncFor(t, ex, b, el, typeComment, p.locFrom(start))
                        : new Stmt.For(t, ex, b, el, typeComment, p.locFrom(start));
            }
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidStatements.invalidForTarget(p);
        return null;
    }

    // with_stmt:
    //     | invalid_with_stmt_indent
    //     | 'with' '(' ','.with_item+ ','? ')' ':' [TYPE_COMMENT] block
    //     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | 'async' 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | 'async' 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | invalid_with_stmt
    static Stmt withStmt(PegParser p) {
        if (p.callInvalidRules) InvalidStatements.invalidWithStmtIndent(p);
        int start = p.mark;
        boolean isAsync = p.keyword("async") != null;
        if (p.keyword("with") != null) {
            int afterWith = p.mark;
            List<WithItem> items = null;
            if (p.expect(LPAR) != null) {
                items = p.gather(() -> withItem(p));
                if (items != null) {
                    p.expect(COMMA);
                    // An async with in parentheses takes no type comment.
                    if (p.expect(RPAR) == null || !p.at(COLON) || isAsync && p.peek(1).type() == TYPE_COMMENT) items = null;
                }
            }
            if (items == null) {
                p.mark = afterWith;
                items = p.gather(() -> withItem(p));
            }
            if (items != null && p.expect(COLON) != null) {
                Token tc = p.expect(TYPE_COMMENT);
                List<Stmt> b = block(p);
                String typeComment = tc == null ? null : tc.string();
                if (b != null) return isAsync ? new Stmt.AsyncWith(items, b, typeComment, p.locFrom(start))
                        : new Stmt.With(items, b, typeComment, p.locFrom(start));
            }
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidStatements.invalidWithStmt(p);
        return null;
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    private static WithItem withItem(PegParser p) {
        int start = p.mark;
        Expr e = Expressions.expression(p);
        if (e == null) return null;
        int afterE = p.mark;
        if (p.keyword("as") != null) {
            Expr t = Targets.starTarget(p);
            if (t != null && (p.at(COMMA) || p.at(RPAR) || p.at(COLON))) return new WithItem(e, t);
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidStatements.invalidWithItem(p);
        p.mark = afterE;
        return new WithItem(e, null);
    }

    // try_stmt:
    //     | invalid_try_stmt
    //     | 'try' &&':' block finally_block
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    static Stmt tryStmt(PegParser p) {
        if (p.callInvalidRules) InvalidHandlers.invalidTryStmt(p);
        int start = p.mark;
        if (p.keyword("try") == null) return null;
        forced(p, COLON, ":");
        List<Stmt> b = block(p);
        if (b == null) {
            p.mark = start;
            return null;
        }
        int afterBlock = p.mark;
        List<Stmt> f = finallyBlock(p);
        if (f != null) return new Stmt.Try(b, List.of(), List.of(), f, p.locFrom(start));
        p.mark = afterBlock;
        for (boolean star : new boolean[] {false, true}) {
            List<ExceptHandler> handlers = new ArrayList<>();
            for (ExceptHandler h = exceptBlock(p, star); h != null; h = exceptBlock(p, star)) handlers.add(h);
            if (handlers.isEmpty()) continue;
            List<Stmt> el = elseBlock(p);
            List<Stmt> fin = finallyBlock(p);
            if (el == null) el = List.of();
            if (fin == null) fin = List.of();
            return star ? new Stmt.TryStar(b, handlers, el, fin, p.locFrom(start))
                    : new Stmt.Try(b, handlers, el, fin, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    // except_block:
    //     | invalid_except_stmt_indent
    //     | 'except' expression ['as' NAME] ':' block
    //     | 'except' ':' block
    //     | invalid_except_stmt
    // except_star_block:
    //     | invalid_except_star_stmt_indent
    //     | 'except' '*' expression ['as' NAME] ':' block
    //     | invalid_except_stmt
    static ExceptHandler exceptBlock(PegParser p, boolean star) {
        if (p.callInvalidRules) InvalidHandlers.invalidExceptStmtIndent(p, star);
        int start = p.mark;
        if (p.keyword("except") != null && (!star || p.expect(STAR) != null)) {
            int afterExcept = p.mark;
            Expr e = Expressions.expression(p);
            if (e != null) {
                String name = null;
                int saved = p.mark;
                if (p.keyword("as") != null) {
                    Expr.Name z = p.name();
                    if (z != null) name = z.id();
                    else p.mark = saved;
                }
                if (p.expect(COLON) != null) {
                    List<Stmt> b = block(p);
                    if (b != null) return new ExceptHandler(e, name, b, p.locFrom(start));
                }
            }
            p.mark = afterExcept;
            if (!star && p.expect(COLON) != null) {
                List<Stmt> b = block(p);
                if (b != null) return new ExceptHandler(null, null, b, p.locFrom(start));
            }
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidHandlers.invalidExceptStmt(p);
        return null;
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    private static List<Stmt> finallyBlock(PegParser p) {
        if (p.callInvalidRules) InvalidStatements.invalidFinallyStmt(p);
        int start = p.mark;
        if (p.keyword("finally") == null) return null;
        forced(p, COLON, ":");
        List<Stmt> a = block(p);
        if (a == null) p.mark = start;
        return a;
    }
}
