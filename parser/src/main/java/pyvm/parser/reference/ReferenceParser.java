package pyvm.parser.reference;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.lexer.TokenStream;
import pyvm.lexer.TokenType;
import pyvm.parser.Mod;
import pyvm.parser.Parser;
import pyvm.parser.Stmt;

/**
 * The reference parser: a hand-written PEG parser for the grammar of CPython 3.13, read in class.
 *
 * <h2>A tour</h2>
 * CPython generates Parser/parser.c from Grammar/python.gram: one C function per rule, each trying
 * its alternatives in order, backtracking by resetting a mark into the token array, and caching
 * ("memoizing") the result of some rules at each token. This parser is that, written by hand: each
 * rule is a static method named after it, with the rule quoted above it, in the class for its part
 * of the grammar —
 * <ul>
 *   <li>{@link Statements}, {@link CompoundStatements}, {@link Definitions}, {@link Imports}: statements;
 *   <li>{@link Expressions}, {@link Primaries}, {@link Atoms}, {@link Strings}, {@link CallArguments}:
 *       expressions;
 *   <li>{@link Targets}: what can be assigned to or deleted;
 *   <li>{@link Parameters}: the parameters of {@code def} and {@code lambda};
 *   <li>{@link Patterns}, {@link ValuePatterns}: the patterns of {@code match};
 *   <li>{@link Literals}: the values of number and string tokens.
 * </ul>
 * {@link PegParser} holds the state a pass works on, and the PEG primitives. Left-recursive rules
 * ({@code sum: sum '+' term | term}) are loops here, building the same left-leaning trees. The
 * tokens it reads are the lexer's, adjusted by {@link ParserTokens} to what the C tokenizer gives
 * CPython's parser; {@link SourceLines} keeps the source text that errors quote.
 *
 * <h2>Two passes</h2>
 * As in _PyPegen_run_parser (Parser/pegen.c), a first pass tries the grammar proper. Only when it
 * fails does a second pass run, with the {@code invalid_*} rules switched on ({@link InvalidExpressions}
 * and its siblings): rules that match known mistakes and raise CPython's specialised messages, all
 * kept in {@link Messages}, at the positions {@link Errors} works out as pegen.h's macros do.
 * When none of them matches, the error is the plain "invalid syntax" at the furthest token the first
 * pass looked at ({@link #syntaxError}).
 *
 * <h2>The tokenizer's errors</h2>
 * CPython's parser reads its tokens one at a time; here they come from the lexer as a
 * {@link TokenStream}: the tokens before the tokenizer's first error, and that error, which
 * {@link PegParser#peek} raises when the parser asks for the token after them. A parser error met
 * before that may still give way to the tokenizer's error, as {@link #checkRestOfFile} says.
 *
 * <h2>Departures from CPython</h2>
 * Type comments are parsed, as {@code python -m ast} asks for them
 * ({@code type_comments=True}); {@code compile()} leaves them out, and so accepts a type comment in
 * a place the grammar has none for.
 */
public final class ReferenceParser implements Parser {

    /** The name this implementation is selected by. */
    public static final String NAME = "reference";

    /** Deep enough for {@link PegParser#MAXSTACK} nested rules of the deepest kind. */
    private static final long STACK_BYTES = 256L << 20;

    /** Creates the parser; it keeps no state between calls. */
    public ReferenceParser() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Mod.Module parse(TokenStream stream, String filename) {
        ParserTokens seen = new ParserTokens(stream.tokens());
        SourceLines source = new SourceLines(stream.tokens());
        return onLargeStack(() -> run(seen, stream, filename, source));
    }

    /**
     * _PyPegen_run_parser: the first pass, and when it fails the second pass and the error. A
     * tokenizer error either pass reaches ends the parse at once; a parser error may give way to a
     * tokenizer error further on ({@link #checkRestOfFile}).
     */
    private static Mod.Module run(ParserTokens tokens, TokenStream stream, String filename, SourceLines source) {
        PegParser first = new PegParser(tokens.tokens, stream.error(), filename, source, false);
        PegParser second = null;
        try {
            List<Stmt> body = file(first);
            if (body != null) return new Mod.Module(body, tokens.typeIgnores);
            // reset_parser_state_for_error_pass keeps the tokens fetched: errors raised at "the furthest
            // token" in the second pass count the first pass's tokens too.
            second = new PegParser(tokens.tokens, stream.error(), filename, source, true);
            second.fill = first.fill;
            file(second);
        } catch (PySyntaxError e) {
            throw checkRestOfFile(second != null ? second : first, stream, e);
        }
        throw syntaxError(second, stream, tokens.tokens.get(first.fill - 1));
    }

    // file: [statements] ENDMARKER
    private static List<Stmt> file(PegParser p) {
        List<Stmt> a = Statements.statements(p);
        if (p.expect(TokenType.ENDMARKER) == null) return null;
        return a == null ? List.of() : a;
    }

    /**
     * _PyPegen_set_syntax_error, when no rule raised anything more precise: an unexpected INDENT or
     * DEDENT is an IndentationError, anything else "invalid syntax" at the furthest token the first
     * pass fetched, unless the tokenizer finds an error further on.
     */
    private static PySyntaxError syntaxError(PegParser p, TokenStream stream, Token lastToken) {
        if (lastToken.type() == TokenType.INDENT) return Errors.indentation(p, Messages.UNEXPECTED_INDENT);
        if (lastToken.type() == TokenType.DEDENT) return Errors.indentation(p, Messages.UNEXPECTED_UNINDENT);
        return checkRestOfFile(p, stream, Errors.knownLocation(p, lastToken, Messages.INVALID_SYNTAX));
    }

    /**
     * _PyPegen_tokenize_full_source_to_check_for_errors: after a SyntaxError of the parser's, CPython
     * reads the rest of the file, and the tokenizer's error there takes its place as its precedence
     * says; "the parser's error's line" is that of the last token the parser fetched. The tokenizer's
     * own error, once reached, and the parser's MemoryError are no SyntaxErrors of the parser's.
     */
    private static PySyntaxError checkRestOfFile(PegParser p, TokenStream stream, PySyntaxError parserError) {
        PySyntaxError tokenizerError = stream.error();
        if (tokenizerError == null || parserError == tokenizerError || parserError.type() == PySyntaxError.Type.MemoryError)
            return parserError;
        return switch (stream.precedence()) {
            case REPLACES_PARSER_ERROR -> tokenizerError;
            case REPLACES_LATER_PARSER_ERROR ->
                    p.tokens.get(p.fill - 1).location().lineno() > tokenizerError.lineno() ? tokenizerError : parserError;
            case YIELDS_TO_PARSER_ERROR -> parserError;
        };
    }

    /**
     * Runs the parse on a thread of its own with a large stack, so that source nested as deeply as
     * CPython accepts parses, and deeper source meets {@link PegParser#MAXSTACK} rather than the
     * end of a small Java stack.
     */
    private static Mod.Module onLargeStack(Supplier<Mod.Module> work) {
        AtomicReference<Mod.Module> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "pyvm-parser", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t != null) throw new IllegalStateException("the parser failed", t);
        return result.get();
    }
}
