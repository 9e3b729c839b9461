/**
 * The parser's contract: the AST of CPython 3.13's {@code ast} module, one Java type per ASDL type of
 * Parser/Python.asdl ({@link pyvm.parser.Mod}, {@link pyvm.parser.Stmt}, {@link pyvm.parser.Expr}, ...),
 * the constants its {@code Constant} nodes hold ({@link pyvm.parser.ConstantValue}), the printed
 * forms of a tree ({@link pyvm.parser.Ast}: {@code ast.dump}, and the unparser the compiler uses for
 * postponed annotations), and the {@link pyvm.parser.Parser} service.
 *
 * <p>It also holds what the later stages compute on values exactly as the running program does, so
 * that one piece of code serves them all: Python's {@code hash()} ({@link pyvm.parser.PyHash}) and
 * the set table whose layout decides the order a set iterates in ({@link pyvm.parser.SetTable}),
 * which the symtable, the compiler and the vm all show; and float floor division
 * ({@link pyvm.parser.FloatDivMod}), which the compiler folds and the vm computes.
 */
package pyvm.parser;
