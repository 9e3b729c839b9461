/**
 * The symtable stage: a module's AST to its tree of symbol tables, each name with its flags and scope
 * (CPython: Python/symtable.c). Its printed form is that of {@code python3.13 -m symtable}.
 *
 * @provides pyvm.symtable.Symtable "reference", the implementation read in class
 */
module pyvm.symtable {
    requires transitive pyvm.parser;         // Mod appears in Symtable's signature
    exports pyvm.symtable;
    provides pyvm.symtable.Symtable with pyvm.symtable.reference.ReferenceSymtable;
}
