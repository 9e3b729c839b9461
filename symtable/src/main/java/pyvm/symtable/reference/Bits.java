package pyvm.symtable.reference;

import pyvm.symtable.Flag;
import pyvm.symtable.Scope;

/**
 * The flags and scopes of Include/internal/pycore_symtable.h as the ints symtable.c combines them
 * in: while the passes run, a symbol is one int, its {@link Flag} bits below {@link #SCOPE_OFFSET}
 * and, once the second pass has decided, its {@link Scope} above. The values come from the contract's
 * enums; {@link Block#freeze} turns the ints back into them.
 */
final class Bits {

    private Bits() {}

    static final int DEF_GLOBAL = Flag.DEF_GLOBAL.value();
    static final int DEF_LOCAL = Flag.DEF_LOCAL.value();
    static final int DEF_PARAM = Flag.DEF_PARAM.value();
    static final int DEF_NONLOCAL = Flag.DEF_NONLOCAL.value();
    static final int USE = Flag.USE.value();
    static final int DEF_FREE_CLASS = Flag.DEF_FREE_CLASS.value();
    static final int DEF_IMPORT = Flag.DEF_IMPORT.value();
    static final int DEF_ANNOT = Flag.DEF_ANNOT.value();
    static final int DEF_COMP_ITER = Flag.DEF_COMP_ITER.value();
    static final int DEF_TYPE_PARAM = Flag.DEF_TYPE_PARAM.value();
    static final int DEF_COMP_CELL = Flag.DEF_COMP_CELL.value();

    /** {@code DEF_BOUND}: the flags that bind a name in its block. */
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where the scope starts in a symbol's int ({@code SCOPE_OFFSET}, {@code _symtable.SCOPE_OFF}). */
    static final int SCOPE_OFFSET = 12;
    static final int SCOPE_MASK = 0xf;

    static final int LOCAL = Scope.LOCAL.value();
    static final int GLOBAL_EXPLICIT = Scope.GLOBAL_EXPLICIT.value();
    static final int GLOBAL_IMPLICIT = Scope.GLOBAL_IMPLICIT.value();
    static final int FREE = Scope.FREE.value();
    static final int CELL = Scope.CELL.value();

    /** {@return the scope bits of a symbol's int, as {@code _PyST_GetScope} reads them} */
    static int scopeOf(int symbol) {
        return (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /** {@return the flag bits of a symbol's int, without its scope} */
    static int flagsOf(int symbol) {
        return symbol & ((1 << SCOPE_OFFSET) - 1);
    }
}
