package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.function.Supplier;
import pyvm.lexer.Token;
import pyvm.parser.Expr;

/**
 * The {@code invalid_*} rules of Grammar/python.gram for definitions: a {@code def} or
 * {@code class} header without {@code ':'} or without an indented body, an empty type parameter
 * list, and a bound on a TypeVarTuple or ParamSpec. Second pass only (see {@link InvalidExpressions}).
 */
final class InvalidDefinitions {

    private InvalidDefinitions() {}

    // invalid_def_raw:
    //     | ['async'] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    //     | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    static void invalidDefRaw(PegParser p) {
        int start = p.mark;
        p.keyword("async");
        Token a = p.keyword("def");
        if (a != null && p.name() != null) {
            int afterName = p.mark;
            Definitions.typeParams(p);
            if (p.expect(LPAR) != null) {
                Parameters.params(p);
                if (p.expect(RPAR) != null) {
                    Definitions.optional(p, RARROW, () -> Expressions.expression(p));
                    InvalidStatements.indentedBlockAfter(p, a, "function definition");
                }
            }
            p.mark = afterName;
            Definitions.typeParams(p);
            CompoundStatements.forced(p, LPAR, "(");
            Parameters.params(p);
            if (p.expect(RPAR) != null) {
                Definitions.optional(p, RARROW, () -> Expressions.expression(p));
                CompoundStatements.forced(p, COLON, ":");
            }
        }
        p.mark = start;
    }

    // invalid_class_def_raw:
    //     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE -> "expected ':'"
    //     | a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
    static void invalidClassDefRaw(PegParser p) {
        int start = p.mark;
        Token a = p.keyword("class");
        if (a == null) return;
        Supplier<Object> header = () -> {
            if (p.name() == null) return null;
            Definitions.typeParams(p);
            int saved = p.mark;
            if (p.expect(LPAR) != null) {
                CallArguments.arguments(p);
                if (p.expect(RPAR) == null) p.mark = saved;
            }
            return Boolean.TRUE;
        };
        if (header.get() != null && p.expect(NEWLINE) != null) throw Errors.atLastToken(p, Messages.EXPECTED.formatted(":"));
        p.mark = start + 1;
        if (header.get() != null) InvalidStatements.indentedBlockAfter(p, a, "class definition");
        p.mark = start;
    }

    // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
    static void invalidDoubleTypeComments(PegParser p) {
        int start = p.mark;
        if (p.expect(TYPE_COMMENT) != null && p.expect(NEWLINE) != null && p.expect(TYPE_COMMENT) != null
                && p.expect(NEWLINE) != null && p.expect(INDENT) != null)
            throw Errors.atLastToken(p, Messages.DOUBLE_TYPE_COMMENTS);
        p.mark = start;
    }

    // invalid_type_params: '[' token=']' -> "Type parameter list cannot be empty"
    static void invalidTypeParams(PegParser p) {
        int start = p.mark;
        if (p.expect(LSQB) != null) {
            Token token = p.expect(RSQB);
            if (token != null) throw Errors.startingFrom(p, token.location(), Messages.EMPTY_TYPE_PARAMS);
        }
        p.mark = start;
    }

    // invalid_type_param:
    //     | '*' a=NAME colon=':' e=expression -> "cannot use constraints/bound with TypeVarTuple"
    //     | '**' a=NAME colon=':' e=expression -> "cannot use constraints/bound with ParamSpec"
    static void invalidTypeParam(PegParser p) {
        int start = p.mark;
        String kind = p.expect(STAR) != null ? "TypeVarTuple" : p.expect(DOUBLESTAR) != null ? "ParamSpec" : null;
        Token colon = kind == null || p.name() == null ? null : p.expect(COLON);
        if (colon != null) {
            Expr e = Expressions.expression(p);
            if (e != null) throw Errors.startingFrom(p, colon.location(),
                    (e instanceof Expr.Tuple ? Messages.TYPE_PARAM_CONSTRAINTS : Messages.TYPE_PARAM_BOUND).formatted(kind));
        }
        p.mark = start;
    }
}
