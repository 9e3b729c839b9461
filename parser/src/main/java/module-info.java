/**
 * The parser stage: tokens to an AST with the node types of Lib/ast.py (CPython: Parser/parser.c,
 * Parser/action_helpers.c). Its printed form is that of {@code python3.13 -m ast -a}.
 *
 * @provides pyvm.parser.Parser "reference", the implementation read in class
 */
module pyvm.parser {
    requires transitive pyvm.lexer;          // Token and PySyntaxError appear in Parser's signature
    exports pyvm.parser;
    provides pyvm.parser.Parser with pyvm.parser.reference.ReferenceParser;
}
