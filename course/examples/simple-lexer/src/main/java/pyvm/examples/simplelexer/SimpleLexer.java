package pyvm.examples.simplelexer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import pyvm.lexer.Lexer;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;

/**
 * A lexer for ASCII source without brackets spanning lines, string prefixes, triple quotes, tabs or
 * backslash continuations: enough for the walking-skeleton slice, and short enough to read in one
 * sitting. Whatever it does not handle it rejects with a SyntaxError that says so.
 */
public final class SimpleLexer implements Lexer {
    public static final String NAME = "simple";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Token> tokenize(byte[] source, String filename, Mode mode) {
        String text = new String(source, StandardCharsets.US_ASCII);
        List<Token> tokens = new ArrayList<>();
        tokens.add(new Token(TokenType.ENCODING, "utf-8", new Location(0, 0, 0, 0), ""));
        Deque<Integer> indents = new ArrayDeque<>(List.of(0));
        String[] lines = text.split("(?<=\n)");
        int lineno = 0;
        for (String line : lines) {
            lineno++;
            if (line.isEmpty()) continue;
            for (int i = 0; i < line.length(); i++)
                if (line.charAt(i) > 0x7e || line.charAt(i) == '\t' || line.charAt(i) == '\r')
                    throw unsupported("a character outside printable ASCII", filename, lineno, i, line);
            if (!line.endsWith("\n")) line = line + "\n";
            int col = 0;
            while (line.charAt(col) == ' ') col++;
            char first = line.charAt(col);
            if (first == '\n' || first == '#') {           // a blank or comment-only line: no INDENT, an NL
                if (first == '#') col = comment(tokens, line, lineno, col);
                tokens.add(token(TokenType.NL, "\n", lineno, col, line));
                continue;
            }
            indent(tokens, indents, col, line, lineno, filename);
            scanLine(tokens, line, lineno, col, filename);
        }
        int end = lineno + 1;
        while (indents.size() > 1) {
            indents.pop();
            tokens.add(new Token(TokenType.DEDENT, "", new Location(end, 0, end, 0), ""));
        }
        tokens.add(new Token(TokenType.ENDMARKER, "", new Location(end, 0, end, 0), ""));
        return tokens;
    }

    /** Emits INDENT or DEDENTs when a logical line starts at another column than the one before. */
    private static void indent(List<Token> tokens, Deque<Integer> indents, int col, String line, int lineno, String filename) {
        if (col > indents.peek()) {
            indents.push(col);
            tokens.add(token(TokenType.INDENT, line.substring(0, col), lineno, 0, line));
        }
        while (col < indents.peek()) {
            indents.pop();
            tokens.add(new Token(TokenType.DEDENT, "", new Location(lineno, col, lineno, col), line));
        }
        if (col != indents.peek())
            throw new PySyntaxError(PySyntaxError.Type.IndentationError,
                    "unindent does not match any outer indentation level", filename, lineno, col + 1, lineno, col + 1, line);
    }

    private static void scanLine(List<Token> tokens, String line, int lineno, int col, String filename) {
        while (true) {
            char c = line.charAt(col);
            if (c == ' ') {
                col++;
            } else if (c == '\n') {
                tokens.add(token(TokenType.NEWLINE, "\n", lineno, col, line));
                return;
            } else if (c == '#') {
                col = comment(tokens, line, lineno, col);
            } else if (Character.isLetter(c) || c == '_') {
                col = word(tokens, line, lineno, col, TokenType.NAME, ch -> Character.isLetterOrDigit(ch) || ch == '_');
            } else if (Character.isDigit(c)) {
                col = word(tokens, line, lineno, col, TokenType.NUMBER, Character::isDigit);
            } else if (c == '"' || c == '\'') {
                int end = line.indexOf(c, col + 1);
                if (end < 0 || line.substring(col, end).contains("\\"))
                    throw unsupported("this string literal", filename, lineno, col, line);
                tokens.add(token(TokenType.STRING, line.substring(col, end + 1), lineno, col, line));
                col = end + 1;
            } else {
                col = operator(tokens, line, lineno, col, filename);
            }
        }
    }

    private static int comment(List<Token> tokens, String line, int lineno, int col) {
        String text = line.substring(col, line.length() - 1);
        tokens.add(token(TokenType.COMMENT, text, lineno, col, line));
        return col + text.length();
    }

    private static int word(List<Token> tokens, String line, int lineno, int col, TokenType type,
                            java.util.function.IntPredicate part) {
        int end = col;
        while (part.test(line.charAt(end))) end++;
        tokens.add(token(type, line.substring(col, end), lineno, col, line));
        return end;
    }

    /** The longest operator of Lib/token.py that starts here: three characters, then two, then one. */
    private static int operator(List<Token> tokens, String line, int lineno, int col, String filename) {
        for (int length = 3; length >= 1; length--) {
            if (col + length > line.length()) continue;
            TokenType type = TokenType.ofOperator(line.substring(col, col + length));
            if (type != null) {
                if (type == TokenType.LPAR || type == TokenType.LSQB || type == TokenType.LBRACE) {
                    // Brackets may span lines in Python; this lexer only checks that they close on the line.
                    if (!balanced(line.substring(col)))
                        throw unsupported("a bracket that does not close on its line", filename, lineno, col, line);
                }
                tokens.add(token(type, type.operator(), lineno, col, line));
                return col + length;
            }
        }
        throw unsupported("the character " + line.charAt(col), filename, lineno, col, line);
    }

    private static boolean balanced(String rest) {
        int depth = 0;
        for (char c : rest.toCharArray()) {
            if ("([{".indexOf(c) >= 0) depth++;
            if (")]}".indexOf(c) >= 0 && --depth == 0) return true;
        }
        return false;
    }

    private static Token token(TokenType type, String string, int lineno, int col, String line) {
        return new Token(type, string, new Location(lineno, col, lineno, col + string.length()), line);
    }

    private static PySyntaxError unsupported(String what, String filename, int lineno, int col, String line) {
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, "the simple lexer does not handle " + what,
                filename, lineno, col + 1, lineno, col + 2, line);
    }
}
