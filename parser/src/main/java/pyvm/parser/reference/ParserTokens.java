package pyvm.parser.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pyvm.lexer.Location;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;
import pyvm.parser.TypeIgnore;

/**
 * The tokens as the C tokenizer hands them to CPython's parser, made from the tokens as
 * Lib/tokenize.py reports them (which is what the lexer stage gives). They differ in five ways:
 * <ul>
 *   <li>the parser never sees ENCODING, NL and COMMENT tokens;
 *   <li>with type comments on, as {@code python -m ast} parses, a comment {@code # type: ...} is a
 *       TYPE_COMMENT token, which the grammar allows after an assignment, a {@code for} or
 *       {@code with} header, a {@code def} header or a parameter, and a comment
 *       {@code # type: ignore...} is a TYPE_IGNORE, which the parser sets aside for
 *       {@code Module.type_ignores} (Parser/lexer/lexer.c, tok_get_normal_mode);
 *   <li>a type comment alone on its line ends with a NEWLINE, not an NL;
 *   <li>a NEWLINE after a comment starts where the comment starts: the C tokenizer skips the comment
 *       while reading the NEWLINE;
 *   <li>an FSTRING_MIDDLE that ends in a doubled brace ends after both braces, though its text holds
 *       one: tokenize measures the text, the C tokenizer the characters it read.
 * </ul>
 * The errors the C tokenizer raises and tokenize does not (a NAME that is no identifier, say) are
 * the lexer's, in its {@link pyvm.lexer.Lexer.Mode#COMPILE} mode.
 */
final class ParserTokens {

    /** The type comment prefix {@code "# type: "}, where each space stands for any run of blanks. */
    private static final Pattern TYPE_COMMENT = Pattern.compile("#[ \t]*type:[ \t]*");

    final List<Token> tokens = new ArrayList<>();
    final List<TypeIgnore> typeIgnores = new ArrayList<>();

    ParserTokens(List<Token> raw) {
        int level = 0;
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            switch (t.type()) {
                case ENCODING, NL -> { }
                case COMMENT -> {
                    Token typeComment = typeComment(t);
                    if (typeComment == null) {
                        boolean typeIgnore = TYPE_COMMENT.matcher(t.string()).lookingAt();
                        if (!typeIgnore && i + 1 < raw.size() && raw.get(i + 1).type() == TokenType.NEWLINE) {
                            Token nl = raw.get(++i);
                            tokens.add(new Token(TokenType.NEWLINE, nl.string(), Location.span(t.location(), nl.location()), nl.line()));
                        }
                        continue;
                    }
                    tokens.add(typeComment);
                    boolean alone = i == 0 || raw.get(i - 1).location().endLineno() < t.location().lineno();
                    if (alone && level == 0 && i + 1 < raw.size() && raw.get(i + 1).type() == TokenType.NL) {
                        Token nl = raw.get(i + 1);
                        tokens.add(new Token(TokenType.NEWLINE, nl.string(), nl.location(), nl.line()));
                        i++;
                    }
                }
                case FSTRING_MIDDLE -> tokens.add(widenDoubledBrace(t));
                default -> {
                    switch (t.type()) {
                        case LPAR, LSQB, LBRACE -> level++;
                        case RPAR, RSQB, RBRACE -> level = Math.max(0, level - 1);
                        default -> { }
                    }
                    tokens.add(t);
                }
            }
        }
    }

    /**
     * {@return the TYPE_COMMENT token a comment is, or null} A {@code # type: ignore} followed by
     * nothing, or by an ASCII character that is not a letter or digit, is a TYPE_IGNORE instead:
     * recorded with what follows {@code ignore} as its tag.
     */
    private Token typeComment(Token comment) {
        Matcher m = TYPE_COMMENT.matcher(comment.string());
        if (!m.lookingAt()) return null;
        String rest = comment.string().substring(m.end());
        if (rest.startsWith("ignore")) {
            char after = rest.length() > 6 ? rest.charAt(6) : ' ';
            if (after < 0x80 && !Character.isLetterOrDigit(after)) {
                typeIgnores.add(new TypeIgnore(comment.location().lineno(), rest.substring(6)));
                return null;
            }
        }
        Location l = comment.location();
        return new Token(TokenType.TYPE_COMMENT, rest,
                new Location(l.lineno(), l.colOffset() + m.end(), l.endLineno(), l.endColOffset()), comment.line());
    }

    private static Token widenDoubledBrace(Token t) {
        String s = t.string();
        if (s.isEmpty()) return t;
        char last = s.charAt(s.length() - 1);
        if (last != '{' && last != '}') return t;
        String[] lines = t.line().split("(?<=\n)");
        byte[] endLine = lines[lines.length - 1].getBytes(StandardCharsets.UTF_8);
        Location l = t.location();
        if (l.endColOffset() >= endLine.length || endLine[l.endColOffset()] != last) return t;
        return new Token(t.type(), s, new Location(l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset() + 1), t.line());
    }
}
