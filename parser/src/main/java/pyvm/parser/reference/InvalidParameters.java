package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.List;
import pyvm.lexer.Token;
import pyvm.parser.Arg;
import pyvm.parser.reference.Parameters.Style;

/**
 * The {@code invalid_*} rules of Grammar/python.gram for parameter lists, for {@code def} and
 * {@code lambda} alike (python.gram spells the lambda ones out again as {@code invalid_lambda_*}):
 * misplaced {@code /} and {@code *}, defaults where none may be, parameters after {@code **kwargs},
 * parenthesized parameters. Second pass only (see {@link InvalidExpressions}).
 */
final class InvalidParameters {

    private InvalidParameters() {}

    // invalid_parameters:
    //     | a="/" ',' -> "at least one argument must precede /"
    //     | (slash_no_default | slash_with_default) param_maybe_default* a='/' -> "/ may appear only once"
    //     | slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
    //         -> "parameter without a default follows parameter with a default"
    //     | param_no_default* a='(' param_no_default+ ','? b=')' -> "Function parameters cannot be parenthesized"
    //     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
    //           param_maybe_default* a='/' -> "/ must be ahead of *"
    //     | param_maybe_default+ '/' a='*' -> "expected comma between / and *"
    static void invalidParameters(PegParser p, Style style) {
        int start = p.mark;
        Token a = p.expect(SLASH);
        if (a != null && p.expect(COMMA) != null) throw Errors.knownLocation(p, a.location(), Messages.ARGUMENT_BEFORE_SLASH);
        p.mark = start;

        if (slash(p, style)) {
            p.repeat(() -> Parameters.paramMaybeDefault(p, style));
            a = p.expect(SLASH);
            if (a != null) throw Errors.knownLocation(p, a.location(), Messages.SLASH_ONCE);
        }
        p.mark = start;

        Parameters.slashNoDefault(p, style);
        p.repeat(() -> Parameters.paramNoDefault(p, style));
        if (Parameters.slashWithDefault(p, style) != null || !p.repeat(() -> Parameters.paramWithDefault(p, style)).isEmpty()) {
            Arg b = Parameters.paramNoDefault(p, style);
            if (b != null) throw Errors.knownLocation(p, b.location(), Messages.NON_DEFAULT_AFTER_DEFAULT);
        }
        p.mark = start;

        p.repeat(() -> Parameters.paramNoDefault(p, style));
        a = p.expect(LPAR);
        if (a != null) {
            List<?> inside = style == Style.DEF
                    ? p.repeat(() -> Parameters.paramNoDefault(p, Style.DEF))
                    : p.gather(() -> Parameters.param(p, Style.LAMBDA, false));
            if (inside != null && !inside.isEmpty()) {
                p.expect(COMMA);
                Token b = p.expect(RPAR);
                if (b != null) throw Errors.knownRange(p, a.location(), b.location(),
                        style == Style.DEF ? Messages.PARENTHESIZED_PARAMETERS : Messages.PARENTHESIZED_LAMBDA_PARAMETERS);
            }
        }
        p.mark = start;

        slash(p, style);
        p.repeat(() -> Parameters.paramMaybeDefault(p, style));
        if (p.expect(STAR) != null && (p.expect(COMMA) != null || Parameters.paramNoDefault(p, style) != null)) {
            p.repeat(() -> Parameters.paramMaybeDefault(p, style));
            a = p.expect(SLASH);
            if (a != null) throw Errors.knownLocation(p, a.location(), Messages.SLASH_BEFORE_STAR);
        }
        p.mark = start;

        if (!p.repeat(() -> Parameters.paramMaybeDefault(p, style)).isEmpty() && p.expect(SLASH) != null) {
            a = p.expect(STAR);
            if (a != null) throw Errors.knownLocation(p, a.location(), Messages.COMMA_BETWEEN_SLASH_AND_STAR);
        }
        p.mark = start;
    }

    /** {@code (slash_no_default | slash_with_default)}: whether one of them matched. */
    private static boolean slash(PegParser p, Style style) {
        return Parameters.slashNoDefault(p, style) != null || Parameters.slashWithDefault(p, style) != null;
    }

    // invalid_default: a='=' &(')'|',') -> "expected default value expression"
    static void invalidDefault(PegParser p) {
        Token a = p.peek();
        if (a.type() == EQUAL && (p.peek(1).type() == RPAR || p.peek(1).type() == COMMA))
            throw Errors.knownLocation(p, a.location(), Messages.EXPECTED_DEFAULT);
    }

    // invalid_star_etc:
    //     | a='*' (')' | ',' (')' | '**')) -> "named arguments must follow bare *"
    //     | '*' ',' TYPE_COMMENT -> "bare * has associated type comment"
    //     | '*' param a='=' -> "var-positional argument cannot have default value"
    //     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
    //         -> "* argument may appear only once"
    // invalid_lambda_star_etc: the same with ':' for ')', and the first raised at the furthest token.
    static void invalidStarEtc(PegParser p, Style style) {
        int start = p.mark;
        Token a = p.expect(STAR);
        if (a == null) return;
        if (p.at(style.close) || p.expect(COMMA) != null && (p.at(style.close) || p.at(DOUBLESTAR))) {
            throw style == Style.DEF ? Errors.knownLocation(p, a.location(), Messages.NAMED_AFTER_BARE_STAR)
                    : Errors.atLastToken(p, Messages.NAMED_AFTER_BARE_STAR);
        }
        p.mark = start + 1;
        if (p.expect(COMMA) != null && p.expect(TYPE_COMMENT) != null) throw Errors.atLastToken(p, Messages.BARE_STAR_TYPE_COMMENT);
        p.mark = start + 1;
        if (Parameters.param(p, style, false) != null) {
            Token eq = p.expect(EQUAL);
            if (eq != null) throw Errors.knownLocation(p, eq.location(), Messages.VAR_POSITIONAL_DEFAULT);
        }
        p.mark = start + 1;
        if (Parameters.paramNoDefault(p, style) != null || p.expect(COMMA) != null) {
            p.repeat(() -> Parameters.paramMaybeDefault(p, style));
            Token b = p.expect(STAR);
            if (b != null && (Parameters.paramNoDefault(p, style) != null || p.expect(COMMA) != null))
                throw Errors.knownLocation(p, b.location(), Messages.STAR_ONCE);
        }
        p.mark = start;
    }

    // invalid_kwds:
    //     | '**' param a='=' -> "var-keyword argument cannot have default value"
    //     | '**' param ',' a=param -> "arguments cannot follow var-keyword argument"
    //     | '**' param ',' a=('*'|'**'|'/') -> "arguments cannot follow var-keyword argument"
    static void invalidKwds(PegParser p, Style style) {
        int start = p.mark;
        if (p.expect(DOUBLESTAR) != null && Parameters.param(p, style, false) != null) {
            Token eq = p.expect(EQUAL);
            if (eq != null) throw Errors.knownLocation(p, eq.location(), Messages.VAR_KEYWORD_DEFAULT);
            if (p.expect(COMMA) != null) {
                int afterComma = p.mark;
                Arg a = Parameters.param(p, style, false);
                if (a != null) throw Errors.knownLocation(p, a.location(), Messages.ARGUMENTS_AFTER_VAR_KEYWORD);
                p.mark = afterComma;
                Token t = p.peek();
                if (t.type() == STAR || t.type() == DOUBLESTAR || t.type() == SLASH)
                    throw Errors.knownLocation(p, t.location(), Messages.ARGUMENTS_AFTER_VAR_KEYWORD);
            }
        }
        p.mark = start;
    }
}
