package pyvm.symtable;

/**
 * The kind of block a symbol table describes: CPython's {@code _Py_block_ty} (Include/internal/
 * pycore_symtable.h), named as Lib/symtable.py's {@code SymbolTableType} names it. The listing prints
 * {@link #toString()}, which is the Python enum's value, as {@code f'{table.get_type()}'} does.
 */
public enum SymbolTableType {
    /** {@code ModuleBlock}: the module itself, named {@code top}. */
    MODULE("module"),
    /** {@code FunctionBlock}: a def, a lambda, or a comprehension's implicit function. */
    FUNCTION("function"),
    /** {@code ClassBlock}: a class body. */
    CLASS("class"),
    /**
     * {@code AnnotationBlock}: the annotations of a module, class or function under
     * {@code from __future__ import annotations}. 3.13 builds such blocks only to reject what an
     * annotation may not contain; it never links them into the tree, so no listing shows one.
     */
    ANNOTATION("annotation"),
    /** {@code TypeAliasBlock}: the lazily evaluated value of a {@code type} statement (PEP 695). */
    TYPE_ALIAS("type alias"),
    /** {@code TypeParametersBlock}: the annotation scope that holds a generic's type parameters. */
    TYPE_PARAMETERS("type parameters"),
    /** {@code TypeVariableBlock}: the lazily evaluated bound, constraints or default of a type parameter. */
    TYPE_VARIABLE("type variable");

    private final String value;

    SymbolTableType(String value) {
        this.value = value;
    }

    /** {@return the value of Lib/symtable.py's {@code SymbolTableType} member, e.g. {@code "type alias"}} */
    @Override
    public String toString() {
        return value;
    }
}
