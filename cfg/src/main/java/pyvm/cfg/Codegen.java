package pyvm.cfg;

import pyvm.parser.Mod;
import pyvm.symtable.SymbolTable;

/**
 * The cfg stage's service: compiles a module to control-flow graphs, one {@link CodeUnit} per
 * function, class, lambda, comprehension and module body, optimized as flowgraph.c does.
 */
public interface Codegen {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * @param module   the module's AST
     * @param symbols  the module's symbol table, as the symtable stage built it
     * @param filename the name code objects and errors report; never null
     * @return the module's code unit; nested units are among its constants; never null
     * @throws pyvm.lexer.PySyntaxError where CPython's compiler raises SyntaxError; nothing else escapes
     */
    CodeUnit compile(Mod.Module module, SymbolTable symbols, String filename);
}
