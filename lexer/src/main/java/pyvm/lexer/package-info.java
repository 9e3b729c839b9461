/**
 * The lexer's contract: {@link pyvm.lexer.Token}s of a {@link pyvm.lexer.TokenType}, each at a
 * {@link pyvm.lexer.Location}, produced by a {@link pyvm.lexer.Lexer}; invalid input raises
 * {@link pyvm.lexer.PySyntaxError}. For the parser, a {@link pyvm.lexer.TokenStream} holds the
 * tokens before an error with the error, which the parser raises when it reaches it. Location and PySyntaxError are shared by every later stage,
 * because CPython's positions and SyntaxError start here.
 *
 * <p>The printed forms CPython defines for this data live here too, so that every lexer prints
 * alike: {@link pyvm.lexer.Token#toTokenizeLine(boolean)} is one line of
 * {@code python3.13 -m tokenize}, {@link pyvm.lexer.Tokenize} is that command's whole output and
 * its error line (Lib/tokenize.py's {@code main}), and {@link pyvm.lexer.PyRepr} is Python's
 * {@code repr} of a str, which tokenize prints token strings with and dis prints constants with.
 */
package pyvm.lexer;
