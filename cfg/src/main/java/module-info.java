/**
 * The cfg stage: a module's AST and symbol tables to one control-flow graph of basic blocks per code
 * unit (CPython: Python/compile.c's codegen, Python/ast_opt.c, Python/flowgraph.c). CPython has no
 * tool that prints these; pyvm prints them as a listing and as Graphviz DOT.
 *
 * @provides pyvm.cfg.Codegen "reference", the implementation read in class
 */
module pyvm.cfg {
    requires transitive pyvm.symtable;       // Mod and SymbolTable appear in Codegen's signature
    exports pyvm.cfg;
    provides pyvm.cfg.Codegen with pyvm.cfg.reference.ReferenceCodegen;
}
