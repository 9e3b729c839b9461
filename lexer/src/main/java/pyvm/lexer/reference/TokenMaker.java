package pyvm.lexer.reference;

import pyvm.lexer.Location;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;

/**
 * Makes the tokens {@code tokenize} sees, as {@code tokenizeriter_next} of Python/Python-tokenize.c
 * makes them from what the lexer found, with {@code extra_tokens} on: the lexer gives a type and a
 * span of the buffer, and this adds the line and the position, and the adjustments that make the C
 * tokenizer's output match the old pure-Python tokenize.
 *
 * <ul>
 *   <li>A STRING or FSTRING_MIDDLE starts on the line where the string started, and its
 *       {@code line} runs from that line to the current one; every other token is on the current line.
 *   <li>NEWLINE's text is the newline as written ({@code \r\n} or {@code \n}), or empty when the
 *       tokenizer added it at the end of the file (or a lone {@code \r} that preceded it there),
 *       and it always ends one column after it starts.
 *   <li>An NL the tokenizer added has empty text too.
 *   <li>The DEDENTs at the end of the file and the ENDMARKER stand at column 0 of the line after
 *       the last, with an empty {@code line}.
 * </ul>
 * Columns stay in UTF-8 bytes here; {@link Token#toTokenizeLine(boolean)} turns them into characters.
 */
final class TokenMaker {

    private final TokState tok;
    private int cachedFrom = -1;
    private int cachedTo = -1;
    private String cachedLine;

    TokenMaker(TokState tok) {
        this.tok = tok;
    }

    /** {@code MAKE_TOKEN(type)} with {@code p_start}, {@code p_end}, then tokenizeriter_next. */
    Token make(TokenType type, int pStart, int pEnd) {
        String string = pStart < 0 || pEnd < 0 ? "" : tokenString(pStart, pEnd);
        boolean stringLiteral = type == TokenType.STRING || type == TokenType.FSTRING_MIDDLE;
        boolean trailing = type == TokenType.ENDMARKER || (type == TokenType.DEDENT && tok.atEof);
        int lineStart = stringLiteral ? tok.multiLineStart : tok.lineStart;
        int lineno = stringLiteral ? tok.firstLineno : tok.lineno;
        int endLineno = tok.lineno;
        int col = pStart >= 0 && pStart >= lineStart ? pStart - lineStart : -1;
        int endCol = pEnd >= 0 && pEnd >= tok.lineStart ? pEnd - tok.lineStart : -1;
        String line;
        if (trailing) {
            line = "";
            lineno = endLineno = lineno + 1;
            col = endCol = 0;
        } else {
            line = line(lineStart);
        }
        if (type == TokenType.NEWLINE) {
            // The newline as written. For one the tokenizer added, CPython 3.13.0 means to give "",
            // but keeps the lexer's own text, which is empty unless a carriage return preceded it.
            if (!tok.implicitNewline) string = tok.text[tok.start] == '\r' ? "\r\n" : "\n";
            endCol++;
        } else if (type == TokenType.NL && tok.implicitNewline) {
            string = "";
        }
        Token token = new Token(type, string, new Location(lineno, col, endLineno, endCol), line);
        if (type == TokenType.STRING) LiteralDecoding.string(tok, token.location(), pStart, pEnd);
        if (type == TokenType.FSTRING_MIDDLE) LiteralDecoding.fstringMiddle(tok, pStart, pEnd);
        return token;
    }

    /** The line(s) from {@code from} to the end of the buffer, without a newline the tokenizer added. */
    private String line(int from) {
        int to = tok.inp - (tok.implicitNewline && tok.inp > from ? 1 : 0);
        if (from != cachedFrom || to != cachedTo) {
            cachedFrom = from;
            cachedTo = to;
            cachedLine = tok.decode(from, to);
        }
        return cachedLine;
    }

    /**
     * The token's text, decoded strictly as {@code PyUnicode_FromStringAndSize} does. Where the
     * buffer is valid UTF-8, that fails only where a token ends inside a character, which a stray
     * carriage return can make the lexer do. CPython's tokenize then dies with a UnicodeDecodeError;
     * this lexer reports that error's text as a SyntaxError at the token, the only error it may raise.
     * Where the string tokenizer reads bytes that are not UTF-8, the compiler decodes only names and
     * literals, which are checked where they are read; any other text is decoded with replacement.
     */
    private String tokenString(int from, int to) {
        if (to < from) throw new IllegalStateException("token ends before it starts");
        if (tok.utf8 && to < tok.text.length && (tok.text[to] & 0xC0) == 0x80) {
            tok.cur = to;
            throw tok.syntaxError(Utf8Replace.decodeError(tok.text, from, to));
        }
        return tok.decode(from, to);
    }
}
