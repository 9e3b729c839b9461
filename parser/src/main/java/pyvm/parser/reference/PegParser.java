package pyvm.parser.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;

/**
 * The state of one parsing pass, and the primitives every grammar rule is built from. Mirrors
 * {@code struct Parser} of Parser/pegen.h with the helpers of Parser/pegen.c: the token array and the
 * {@code mark} into it, the memo cache hanging off each token, the {@code level} that guards against
 * source too deeply nested, and {@code call_invalid_rules}, which turns on the {@code invalid_*} rules
 * in the second pass.
 *
 * <p>The rules themselves are static methods in the classes of this package, named after the rules of
 * Grammar/python.gram, each taking this state as {@code p}, as the C functions of Parser/parser.c do.
 * A rule that does not match returns null and leaves {@code mark} where it found it; a rule that
 * finds an error it can name throws {@link PySyntaxError}, which ends the parse.
 *
 * <p>{@code fill} plays the part of CPython's count of tokens fetched from the tokenizer: CPython
 * reads tokens lazily, and a generic "invalid syntax" points at the furthest token any rule looked at.
 */
final class PegParser {

    /** Parser/parser.c's MAXSTACK: rules nested deeper than this overflow the parser's stack. */
    static final int MAXSTACK = 6000;

    /** The hard keywords of 3.13's {@code keyword.kwlist}: they are NAME tokens the NAME rule refuses. */
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    /** The memoized rules, the ones python.gram marks {@code (memo)}. */
    enum Rule {
        SIMPLE_STMT, BLOCK, EXPRESSION, STAR_EXPRESSION, DISJUNCTION, CONJUNCTION, INVERSION, FACTOR,
        AWAIT_PRIMARY, STRINGS, ARGUMENTS, STAR_TARGET, TARGET_WITH_STAR_ATOM, DEL_TARGET, T_PRIMARY,
        CLOSED_PATTERN, STAR_PATTERN, TYPE_PARAM, INVALID_NAMED_EXPRESSION, IMPORT_STMT
    }

    /** One memo entry: what {@code rule} gave at a token, and where it left the mark. */
    private record Memo(Rule rule, Object node, int end, Memo next) {}

    final List<Token> tokens;
    /** The error the tokenizer stopped at after {@link #tokens}, or null where it read the whole file. */
    private final PySyntaxError tokenizerError;
    final String filename;
    final SourceLines source;
    /** Whether the {@code invalid_*} rules run: in the second pass, except under expression_without_invalid. */
    boolean callInvalidRules;
    int mark;
    int fill;
    private int level;
    private final Memo[] memo;
    private int[] levels;

    PegParser(List<Token> tokens, PySyntaxError tokenizerError, String filename, SourceLines source, boolean callInvalidRules) {
        this.tokens = tokens;
        this.tokenizerError = tokenizerError;
        this.filename = filename;
        this.source = source;
        this.callInvalidRules = callInvalidRules;
        this.memo = new Memo[tokens.size() + 1];
    }

    // ---------------------------------------------------------------- tokens

    /**
     * {@return the token at the mark, without consuming it} Looking at it counts as fetching it; the
     * token after those the tokenizer gave before its error is that error (_PyPegen_fill_token).
     */
    Token peek() {
        if (mark >= fill) {
            if (mark >= tokens.size() && tokenizerError != null) throw tokenizerError;
            fill = Math.min(mark + 1, tokens.size());
        }
        return tokens.get(Math.min(mark, tokens.size() - 1));
    }

    /** {@return the token {@code ahead} places after the mark, without consuming anything} */
    Token peek(int ahead) {
        int saved = mark;
        mark += ahead;
        Token t = peek();
        mark = saved;
        return t;
    }

    /** {@return the token just consumed} */
    Token last() {
        return tokens.get(mark - 1);
    }

    boolean at(TokenType type) {
        return peek().type() == type;
    }

    boolean atKeyword(String keyword) {
        Token t = peek();
        return t.type() == TokenType.NAME && t.string().equals(keyword);
    }

    /** {@return the next token if it has this type, consuming it; else null} (_PyPegen_expect_token) */
    Token expect(TokenType type) {
        Token t = peek();
        if (t.type() != type) return null;
        mark++;
        return t;
    }

    /** {@return the next token if it is this keyword or soft keyword, consuming it; else null} */
    Token keyword(String keyword) {
        if (!atKeyword(keyword)) return null;
        mark++;
        return last();
    }

    /** The NAME rule: a NAME token that is not a hard keyword, as a Name node (_PyPegen_name_token). */
    Expr.Name name() {
        Token t = peek();
        if (t.type() != TokenType.NAME || KEYWORDS.contains(t.string())) return null;
        mark++;
        return new Expr.Name(identifier(t.string()), ExprContext.Load, t.location());
    }

    /** The NUMBER rule's token, or null. */
    Token number() {
        return expect(TokenType.NUMBER);
    }

    /**
     * {@return an identifier as CPython stores it} Non-ASCII identifiers are NFKC-normalized, as
     * _PyPegen_new_identifier does, so {@code ℌ} and {@code H} are the same name.
     */
    static String identifier(String name) {
        for (int i = 0; i < name.length(); i++)
            if (name.charAt(i) >= 0x80) return Normalizer.normalize(name, Normalizer.Form.NFKC);
        return name;
    }

    /**
     * {@return how deep in brackets the token at {@code index} is, counted after the token itself}
     * The C tokenizer records this with each token; invalid_expression asks it.
     */
    int levelOf(int index) {
        if (levels == null) {
            levels = new int[tokens.size()];
            int level = 0;
            for (int i = 0; i < tokens.size(); i++) {
                switch (tokens.get(i).type()) {
                    case LPAR, LSQB, LBRACE -> level++;
                    case RPAR, RSQB, RBRACE -> level = Math.max(0, level - 1);
                    default -> { }
                }
                levels[i] = level;
            }
        }
        return levels[index];
    }

    // ---------------------------------------------------------------- PEG operators

    /** {@code &e}: whether {@code rule} matches here; never moves the mark. */
    boolean lookahead(Supplier<?> rule) {
        int saved = mark;
        Object result = rule.get();
        mark = saved;
        return result != null;
    }

    /** {@code ','.e+}: one or more {@code element}s separated by commas, without a trailing comma. */
    <T> List<T> gather(Supplier<T> element) {
        return gather(TokenType.COMMA, element);
    }

    /** {@code s.e+}: one or more {@code element}s separated by {@code separator} tokens. */
    <T> List<T> gather(TokenType separator, Supplier<T> element) {
        T first = element.get();
        if (first == null) return null;
        List<T> items = new ArrayList<>();
        items.add(first);
        while (true) {
            int saved = mark;
            if (expect(separator) == null) break;
            T next = element.get();
            if (next == null) {
                mark = saved;
                break;
            }
            items.add(next);
        }
        return items;
    }

    /** {@code e*}: as many {@code element}s as match, possibly none. */
    <T> List<T> repeat(Supplier<T> element) {
        List<T> items = new ArrayList<>();
        for (T item = element.get(); item != null; item = element.get()) items.add(item);
        return items;
    }

    /** Runs a rule python.gram marks {@code (memo)}: its result at each token is computed once. */
    @SuppressWarnings("unchecked")
    <T> T memo(Rule rule, Supplier<T> body) {
        int start = mark;
        for (Memo m = memo[start]; m != null; m = m.next)
            if (m.rule == rule) {
                mark = m.end;
                return (T) m.node;
            }
        enter();
        try {
            T result = body.get();
            if (result == null) mark = start;
            memo[start] = new Memo(rule, result, mark, memo[start]);
            return result;
        } finally {
            leave();
        }
    }

    /** Counts one more nested rule; like CPython, overflows at {@link #MAXSTACK}. */
    void enter() {
        if (level++ == MAXSTACK) throw Errors.stackOverflow();
    }

    void leave() {
        level--;
    }

    // ---------------------------------------------------------------- positions

    /**
     * {@return the span of a rule that started at token {@code start} and ends at the last token
     * consumed} That is CPython's EXTRA: its end skips the NEWLINE, INDENT and DEDENT tokens a block
     * leaves behind (_PyPegen_get_last_nonnwhitespace_token).
     */
    Location locFrom(int start) {
        return Location.span(tokens.get(start).location(), lastNonWhitespaceToken().location());
    }

    private Token lastNonWhitespaceToken() {
        Token token = null;
        for (int m = mark - 1; m >= 0; m--) {
            token = tokens.get(m);
            TokenType t = token.type();
            if (t != TokenType.ENDMARKER && t != TokenType.NEWLINE && t != TokenType.INDENT && t != TokenType.DEDENT)
                break;
        }
        return token;
    }
}
