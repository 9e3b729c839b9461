package declaring.lexer;

import java.util.List;
import pyvm.lexer.Lexer;
import pyvm.lexer.Token;

/** Harmless code; its descriptor is what the grader refuses. */
public final class DeclaringLexer implements Lexer {
    @Override public String name() { return "declaring"; }

    @Override public List<Token> tokenize(byte[] source, String filename, Mode mode) {
        return List.of();
    }
}
