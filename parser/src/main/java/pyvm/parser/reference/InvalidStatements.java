package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.function.Supplier;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.parser.Expr;

/**
 * The {@code invalid_*} rules of Grammar/python.gram for statements: targets that cannot be
 * assigned to or deleted, a missing {@code ':'}, a block that is not indented, imports written the
 * wrong way round, {@code try} without {@code except}, and the like. Patterns and type parameters
 * have theirs in {@link InvalidPatterns}, definitions in {@link InvalidDefinitions}, {@code try}
 * statements in {@link InvalidHandlers}. Second pass only (see {@link InvalidExpressions}).
 */
final class InvalidStatements {

    private InvalidStatements() {}

    // invalid_assignment:
    //     | a=invalid_ann_assign_target ':' expression -> "only single target (not %s) can be annotated"
    //     | a=star_named_expression ',' star_named_expressions* ':' expression
    //         -> "only single target (not tuple) can be annotated"
    //     | a=expression ':' expression -> "illegal target for annotation"
    //     | (star_targets '=')* a=star_expressions '=' -> "cannot assign to %s"
    //     | (star_targets '=')* a=yield_expr '=' -> "assignment to yield expression not possible"
    //     | a=star_expressions augassign (yield_expr | star_expressions)
    //         -> "'%s' is an illegal expression for augmented assignment"
    static void invalidAssignment(PegParser p) {
        int start = p.mark;
        Expr a = invalidAnnAssignTarget(p);
        if (a != null && p.expect(COLON) != null && Expressions.expression(p) != null)
            throw Errors.knownLocation(p, a.location(), Messages.SINGLE_TARGET_ANNOTATED.formatted(Errors.exprName(a)));
        p.mark = start;
        a = Expressions.starNamedExpression(p);
        if (a != null && p.expect(COMMA) != null) {
            p.repeat(() -> Expressions.starNamedExpressions(p));
            if (p.expect(COLON) != null && Expressions.expression(p) != null)
                throw Errors.knownLocation(p, a.location(), Messages.SINGLE_TARGET_ANNOTATED.formatted("tuple"));
        }
        p.mark = start;
        a = Expressions.expression(p);
        if (a != null && p.expect(COLON) != null && Expressions.expression(p) != null)
            throw Errors.knownLocation(p, a.location(), Messages.ILLEGAL_ANNOTATION_TARGET);
        p.mark = start;
        starTargetsEquals(p);
        a = Expressions.starExpressions(p);
        if (a != null && p.expect(EQUAL) != null) {
            PySyntaxError e = Errors.invalidTarget(p, Errors.Targets.STAR_TARGETS, a);
            if (e != null) throw e;
            p.mark = start;
            return;
        }
        p.mark = start;
        starTargetsEquals(p);
        a = Expressions.yieldExpr(p);
        if (a != null && p.expect(EQUAL) != null) throw Errors.knownLocation(p, a.location(), Messages.ASSIGN_TO_YIELD);
        p.mark = start;
        a = Expressions.starExpressions(p);
        if (a != null && Statements.augassign(p) != null && Statements.annotatedRhs(p) != null)
            throw Errors.knownLocation(p, a.location(), Messages.ILLEGAL_AUGASSIGN.formatted(Errors.exprName(a)));
        p.mark = start;
    }

    /** {@code (star_targets '=')*} */
    private static void starTargetsEquals(PegParser p) {
        while (true) {
            int saved = p.mark;
            if (Targets.starTargets(p) == null || p.expect(EQUAL) == null) {
                p.mark = saved;
                return;
            }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    private static Expr invalidAnnAssignTarget(PegParser p) {
        Expr a = Atoms.list(p);
        if (a == null) a = Atoms.tuple(p);
        if (a != null) return a;
        int start = p.mark;
        if (p.expect(LPAR) != null) {
            a = invalidAnnAssignTarget(p);
            if (a != null && p.expect(RPAR) != null) return a;
        }
        p.mark = start;
        return null;
    }

    // invalid_del_stmt: 'del' a=star_expressions -> "cannot delete %s"
    static void invalidDelStmt(PegParser p) {
        invalidTargets(p, "del", Errors.Targets.DEL_TARGETS);
    }

    // invalid_for_target: 'async'? 'for' a=star_expressions -> "cannot assign to %s"
    static void invalidForTarget(PegParser p) {
        int start = p.mark;
        p.keyword("async");
        invalidTargets(p, "for", Errors.Targets.FOR_TARGETS);
        p.mark = start;
    }

    private static void invalidTargets(PegParser p, String keyword, Errors.Targets type) {
        int start = p.mark;
        if (p.keyword(keyword) != null) {
            Expr a = Expressions.starExpressions(p);
            if (a != null) {
                PySyntaxError e = Errors.invalidTarget(p, type, a);
                if (e != null) throw e;
            }
        }
        p.mark = start;
    }

    // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') -> "cannot assign to %s"
    static void invalidWithItem(PegParser p) {
        int start = p.mark;
        if (Expressions.expression(p) != null && p.keyword("as") != null) {
            Expr a = Expressions.expression(p);
            if (a != null && (p.at(COMMA) || p.at(RPAR) || p.at(COLON))) {
                PySyntaxError e = Errors.invalidTarget(p, Errors.Targets.STAR_TARGETS, a);
                if (e != null) throw e;
            }
        }
        p.mark = start;
    }

    // invalid_block: NEWLINE !INDENT -> IndentationError "expected an indented block"
    static void invalidBlock(PegParser p) {
        int start = p.mark;
        if (p.expect(NEWLINE) != null && !p.at(INDENT)) throw Errors.indentation(p, Messages.EXPECTED_INDENTED_BLOCK);
        p.mark = start;
    }

    /** {@code ... ':' NEWLINE !INDENT} -> IndentationError "expected an indented block after ..." */
    static void indentedBlockAfter(PegParser p, Token keyword, String what) {
        if (p.expect(COLON) != null && p.expect(NEWLINE) != null && !p.at(INDENT))
            throw Errors.indentation(p, Messages.EXPECTED_INDENTED_BLOCK_AFTER.formatted(what, keyword.location().lineno()));
    }

    // invalid_import:
    //     | a='import' ','.dotted_name+ 'from' dotted_name -> "Did you mean to use 'from ... import ...' instead?"
    //     | 'import' token=NEWLINE -> "Expected one or more names after 'import'"
    static void invalidImport(PegParser p) {
        int start = p.mark;
        Token a = p.keyword("import");
        if (a == null) return;
        if (p.gather(() -> Imports.dottedName(p)) != null && p.keyword("from") != null && Imports.dottedName(p) != null)
            throw Errors.startingFrom(p, a.location(), Messages.FROM_IMPORT_INSTEAD);
        p.mark = start + 1;
        Token token = p.expect(NEWLINE);
        if (token != null) throw Errors.startingFrom(p, token.location(), Messages.NAMES_AFTER_IMPORT);
        p.mark = start;
    }

    // invalid_import_from_targets:
    //     | import_from_as_names ',' NEWLINE -> "trailing comma not allowed without surrounding parentheses"
    //     | token=NEWLINE -> "Expected one or more names after 'import'"
    static void invalidImportFromTargets(PegParser p) {
        int start = p.mark;
        if (p.gather(() -> {
            Expr.Name n = p.name();
            if (n != null && p.keyword("as") != null && p.name() == null) return null;
            return n;
        }) != null && p.expect(COMMA) != null && p.expect(NEWLINE) != null)
            throw Errors.atLastToken(p, Messages.TRAILING_COMMA_IMPORT);
        p.mark = start;
        Token token = p.expect(NEWLINE);
        if (token != null) throw Errors.startingFrom(p, token.location(), Messages.NAMES_AFTER_IMPORT);
        p.mark = start;
    }

    // invalid_if_stmt / invalid_elif_stmt:
    //     | 'if' named_expression NEWLINE -> "expected ':'"
    //     | a='if' named_expression ':' NEWLINE !INDENT -> "expected an indented block after 'if' statement on line %d"
    static void invalidIfStmt(PegParser p, String keyword) {
        invalidHeader(p, keyword, () -> Expressions.namedExpression(p), "'" + keyword + "' statement");
    }

    // invalid_while_stmt: the same for 'while'
    static void invalidWhileStmt(PegParser p) {
        invalidHeader(p, "while", () -> Expressions.namedExpression(p), "'while' statement");
    }

    // invalid_for_stmt:
    //     | ['async'] 'for' star_targets 'in' star_expressions NEWLINE -> "expected ':'"
    //     | ['async'] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
    static void invalidForStmt(PegParser p) {
        int start = p.mark;
        p.keyword("async");
        invalidHeader(p, "for", () -> {
            if (Targets.starTargets(p) == null || p.keyword("in") == null) return null;
            return Expressions.starExpressions(p);
        }, "'for' statement");
        p.mark = start;
    }

    /**
     * The pair of alternatives most compound statements have: {@code KEYWORD header NEWLINE} ->
     * "expected ':'", and {@code KEYWORD header ':' NEWLINE !INDENT} -> IndentationError.
     */
    private static void invalidHeader(PegParser p, String keyword, Supplier<?> header, String what) {
        int start = p.mark;
        Token a = p.keyword(keyword);
        if (a == null) return;
        if (header.get() != null && p.expect(NEWLINE) != null) throw Errors.atLastToken(p, Messages.EXPECTED.formatted(":"));
        p.mark = start + 1;
        if (header.get() != null) indentedBlockAfter(p, a, what);
        p.mark = start;
    }

    // invalid_else_stmt: a='else' ':' NEWLINE !INDENT
    static void invalidElseStmt(PegParser p) {
        int start = p.mark;
        Token a = p.keyword("else");
        if (a != null) indentedBlockAfter(p, a, "'else' statement");
        p.mark = start;
    }

    // invalid_with_stmt:
    //     | ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE -> "expected ':'"
    //     | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE -> "expected ':'"
    static void invalidWithStmt(PegParser p) {
        int start = p.mark;
        for (boolean parenthesized : new boolean[] {false, true}) {
            p.mark = start;
            if (withHeader(p, parenthesized) != null && p.expect(NEWLINE) != null)
                throw Errors.atLastToken(p, Messages.EXPECTED.formatted(":"));
        }
        p.mark = start;
    }

    // invalid_with_stmt_indent:
    //     | ['async'] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
    //     | ['async'] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
    static void invalidWithStmtIndent(PegParser p) {
        int start = p.mark;
        for (boolean parenthesized : new boolean[] {false, true}) {
            p.mark = start;
            Token a = withHeader(p, parenthesized);
            if (a != null) indentedBlockAfter(p, a, "'with' statement");
        }
        p.mark = start;
    }

    /**
     * {@code ['async'] 'with' ','.(expression ['as' star_target])+}, or in parentheses
     * {@code ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')'}.
     * {@return the 'with' token, or null when the header is not there}
     */
    private static Token withHeader(PegParser p, boolean parenthesized) {
        p.keyword("async");
        Token a = p.keyword("with");
        if (a == null) return null;
        if (!parenthesized) return p.gather(() -> withHeaderItem(p, () -> Expressions.expression(p))) == null ? null : a;
        if (p.expect(LPAR) == null || p.gather(() -> withHeaderItem(p, () -> Expressions.expressions(p))) == null) return null;
        p.expect(COMMA);
        return p.expect(RPAR) == null ? null : a;
    }

    /** {@code e ['as' star_target]} */
    private static Object withHeaderItem(PegParser p, Supplier<Expr> e) {
        Expr a = e.get();
        if (a == null) return null;
        int saved = p.mark;
        if (p.keyword("as") == null || Targets.starTarget(p) == null) p.mark = saved;
        return a;
    }

    // invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT
    static void invalidFinallyStmt(PegParser p) {
        int start = p.mark;
        Token a = p.keyword("finally");
        if (a != null) indentedBlockAfter(p, a, "'finally' statement");
        p.mark = start;
    }
}
