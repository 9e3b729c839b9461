package pyvm.symtable;

/**
 * Where a name lives, as the second pass of symtable.c decides it: the scope values that
 * Include/internal/pycore_symtable.h stores in the bits above {@code SCOPE_OFFSET} of a symbol's
 * flags. The constants keep CPython's names and numbers; the listing prints them in lower case.
 */
public enum Scope {
    /** A local variable of the block: a fast local in a function, a dict entry elsewhere. */
    LOCAL(1),
    /** Declared by a {@code global} statement. */
    GLOBAL_EXPLICIT(2),
    /** Bound nowhere in the enclosing functions, so looked up in globals, then builtins. */
    GLOBAL_IMPLICIT(3),
    /** Bound in an enclosing function: reached through a cell that the closure carries. */
    FREE(4),
    /** A local that an inner block uses, so it lives in a cell. */
    CELL(5);

    private final int value;

    Scope(int value) {
        this.value = value;
    }

    /** {@return CPython's number for this scope, as {@code _symtable.LOCAL} and friends give it} */
    public int value() {
        return value;
    }
}
