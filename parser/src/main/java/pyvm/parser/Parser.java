package pyvm.parser;

import java.util.List;
import pyvm.lexer.Token;
import pyvm.lexer.TokenStream;

/** The parser stage's service: turns a file's tokens into a module AST, as CPython's parser does. */
public interface Parser {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * Parses the tokens a {@link pyvm.lexer.Lexer#tokenStream} gave. Where the tokenizer stopped at an
     * error, the parser raises that error when it needs the token after the last it has, as CPython's
     * parser does when it reads the tokenizer's ERRORTOKEN; a parser error it finds before that is
     * raised instead, unless the tokenizer's error takes its place as its
     * {@link pyvm.lexer.TokenStream.Precedence} says.
     *
     * @param tokens   a file's tokens (ENCODING first), and the tokenizer's error if it stopped at one
     * @param filename the name errors report; never null
     * @return the module, never null
     * @throws pyvm.lexer.PySyntaxError where CPython raises SyntaxError or a subclass, or MemoryError for
     *         source nested too deeply; nothing else escapes
     */
    Mod.Module parse(TokenStream tokens, String filename);

    /** Parses a whole file's tokens, as a {@link pyvm.lexer.Lexer#tokenize} gives them: {@code parse(TokenStream.of(tokens), filename)}. */
    default Mod.Module parse(List<Token> tokens, String filename) {
        return parse(TokenStream.of(tokens), filename);
    }
}
