package pyvm.lexer.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Lexer;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.lexer.TokenStream;
import pyvm.lexer.TokenType;

/**
 * The reference lexer: CPython 3.13's tokenizer as {@code python3.13 -m tokenize} runs it, token
 * for token and error for error.
 *
 * <h2>A tour</h2>
 * <ol>
 *   <li>{@link SourceDecoder} finds the encoding (PEP 263: byte order mark, coding cookie, or UTF-8)
 *       and gives the lines as UTF-8 ({@link DecodedSource}); the ENCODING token names it.
 *   <li>{@link TokState} is C's {@code struct tok_state}: a buffer of lines read one at a time,
 *       read byte by byte with {@code nextc} and {@code backup}, and the state that spans tokens:
 *       indentation, bracket depth, the f-string mode stack.
 *   <li>Each call of {@link #next} reads one token, in the regular mode ({@link NormalMode}, with
 *       {@link Indentation}, {@link Numbers}, {@link Strings}, {@link Operators}) or inside an
 *       f-string's literal text ({@link FStrings}), as {@code tok_get} in Parser/lexer/lexer.c does.
 *   <li>{@link TokenMaker} turns what was read into a {@link Token} with its line and position, as
 *       {@code tokenizeriter_next} of Python/Python-tokenize.c does for tokenize.
 * </ol>
 * Errors are raised where CPython finds them, with CPython's messages ({@link Messages}) and
 * positions. The code follows CPython's C closely, in Java's shapes; where it keeps one of C's
 * oddities (a carriage return not before a newline), a comment says so.
 *
 * <h2>The compiler's modes</h2>
 * {@link Mode#COMPILE} gives the same tokens and raises what {@code python3.13 FILE} raises
 * before its parser has a say: the checks lexer.c makes only without tokenize's extra tokens
 * ({@link CompilerChecks}: names, the ends of numbers, leading zeros, brackets that do not match),
 * the parser's wording and positions for the tokenizer's {@link Done} codes ({@link CompilerErrors}:
 * "'(' was never closed", "unexpected EOF while parsing"), and the file tokenizer's rules for
 * encodings ({@link SourceDecoder}: "Non-UTF-8 code starting with ...", "encoding problem: ...").
 * For the parser, {@link #tokenStream} gives the tokens before the first error with the error, and
 * ranks it as CPython ranks a tokenizer error the parser has not reached ({@link #precedence}): C's
 * {@code tok->done} ({@link TokState#stoppedWith}) tells an error the tokenizer raised from a code
 * only the parser makes an error of.
 *
 * <p>{@link Mode#COMPILE_STRING} gives the same tokens too (but for the columns after a comment
 * that is not UTF-8), and reads bytes as {@code compile()} does, with the string tokenizer: {@link SourceDecoder} checks what its {@code decode_str} checks,
 * all before the first token; the text keeps bytes that are not UTF-8 as they are, and the names
 * and string literals made of them are refused as the parser refuses them
 * ({@link CompilerChecks#verifyIdentifier}, {@link LiteralDecoding}: "(unicode error) ..."); and
 * the parser's errors count from the string tokenizer's buffer ({@link TokState#parserBuf()}).
 *
 * <p>Both depart from CPython where the C tokenizer sees other bytes than tokenize does: a carriage
 * return alone, which the compiler reads as a newline; and, in {@link Mode#COMPILE}, a file
 * declared UTF-8 (a byte order mark or a cookie) that is not, whose bad bytes are replaced here
 * where CPython reports "(unicode error)" at a name or string.
 */
public final class ReferenceLexer implements Lexer {

    public static final String NAME = "reference";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Token> tokenize(byte[] source, String filename, Mode mode) {
        return tokenStream(source, filename, mode).orThrow();
    }

    /**
     * The tokens up to the first error, and the error. A literal's {@link TokState#decodeError}, which
     * CPython's parser raises only when it builds the literal, is raised here before the first token:
     * the error the tokenizer stops at after it already stands for what CPython's check of the rest
     * of the file gives ({@link TokState#afterDecodeError}).
     */
    @Override
    public TokenStream tokenStream(byte[] source, String filename, Mode mode) {
        try {
            DecodedSource decoded = SourceDecoder.decode(source, filename, mode);
            TokState tok = new TokState(decoded, filename, mode);
            TokenMaker maker = new TokenMaker(tok);
            List<Token> tokens = new ArrayList<>();
            tokens.add(new Token(TokenType.ENCODING, decoded.encoding(), new Location(0, 0, 0, 0), ""));
            Token token;
            do {
                try {
                    token = next(tok, maker);
                } catch (PySyntaxError e) {
                    if (tok.decodeError != null) return TokenStream.failed(e);
                    return new TokenStream(tokens, e, precedence(tok));
                }
                tokens.add(token);
            } while (token.type() != TokenType.ENDMARKER);
            if (tok.decodeError != null) return TokenStream.failed(tok.decodeError);
            return TokenStream.of(tokens);
        } catch (PySyntaxError e) {
            return TokenStream.failed(e);   // the source cannot be decoded: no token at all
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("reference lexer bug on " + filename, e);
        }
    }

    /**
     * How the error the tokenizer just stopped at ranks against the parser's, as
     * {@code _PyPegen_tokenize_full_source_to_check_for_errors} ranks it: an error raised inside an
     * f-string never wins; outside one, an error the tokenizer raised itself always does, a bracket
     * never closed does when it opened before the parser's error, and the other {@link Done} codes never do.
     */
    private static TokenStream.Precedence precedence(TokState tok) {
        if (tok.insideFString()) return TokenStream.Precedence.YIELDS_TO_PARSER_ERROR;
        if (tok.stoppedWith == null) return TokenStream.Precedence.REPLACES_PARSER_ERROR;
        return tok.stoppedWith == Done.E_EOF && tok.level > 0
                ? TokenStream.Precedence.REPLACES_LATER_PARSER_ERROR
                : TokenStream.Precedence.YIELDS_TO_PARSER_ERROR;
    }

    /** {@code tok_get}: one token, in the mode on top of the mode stack. */
    private static Token next(TokState tok, TokenMaker maker) {
        TokenizerMode current = tok.mode();
        return switch (current.kind) {
            case REGULAR -> NormalMode.get(tok, maker, current);
            case FSTRING -> FStrings.get(tok, maker, current);
        };
    }
}
