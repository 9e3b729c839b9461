package pyvm.parser;

/**
 * Any node of the AST: the counterpart of {@code ast.AST}. Every ASDL type of Parser/Python.asdl is
 * one of these: the sum types are sealed interfaces with a record per constructor, the product types
 * are records, and the sums whose constructors have no fields are enums.
 */
public sealed interface Node
        permits Mod, Stmt, Expr, ExprContext, Boolop, Operator, Unaryop, Cmpop, Comprehension,
                ExceptHandler, Arguments, Arg, Keyword, Alias, WithItem, MatchCase, Pattern,
                TypeIgnore, TypeParam {
}
