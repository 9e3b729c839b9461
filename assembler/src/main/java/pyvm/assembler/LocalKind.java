package pyvm.assembler;

/**
 * The bits of a fast slot's kind in {@code co_localspluskinds}, as Include/internal/pycore_code.h
 * (3.13) defines them ({@code CO_FAST_*}). A slot can be both {@link #LOCAL} and {@link #CELL}: an
 * argument that an inner function captures. {@link #FREE} excludes both.
 */
public enum LocalKind {
    /** A local of an inlined comprehension, hidden from {@code locals()} (PEP 709). */
    HIDDEN(0x10),
    /** An argument or a local variable: counted in {@code co_varnames} and {@code co_nlocals}. */
    LOCAL(0x20),
    /** A local that an inner scope captures, so it lives in a cell: {@code co_cellvars}. */
    CELL(0x40),
    /** A variable of an enclosing scope, reached through the function's closure: {@code co_freevars}. */
    FREE(0x80);

    private final int mask;

    LocalKind(int mask) {
        this.mask = mask;
    }

    /** {@return the bit in a kind byte, e.g. 0x20 for CO_FAST_LOCAL} */
    public int mask() {
        return mask;
    }

    /** {@return true if the kind byte {@code kind} has this bit} */
    public boolean in(int kind) {
        return (kind & mask) != 0;
    }
}
