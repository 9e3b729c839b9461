package pyvm.lexer.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import pyvm.lexer.Lexer;
import pyvm.lexer.TokenStream;
import pyvm.lexer.TokenType;

/**
 * What the reference lexer gives the parser: the tokens before its first error, the error, and how
 * that error ranks against the parser's (_PyPegen_tokenize_full_source_to_check_for_errors).
 */
class ReferenceLexerTokenStreamTest {

    private static final Lexer LEXER = new ReferenceLexer();

    private static TokenStream stream(String source) {
        return LEXER.tokenStream(source.getBytes(StandardCharsets.UTF_8), "t.py", Lexer.Mode.COMPILE_STRING);
    }

    @Test
    void aWholeFileHasNoError() {
        TokenStream s = stream("x = 1\n");
        assertNull(s.error());
        assertEquals(TokenType.ENDMARKER, s.tokens().get(s.tokens().size() - 1).type());
    }

    @Test
    void theTokensBeforeAnErrorComeWithIt() {
        TokenStream s = stream("x = 1\ny = 'abc\n");
        assertEquals("unterminated string literal (detected at line 2)", s.error().message());
        assertEquals("=", s.tokens().get(s.tokens().size() - 1).string());
    }

    @Test
    void anErrorTheTokenizerRaisesReplacesTheParsers() {
        assertEquals(TokenStream.Precedence.REPLACES_PARSER_ERROR, stream("print 1\n'abc\n").precedence());
    }

    @Test
    void aBracketNeverClosedReplacesOnlyALaterParserError() {
        assertEquals(TokenStream.Precedence.REPLACES_LATER_PARSER_ERROR, stream("x = (\n1 2\n").precedence());
    }

    @Test
    void theCodesOnlyTheParserRaisesYieldToItsErrors() {
        assertEquals(TokenStream.Precedence.YIELDS_TO_PARSER_ERROR, stream("if x:\n    y\n  z\n").precedence());
        assertEquals(TokenStream.Precedence.YIELDS_TO_PARSER_ERROR, stream("x = 1 \\ 2\n").precedence());
    }

    @Test
    void anErrorInsideAnFStringYieldsToTheParsers() {
        assertEquals(TokenStream.Precedence.YIELDS_TO_PARSER_ERROR, stream("x y\nf\"{x\n").precedence());
    }

    @Test
    void anUndecodableFileStopsBeforeTheFirstToken() {
        TokenStream s = LEXER.tokenStream("# coding: nonsense\n".getBytes(StandardCharsets.UTF_8), "t.py", Lexer.Mode.COMPILE_STRING);
        assertEquals(0, s.tokens().size());
        assertEquals(TokenStream.Precedence.REPLACES_PARSER_ERROR, s.precedence());
    }
}
