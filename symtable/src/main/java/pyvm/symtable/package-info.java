/**
 * The symtable stage's contract: the tree of {@link pyvm.symtable.SymbolTable}s that
 * Python/symtable.c builds for a module, each name a {@link pyvm.symtable.Symbol} with its
 * {@link pyvm.symtable.Flag}s and {@link pyvm.symtable.Scope}, and the {@link pyvm.symtable.Symtable}
 * service that builds it. The printed form is {@link pyvm.symtable.SymbolTable#listing(String)}, the
 * output of {@code python3.13 -m symtable FILE}; the vocabulary is that of Lib/symtable.py and
 * Include/internal/pycore_symtable.h.
 */
package pyvm.symtable;
