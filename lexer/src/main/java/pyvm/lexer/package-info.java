/**
 * The lexer's contract: {@link pyvm.lexer.Token}s of a {@link pyvm.lexer.TokenType}, each at a
 * {@link pyvm.lexer.Location}, produced by a {@link pyvm.lexer.Lexer}; invalid input raises
 * {@link pyvm.lexer.PySyntaxError}. Location and PySyntaxError are shared by every later stage,
 * because CPython's positions and SyntaxError start here.
 */
package pyvm.lexer;
