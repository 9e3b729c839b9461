package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.List;
import pyvm.lexer.Token;
import pyvm.parser.Expr;
import pyvm.parser.Pattern;

/**
 * The {@code invalid_*} rules of Grammar/python.gram for {@code match} statements: a missing
 * {@code ':'} or indented block after {@code match} or {@code case}, {@code as} with something
 * other than a name, and positional patterns after keyword patterns. Second pass only (see
 * {@link InvalidExpressions}).
 */
final class InvalidPatterns {

    private InvalidPatterns() {}

    // invalid_match_stmt:
    //     | "match" subject_expr NEWLINE -> "expected ':'"
    //     | a="match" subject=subject_expr ':' NEWLINE !INDENT
    static void invalidMatchStmt(PegParser p) {
        int start = p.mark;
        Token a = p.keyword("match");
        if (a == null) return;
        if (Patterns.subjectExpr(p) != null && p.expect(NEWLINE) != null) throw Errors.atLastToken(p, Messages.EXPECTED.formatted(":"));
        p.mark = start + 1;
        if (Patterns.subjectExpr(p) != null) InvalidStatements.indentedBlockAfter(p, a, "'match' statement");
        p.mark = start;
    }

    // invalid_case_block:
    //     | "case" patterns guard? NEWLINE -> "expected ':'"
    //     | a="case" patterns guard? ':' NEWLINE !INDENT
    static void invalidCaseBlock(PegParser p) {
        int start = p.mark;
        Token a = p.keyword("case");
        if (a == null) return;
        if (Patterns.patterns(p) != null) {
            Patterns.guard(p);
            if (p.expect(NEWLINE) != null) throw Errors.atLastToken(p, Messages.EXPECTED.formatted(":"));
        }
        p.mark = start + 1;
        if (Patterns.patterns(p) != null) {
            Patterns.guard(p);
            InvalidStatements.indentedBlockAfter(p, a, "'case' statement");
        }
        p.mark = start;
    }

    // invalid_as_pattern:
    //     | or_pattern 'as' a="_" -> "cannot use '_' as a target"
    //     | or_pattern 'as' !NAME a=expression -> "invalid pattern target"
    static void invalidAsPattern(PegParser p) {
        int start = p.mark;
        if (Patterns.orPattern(p) != null && p.keyword("as") != null) {
            Token a = p.keyword("_");
            if (a != null) throw Errors.knownLocation(p, a.location(), Messages.UNDERSCORE_TARGET);
            if (!p.at(NAME)) {
                Expr e = Expressions.expression(p);
                if (e != null) throw Errors.knownLocation(p, e.location(), Messages.INVALID_PATTERN_TARGET);
            }
        }
        p.mark = start;
    }

    // invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern
    // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns
    static void invalidClassPattern(PegParser p) {
        int start = p.mark;
        if (ValuePatterns.nameOrAttr(p) != null && p.expect(LPAR) != null) {
            int inside = p.mark;
            if (p.gather(() -> Patterns.pattern(p)) == null || p.expect(COMMA) == null) p.mark = inside;
            if (p.gather(() -> Patterns.keywordPattern(p)) != null && p.expect(COMMA) != null) {
                List<Pattern> a = p.gather(() -> Patterns.pattern(p));
                if (a != null) throw Errors.knownRange(p, a.get(0).location(), a.get(a.size() - 1).location(),
                        Messages.POSITIONAL_AFTER_KEYWORD_PATTERNS);
            }
        }
        p.mark = start;
    }
}
