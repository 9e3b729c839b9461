package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import pyvm.lexer.Location;
import pyvm.lexer.Token;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.MatchCase;
import pyvm.parser.Pattern;
import pyvm.parser.Stmt;
import pyvm.parser.reference.PegParser.Rule;

/**
 * The {@code match} statement of PEP 634 and its patterns (Grammar/python.gram's Match statement).
 * {@code match}, {@code case} and {@code _} are soft keywords: NAME tokens that are keywords only
 * where these rules say so, which is why {@code match = 1} still assigns.
 */
final class Patterns {

    private Patterns() {}

    // match_stmt:
    //     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    //     | invalid_match_stmt
    static Stmt matchStmt(PegParser p) {
        int start = p.mark;
        if (p.keyword("match") != null) {
            Expr subject = subjectExpr(p);
            if (subject != null && p.expect(COLON) != null && p.expect(NEWLINE) != null && p.expect(INDENT) != null) {
                List<MatchCase> cases = p.repeat(() -> caseBlock(p));
                if (!cases.isEmpty() && p.expect(DEDENT) != null) return new Stmt.Match(subject, cases, p.locFrom(start));
            }
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidPatterns.invalidMatchStmt(p);
        return null;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    static Expr subjectExpr(PegParser p) {
        int start = p.mark;
        Expr value = Expressions.starNamedExpression(p);
        if (value != null && p.expect(COMMA) != null) {
            List<Expr> elts = new ArrayList<>(List.of(value));
            List<Expr> values = Expressions.starNamedExpressions(p);
            if (values != null) elts.addAll(values);
            return new Expr.Tuple(elts, ExprContext.Load, p.locFrom(start));
        }
        p.mark = start;
        return Expressions.namedExpression(p);
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    private static MatchCase caseBlock(PegParser p) {
        if (p.callInvalidRules) InvalidPatterns.invalidCaseBlock(p);
        int start = p.mark;
        if (p.keyword("case") != null) {
            Pattern pattern = patterns(p);
            if (pattern != null) {
                Expr guard = guard(p);
                if (p.expect(COLON) != null) {
                    List<Stmt> body = CompoundStatements.block(p);
                    if (body != null) return new MatchCase(pattern, guard, body);
                }
            }
        }
        p.mark = start;
        return null;
    }

    // guard: 'if' named_expression
    static Expr guard(PegParser p) {
        int start = p.mark;
        if (p.keyword("if") != null) {
            Expr a = Expressions.namedExpression(p);
            if (a != null) return a;
        }
        p.mark = start;
        return null;
    }

    // patterns: open_sequence_pattern | pattern
    static Pattern patterns(PegParser p) {
        int start = p.mark;
        List<Pattern> a = openSequencePattern(p);
        if (a != null) return new Pattern.MatchSequence(a, p.locFrom(start));
        return pattern(p);
    }

    // pattern: as_pattern | or_pattern
    static Pattern pattern(PegParser p) {
        Pattern a = asPattern(p);
        return a != null ? a : orPattern(p);
    }

    // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
    private static Pattern asPattern(PegParser p) {
        int start = p.mark;
        Pattern a = orPattern(p);
        if (a != null && p.keyword("as") != null) {
            Expr.Name target = patternCaptureTarget(p);
            if (target != null) return new Pattern.MatchAs(a, target.id(), p.locFrom(start));
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidPatterns.invalidAsPattern(p);
        return null;
    }

    // or_pattern: '|'.closed_pattern+
    static Pattern orPattern(PegParser p) {
        int start = p.mark;
        List<Pattern> a = p.gather(VBAR, () -> closedPattern(p));
        if (a == null) return null;
        return a.size() == 1 ? a.get(0) : new Pattern.MatchOr(a, p.locFrom(start));
    }

    // closed_pattern (memo):
    //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
    //     | sequence_pattern | mapping_pattern | class_pattern
    private static Pattern closedPattern(PegParser p) {
        return p.memo(Rule.CLOSED_PATTERN, () -> first(
                () -> ValuePatterns.literalPattern(p), () -> capturePattern(p), () -> wildcardPattern(p), () -> ValuePatterns.valuePattern(p),
                () -> groupPattern(p), () -> sequencePattern(p), () -> mappingPattern(p), () -> classPattern(p)));
    }

    /** The first of the alternatives that matches, as a rule of {@code |} alternatives does. */
    @SafeVarargs
    private static <T> T first(Supplier<T>... alternatives) {
        for (Supplier<T> alternative : alternatives) {
            T result = alternative.get();
            if (result != null) return result;
        }
        return null;
    }

    // capture_pattern: pattern_capture_target
    private static Pattern capturePattern(PegParser p) {
        Expr.Name target = patternCaptureTarget(p);
        return target == null ? null : new Pattern.MatchAs(null, target.id(), target.location());
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    static Expr.Name patternCaptureTarget(PegParser p) {
        if (p.atKeyword("_")) return null;
        int start = p.mark;
        Expr.Name name = p.name();
        if (name == null) return null;
        if (p.at(DOT) || p.at(LPAR) || p.at(EQUAL)) {
            p.mark = start;
            return null;
        }
        return (Expr.Name) Targets.store(name);
    }

    // wildcard_pattern: "_"
    private static Pattern wildcardPattern(PegParser p) {
        Token t = p.keyword("_");
        return t == null ? null : new Pattern.MatchAs(null, null, t.location());
    }

    // group_pattern: '(' pattern ')'
    private static Pattern groupPattern(PegParser p) {
        int start = p.mark;
        if (p.expect(LPAR) != null) {
            Pattern a = pattern(p);
            if (a != null && p.expect(RPAR) != null) return a;
        }
        p.mark = start;
        return null;
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    private static Pattern sequencePattern(PegParser p) {
        int start = p.mark;
        if (p.expect(LSQB) != null) {
            List<Pattern> a = maybeSequencePattern(p);
            if (p.expect(RSQB) != null) return new Pattern.MatchSequence(a == null ? List.of() : a, p.locFrom(start));
        } else if (p.expect(LPAR) != null) {
            List<Pattern> a = openSequencePattern(p);
            if (p.expect(RPAR) != null) return new Pattern.MatchSequence(a == null ? List.of() : a, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private static List<Pattern> openSequencePattern(PegParser p) {
        int start = p.mark;
        Pattern a = maybeStarPattern(p);
        if (a == null || p.expect(COMMA) == null) {
            p.mark = start;
            return null;
        }
        List<Pattern> all = new ArrayList<>(List.of(a));
        List<Pattern> rest = maybeSequencePattern(p);
        if (rest != null) all.addAll(rest);
        return all;
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private static List<Pattern> maybeSequencePattern(PegParser p) {
        List<Pattern> a = p.gather(() -> maybeStarPattern(p));
        if (a != null) p.expect(COMMA);
        return a;
    }

    // maybe_star_pattern: star_pattern | pattern
    private static Pattern maybeStarPattern(PegParser p) {
        Pattern a = starPattern(p);
        return a != null ? a : pattern(p);
    }

    // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
    private static Pattern starPattern(PegParser p) {
        return p.memo(Rule.STAR_PATTERN, () -> {
            int start = p.mark;
            if (p.expect(STAR) == null) return null;
            Expr.Name target = patternCaptureTarget(p);
            if (target != null) return new Pattern.MatchStar(target.id(), p.locFrom(start));
            if (p.keyword("_") != null) return new Pattern.MatchStar(null, p.locFrom(start));
            p.mark = start;
            return null;
        });
    }

    // mapping_pattern:
    //     | '{' '}' | '{' double_star_pattern ','? '}'
    //     | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
    private static Pattern mappingPattern(PegParser p) {
        int start = p.mark;
        if (p.expect(LBRACE) == null) return null;
        if (p.expect(RBRACE) != null) return new Pattern.MatchMapping(List.of(), List.of(), null, p.locFrom(start));
        int inside = p.mark;
        Expr.Name rest = doubleStarPattern(p);
        if (rest != null) {
            p.expect(COMMA);
            if (p.expect(RBRACE) != null) return new Pattern.MatchMapping(List.of(), List.of(), rest.id(), p.locFrom(start));
        }
        p.mark = inside;
        List<KeyPattern> items = itemsPattern(p);
        if (items != null) {
            int afterItems = p.mark;
            if (p.expect(COMMA) != null && (rest = doubleStarPattern(p)) != null) {
                p.expect(COMMA);
                if (p.expect(RBRACE) != null) return mapping(items, rest.id(), p.locFrom(start));
            }
            p.mark = afterItems;
            p.expect(COMMA);
            if (p.expect(RBRACE) != null) return mapping(items, null, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    /** A key and its pattern in a mapping pattern, or a keyword and its pattern in a class pattern. */
    record KeyPattern(Expr key, Pattern pattern) {}

    private static Pattern mapping(List<KeyPattern> items, String rest, Location where) {
        return new Pattern.MatchMapping(items.stream().map(KeyPattern::key).toList(),
                items.stream().map(KeyPattern::pattern).toList(), rest, where);
    }

    // items_pattern: ','.key_value_pattern+
    static List<KeyPattern> itemsPattern(PegParser p) {
        return p.gather(() -> keyValuePattern(p));
    }

    // key_value_pattern: (literal_expr | attr) ':' pattern
    private static KeyPattern keyValuePattern(PegParser p) {
        int start = p.mark;
        Expr key = ValuePatterns.literalExpr(p);
        if (key == null) key = ValuePatterns.attr(p);
        if (key != null && p.expect(COLON) != null) {
            Pattern value = pattern(p);
            if (value != null) return new KeyPattern(key, value);
        }
        p.mark = start;
        return null;
    }

    // double_star_pattern: '**' pattern_capture_target
    static Expr.Name doubleStarPattern(PegParser p) {
        int start = p.mark;
        if (p.expect(DOUBLESTAR) != null) {
            Expr.Name target = patternCaptureTarget(p);
            if (target != null) return target;
        }
        p.mark = start;
        return null;
    }

    // class_pattern:
    //     | name_or_attr '(' ')'
    //     | name_or_attr '(' positional_patterns ','? ')'
    //     | name_or_attr '(' keyword_patterns ','? ')'
    //     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
    //     | invalid_class_pattern
    private static Pattern classPattern(PegParser p) {
        int start = p.mark;
        Expr cls = ValuePatterns.nameOrAttr(p);
        if (cls != null && p.expect(LPAR) != null) {
            int inside = p.mark;
            if (p.expect(RPAR) != null) return matchClass(cls, List.of(), List.of(), p.locFrom(start));
            List<Pattern> positional = p.gather(() -> pattern(p));
            if (positional != null && closing(p)) return matchClass(cls, positional, List.of(), p.locFrom(start));
            p.mark = inside;
            List<KeyPattern> keywords = p.gather(() -> keywordPattern(p));
            if (keywords != null && closing(p)) return matchClass(cls, List.of(), keywords, p.locFrom(start));
            p.mark = inside;
            positional = p.gather(() -> pattern(p));
            if (positional != null && p.expect(COMMA) != null) {
                keywords = p.gather(() -> keywordPattern(p));
                if (keywords != null && closing(p)) return matchClass(cls, positional, keywords, p.locFrom(start));
            }
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidPatterns.invalidClassPattern(p);
        return null;
    }

    /** {@code ','? ')'}; on failure the mark is left for the caller to reset. */
    private static boolean closing(PegParser p) {
        p.expect(COMMA);
        return p.expect(RPAR) != null;
    }

    private static Pattern matchClass(Expr cls, List<Pattern> positional, List<KeyPattern> keywords, Location where) {
        return new Pattern.MatchClass(cls, positional, keywords.stream().map(k -> ((Expr.Name) k.key()).id()).toList(),
                keywords.stream().map(KeyPattern::pattern).toList(), where);
    }

    // keyword_pattern: NAME '=' pattern
    static KeyPattern keywordPattern(PegParser p) {
        int start = p.mark;
        Expr.Name arg = p.name();
        if (arg != null && p.expect(EQUAL) != null) {
            Pattern value = pattern(p);
            if (value != null) return new KeyPattern(arg, value);
        }
        p.mark = start;
        return null;
    }
}
