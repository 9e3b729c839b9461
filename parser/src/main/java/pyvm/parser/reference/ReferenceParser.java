package pyvm.parser.reference;

import java.util.List;
import pyvm.lexer.Token;
import pyvm.parser.Mod;
import pyvm.parser.Parser;

/** Placeholder until the reference parser lands; see the parser issue. */
public final class ReferenceParser implements Parser {
    public static final String NAME = "reference";

    @Override public String name() { return NAME; }

    @Override public Mod.Module parse(List<Token> tokens, String filename) {
        throw new IllegalStateException("not written yet");
    }
}
