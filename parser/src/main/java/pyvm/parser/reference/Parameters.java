package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;
import pyvm.parser.Arg;
import pyvm.parser.Arguments;
import pyvm.parser.Expr;

/**
 * Function parameters ({@code params} of Grammar/python.gram) and lambda parameters
 * ({@code lambda_params}), which python.gram writes out twice: a lambda's parameters carry no
 * annotations and end at {@code ':'} rather than {@code ')'}. Here one set of rule methods serves
 * both, told apart by a {@link Style}. The pieces are put together as _PyPegen_make_arguments does.
 */
final class Parameters {

    private Parameters() {}

    /** Which of the two parameter lists is being parsed. */
    enum Style {
        DEF(RPAR), LAMBDA(COLON);

        /** The token that ends the list: {@code &')'} for def, {@code &':'} for lambda. */
        final TokenType close;

        Style(TokenType close) {
            this.close = close;
        }
    }

    /** A parameter with its default, or null: NameDefaultPair. */
    record NameDefault(Arg arg, Expr value) {}

    /** What follows {@code /} and the plain parameters: StarEtc. */
    record StarEtc(Arg vararg, List<NameDefault> kwonlyargs, Arg kwarg) {}

    /** Positional-only parameters that end in ones with defaults: SlashWithDefault. */
    record SlashWithDefault(List<Arg> plainNames, List<NameDefault> namesWithDefaults) {}

    /** _PyPegen_empty_arguments: the parameters of {@code def f()} and of {@code lambda:}. */
    static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    // params: invalid_parameters | parameters
    static Arguments params(PegParser p) {
        if (p.callInvalidRules) InvalidParameters.invalidParameters(p, Style.DEF);
        return parameters(p, Style.DEF);
    }

    // lambda_params: invalid_lambda_parameters | lambda_parameters
    static Arguments lambdaParams(PegParser p) {
        if (p.callInvalidRules) InvalidParameters.invalidParameters(p, Style.LAMBDA);
        return parameters(p, Style.LAMBDA);
    }

    // parameters:
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    static Arguments parameters(PegParser p, Style style) {
        int start = p.mark;
        List<Arg> slashNoDefault = slashNoDefault(p, style);
        if (slashNoDefault != null) {
            List<Arg> plain = p.repeat(() -> paramNoDefault(p, style));
            List<NameDefault> withDefault = p.repeat(() -> paramWithDefault(p, style));
            return makeArguments(slashNoDefault, null, plain, withDefault, starEtc(p, style));
        }
        SlashWithDefault slashWithDefault = slashWithDefault(p, style);
        if (slashWithDefault != null) {
            List<NameDefault> withDefault = p.repeat(() -> paramWithDefault(p, style));
            return makeArguments(null, slashWithDefault, List.of(), withDefault, starEtc(p, style));
        }
        List<Arg> plain = p.repeat(() -> paramNoDefault(p, style));
        if (!plain.isEmpty()) {
            List<NameDefault> withDefault = p.repeat(() -> paramWithDefault(p, style));
            return makeArguments(null, null, plain, withDefault, starEtc(p, style));
        }
        List<NameDefault> withDefault = p.repeat(() -> paramWithDefault(p, style));
        if (!withDefault.isEmpty()) return makeArguments(null, null, List.of(), withDefault, starEtc(p, style));
        StarEtc starEtc = starEtc(p, style);
        if (starEtc != null) return makeArguments(null, null, List.of(), List.of(), starEtc);
        p.mark = start;
        return null;
    }

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    static List<Arg> slashNoDefault(PegParser p, Style style) {
        int start = p.mark;
        List<Arg> a = p.repeat(() -> paramNoDefault(p, style));
        if (!a.isEmpty() && p.expect(SLASH) != null && (p.expect(COMMA) != null || p.at(style.close))) return a;
        p.mark = start;
        return null;
    }

    // slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
    static SlashWithDefault slashWithDefault(PegParser p, Style style) {
        int start = p.mark;
        List<Arg> a = p.repeat(() -> paramNoDefault(p, style));
        List<NameDefault> b = p.repeat(() -> paramWithDefault(p, style));
        if (!b.isEmpty() && p.expect(SLASH) != null && (p.expect(COMMA) != null || p.at(style.close)))
            return new SlashWithDefault(a, b);
        p.mark = start;
        return null;
    }

    // star_etc:
    //     | invalid_star_etc
    //     | '*' param_no_default param_maybe_default* [kwds]
    //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    //     | '*' ',' param_maybe_default+ [kwds]
    //     | kwds
    static StarEtc starEtc(PegParser p, Style style) {
        if (p.callInvalidRules) InvalidParameters.invalidStarEtc(p, style);
        int start = p.mark;
        if (p.expect(STAR) != null) {
            Arg a = paramNoDefault(p, style);
            if (a == null && style == Style.DEF) a = paramNoDefaultStarAnnotation(p);
            if (a != null) {
                List<NameDefault> b = p.repeat(() -> paramMaybeDefault(p, style));
                return new StarEtc(a, b, kwds(p, style));
            }
            if (p.expect(COMMA) != null) {
                List<NameDefault> b = p.repeat(() -> paramMaybeDefault(p, style));
                if (!b.isEmpty()) return new StarEtc(null, b, kwds(p, style));
            }
            p.mark = start;
        }
        Arg kwarg = kwds(p, style);
        return kwarg == null ? null : new StarEtc(null, List.of(), kwarg);
    }

    // kwds: invalid_kwds | '**' param_no_default
    static Arg kwds(PegParser p, Style style) {
        if (p.callInvalidRules) InvalidParameters.invalidKwds(p, style);
        int start = p.mark;
        if (p.expect(DOUBLESTAR) != null) {
            Arg a = paramNoDefault(p, style);
            if (a != null) return a;
        }
        p.mark = start;
        return null;
    }

    // param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
    static Arg paramNoDefault(PegParser p, Style style) {
        int start = p.mark;
        Arg a = param(p, style, false);
        if (a != null && (a = ended(p, style, a)) != null) return a;
        p.mark = start;
        return null;
    }

    // param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT? | param_star_annotation TYPE_COMMENT? &')'
    private static Arg paramNoDefaultStarAnnotation(PegParser p) {
        int start = p.mark;
        Arg a = param(p, Style.DEF, true);
        if (a != null && (a = ended(p, Style.DEF, a)) != null) return a;
        p.mark = start;
        return null;
    }

    // param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
    static NameDefault paramWithDefault(PegParser p, Style style) {
        int start = p.mark;
        Arg a = param(p, style, false);
        Expr c = a == null ? null : defaultValue(p);
        if (c != null && (a = ended(p, style, a)) != null) return new NameDefault(a, c);
        p.mark = start;
        return null;
    }

    // param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
    static NameDefault paramMaybeDefault(PegParser p, Style style) {
        int start = p.mark;
        Arg a = param(p, style, false);
        if (a != null) {
            Expr c = defaultValue(p);
            if ((a = ended(p, style, a)) != null) return new NameDefault(a, c);
        }
        p.mark = start;
        return null;
    }

    /**
     * The ending every kind of parameter shares: {@code ',' TYPE_COMMENT?}, or before the close
     * {@code TYPE_COMMENT?} alone (_PyPegen_add_type_comment_to_arg); a lambda's take no type
     * comment. {@return the parameter with its type comment, or null when it does not end here}
     */
    private static Arg ended(PegParser p, Style style, Arg a) {
        boolean comma = p.expect(COMMA) != null;
        Token tc = style == Style.DEF ? p.expect(TYPE_COMMENT) : null;
        if (!comma && !p.at(style.close)) return null;
        return tc == null ? a : new Arg(a.arg(), a.annotation(), tc.string(), a.location());
    }

    // param: NAME annotation?    param_star_annotation: NAME star_annotation    lambda_param: NAME
    static Arg param(PegParser p, Style style, boolean starAnnotation) {
        int start = p.mark;
        Expr.Name a = p.name();
        if (a == null) return null;
        Expr annotation = null;
        if (style == Style.DEF) {
            int saved = p.mark;
            if (p.expect(COLON) != null) {
                annotation = starAnnotation ? Expressions.starExpression(p) : Expressions.expression(p);
                if (annotation == null) p.mark = saved;
            }
            if (starAnnotation && annotation == null) {
                p.mark = start;
                return null;
            }
        }
        return new Arg(a.id(), annotation, null, p.locFrom(start));
    }

    // default: '=' expression | invalid_default
    static Expr defaultValue(PegParser p) {
        int start = p.mark;
        if (p.expect(EQUAL) != null) {
            Expr a = Expressions.expression(p);
            if (a != null) return a;
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidParameters.invalidDefault(p);
        return null;
    }

    /** _PyPegen_make_arguments: the parsed pieces sorted into the fields of {@code arguments}. */
    private static Arguments makeArguments(List<Arg> slashNoDefault, SlashWithDefault slashWithDefault,
                                           List<Arg> plainNames, List<NameDefault> namesWithDefault, StarEtc starEtc) {
        List<Arg> posonlyargs = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        if (slashNoDefault != null) posonlyargs.addAll(slashNoDefault);
        if (slashWithDefault != null) {
            posonlyargs.addAll(slashWithDefault.plainNames());
            for (NameDefault nd : slashWithDefault.namesWithDefaults()) {
                posonlyargs.add(nd.arg());
                defaults.add(nd.value());
            }
        }
        List<Arg> args = new ArrayList<>(plainNames);
        for (NameDefault nd : namesWithDefault) {
            args.add(nd.arg());
            defaults.add(nd.value());
        }
        List<Arg> kwonlyargs = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        if (starEtc != null)
            for (NameDefault nd : starEtc.kwonlyargs()) {
                kwonlyargs.add(nd.arg());
                kwDefaults.add(nd.value());
            }
        return new Arguments(posonlyargs, args, starEtc == null ? null : starEtc.vararg(), kwonlyargs, kwDefaults,
                starEtc == null ? null : starEtc.kwarg(), defaults);
    }
}
