package pyvm.symtable;

/**
 * One bit of what a block does with a name, as the first pass of symtable.c records it: the
 * {@code DEF_*} and {@code USE} flags of Include/internal/pycore_symtable.h, with CPython's names and
 * values. A symbol holds a set of them; {@link Symbol#DEF_BOUND} is CPython's {@code DEF_BOUND} mask.
 */
public enum Flag {
    /** {@code global} statement. */
    DEF_GLOBAL(1),
    /** Assignment in the block: any binding that is not a parameter or an import. */
    DEF_LOCAL(2),
    /** Formal parameter, or an implicit one such as a comprehension's {@code .0}. */
    DEF_PARAM(2 << 1),
    /** {@code nonlocal} statement. */
    DEF_NONLOCAL(2 << 2),
    /** The name is read (or deleted) in the block. */
    USE(2 << 3),
    /** Name used but not defined in a nested block: defined and exported by CPython, never set by 3.13. */
    DEF_FREE(2 << 4),
    /** Free variable of a class's method that the class itself also binds. */
    DEF_FREE_CLASS(2 << 5),
    /** Bound by an import statement. */
    DEF_IMPORT(2 << 6),
    /** The name is annotated ({@code x: int}). */
    DEF_ANNOT(2 << 7),
    /** The name is an iteration variable of a comprehension. */
    DEF_COMP_ITER(2 << 8),
    /** The name is a type parameter (PEP 695). */
    DEF_TYPE_PARAM(2 << 9),
    /** The name is a cell of a comprehension that 3.13 inlined into this block. */
    DEF_COMP_CELL(2 << 10);

    private final int value;

    Flag(int value) {
        this.value = value;
    }

    /** {@return CPython's bit for this flag, as {@code _symtable.DEF_LOCAL} and friends give it} */
    public int value() {
        return value;
    }
}
