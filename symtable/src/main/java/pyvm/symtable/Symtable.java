package pyvm.symtable;

import pyvm.parser.Mod;

/** The symtable stage's service: builds the symbol tables of a module, as _PySymtable_Build does. */
public interface Symtable {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * @param module   the module's AST
     * @param filename the name errors report; never null
     * @return the module's table, the root of the tree; never null
     * @throws pyvm.lexer.PySyntaxError where CPython raises SyntaxError; nothing else escapes
     */
    SymbolTable build(Mod.Module module, String filename);
}
