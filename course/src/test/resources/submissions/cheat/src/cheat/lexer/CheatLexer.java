package cheat.lexer;

import java.util.List;
import java.util.ServiceLoader;
import pyvm.lexer.Lexer;
import pyvm.lexer.Token;

/** Adds the `uses` its descriptor lacks at run time, then asks ServiceLoader for the reference lexer. */
public final class CheatLexer implements Lexer {
    @Override public String name() { return "cheat"; }

    @Override public List<Token> tokenize(byte[] source, String filename, Mode mode) {
        getClass().getModule().addUses(Lexer.class);
        for (Lexer lexer : ServiceLoader.load(Lexer.class))
            if (lexer.name().equals("reference")) return lexer.tokenize(source, filename, mode);
        throw new IllegalStateException("no reference lexer found");
    }
}
