/**
 * The reference symtable, a port of CPython 3.13's Python/symtable.c; start the tour at
 * {@link pyvm.symtable.reference.ReferenceSymtable}. Not exported: other stages see only the
 * contract in {@link pyvm.symtable}, and a student's symtable cannot reach this one.
 */
package pyvm.symtable.reference;
