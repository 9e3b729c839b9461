package pyvm.parser;

import java.util.List;
import pyvm.lexer.Token;

/** The parser stage's service: turns a file's tokens into a module AST, as CPython's parser does. */
public interface Parser {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * @param tokens   a whole file's tokens, as a {@link pyvm.lexer.Lexer} gives them (ENCODING first)
     * @param filename the name errors report; never null
     * @return the module, never null
     * @throws pyvm.lexer.PySyntaxError where CPython raises SyntaxError or a subclass; nothing else escapes
     */
    Mod.Module parse(List<Token> tokens, String filename);
}
