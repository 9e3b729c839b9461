package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import pyvm.lexer.Token;
import pyvm.parser.Expr;

/**
 * The {@code invalid_*} rules of Grammar/python.gram for {@code try} statements and their
 * {@code except} handlers: a {@code try} with no handler, {@code except} mixed with
 * {@code except*}, unparenthesized exception tuples, a missing {@code ':'} or indented block.
 * Second pass only (see {@link InvalidExpressions}).
 */
final class InvalidHandlers {

    private InvalidHandlers() {}

    // invalid_try_stmt:
    //     | a='try' ':' NEWLINE !INDENT
    //     | 'try' ':' block !('except' | 'finally') -> "expected 'except' or 'finally' block"
    //     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
    //         -> "cannot have both 'except' and 'except*' on the same 'try'"
    //     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
    //         -> "cannot have both 'except' and 'except*' on the same 'try'"
    static void invalidTryStmt(PegParser p) {
        int start = p.mark;
        Token a = p.keyword("try");
        if (a == null) return;
        InvalidStatements.indentedBlockAfter(p, a, "'try' statement");
        p.mark = start + 1;
        if (p.expect(COLON) != null && CompoundStatements.block(p) != null && !p.atKeyword("except") && !p.atKeyword("finally"))
            throw Errors.atLastToken(p, Messages.EXPECTED_EXCEPT_OR_FINALLY);
        for (boolean star : new boolean[] {false, true}) {
            p.mark = start + 1;
            if (p.expect(COLON) == null) break;
            p.repeat(() -> CompoundStatements.block(p));
            if (p.repeat(() -> CompoundStatements.exceptBlock(p, star)).isEmpty()) continue;
            Token except = p.keyword("except");
            if (except == null) continue;
            if (!star) {
                Token b = p.expect(STAR);
                if (b != null && Expressions.expression(p) != null) {
                    asName(p);
                    if (p.expect(COLON) != null) throw Errors.knownRange(p, except.location(), b.location(), Messages.EXCEPT_AND_EXCEPT_STAR);
                }
            } else {
                int saved = p.mark;
                if (Expressions.expression(p) != null) asName(p);
                else p.mark = saved;
                if (p.expect(COLON) != null) throw Errors.knownLocation(p, except.location(), Messages.EXCEPT_AND_EXCEPT_STAR);
            }
        }
        p.mark = start;
    }

    /** {@code ['as' NAME]} */
    private static void asName(PegParser p) {
        int saved = p.mark;
        if (p.keyword("as") == null || p.name() == null) p.mark = saved;
    }

    // invalid_except_stmt:
    //     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
    //         -> "multiple exception types must be parenthesized"
    //     | a='except' '*'? expression ['as' NAME ] NEWLINE -> "expected ':'"
    //     | a='except' NEWLINE -> "expected ':'"
    //     | a='except' '*' (NEWLINE | ':') -> "expected one or more exception types"
    static void invalidExceptStmt(PegParser p) {
        int start = p.mark;
        if (p.keyword("except") == null) return;
        p.expect(STAR);
        Expr a = Expressions.expression(p);
        if (a != null && p.expect(COMMA) != null && Expressions.expressions(p) != null) {
            asName(p);
            if (p.expect(COLON) != null) throw Errors.startingFrom(p, a.location(), Messages.PARENTHESIZE_EXCEPTION_TYPES);
        }
        p.mark = start + 1;
        p.expect(STAR);
        if (Expressions.expression(p) != null) {
            asName(p);
            if (p.expect(NEWLINE) != null) throw Errors.atLastToken(p, Messages.EXPECTED.formatted(":"));
        }
        p.mark = start + 1;
        if (p.expect(NEWLINE) != null) throw Errors.atLastToken(p, Messages.EXPECTED.formatted(":"));
        if (p.expect(STAR) != null && (p.expect(NEWLINE) != null || p.expect(COLON) != null))
            throw Errors.atLastToken(p, Messages.EXCEPTION_TYPES_EXPECTED);
        p.mark = start;
    }

    // invalid_except_stmt_indent:
    //     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
    //     | a='except' ':' NEWLINE !INDENT
    // invalid_except_star_stmt_indent:
    //     | a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
    static void invalidExceptStmtIndent(PegParser p, boolean star) {
        int start = p.mark;
        Token a = p.keyword("except");
        if (a == null || star && p.expect(STAR) == null) {
            p.mark = start;
            return;
        }
        int afterExcept = p.mark;
        String what = star ? "'except*' statement" : "'except' statement";
        if (Expressions.expression(p) != null) {
            asName(p);
            InvalidStatements.indentedBlockAfter(p, a, what);
        }
        p.mark = afterExcept;
        if (!star) InvalidStatements.indentedBlockAfter(p, a, what);
        p.mark = start;
    }
}
