/**
 * The parser's contract: the AST of CPython 3.13's {@code ast} module, one Java type per ASDL type of
 * Parser/Python.asdl ({@link pyvm.parser.Mod}, {@link pyvm.parser.Stmt}, {@link pyvm.parser.Expr}, ...),
 * the constants its {@code Constant} nodes hold ({@link pyvm.parser.ConstantValue}), the printed
 * forms of a tree ({@link pyvm.parser.Ast}: {@code ast.dump}, and the unparser the compiler uses for
 * postponed annotations), and the {@link pyvm.parser.Parser} service.
 */
package pyvm.parser;
