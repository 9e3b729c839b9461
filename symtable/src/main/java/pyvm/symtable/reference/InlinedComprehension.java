package pyvm.symtable.reference;

import static pyvm.symtable.reference.Bits.*;

import java.util.Map;
import java.util.Set;
import pyvm.parser.SetTable;
import pyvm.symtable.SymbolTableType;

/**
 * PEP 709: since 3.12 a list, set or dict comprehension runs in the frame of the block that
 * contains it, so its names join that block's symbols ({@code inline_comprehension} of
 * Python/symtable.c, 3.13). The comprehension keeps its own table, which tells the code generator
 * which names to save and restore around the inlined loop.
 */
final class InlinedComprehension {

    private InlinedComprehension() {}

    /**
     * Merges the comprehension's symbols into {@code ste}: a name new to the block is copied with its
     * flags and scope; a name the block binds is no longer free in the comprehension unless one of
     * its children needs it as a closure (or the block is a class, whose names a comprehension never
     * sees). A cell of the comprehension must stay a cell in the block. {@code __class__}, which a
     * class never passes down as free, becomes a global of the class.
     */
    static void inline(Block ste, Block comp, Map<String, Integer> scopes, SetTable<String> compFree,
                       Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (var e : comp.symbols.entrySet()) {
            String name = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) continue;   // .0, the outermost iterable
            int scope = scopeOf(compFlags);
            int onlyFlags = flagsOf(compFlags);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) inlinedCells.add(name);
            Integer existing = ste.symbols.get(name);
            if (scope == FREE && ste.type == SymbolTableType.CLASS && name.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.discard(name);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(name, onlyFlags);
                scopes.put(name, scope);
            } else if ((existing & DEF_BOUND) != 0 && ste.type != SymbolTableType.CLASS
                    && !isFreeInAnyChild(comp, name)) {
                compFree.discard(name);
            }
        }
        comp.compInlined = true;
        if (removeDunderClass) comp.symbols.remove("__class__");
    }

    /** {@code is_free_in_any_child}. */
    private static boolean isFreeInAnyChild(Block entry, String name) {
        for (Block child : entry.children)
            if (child.scope(name) == FREE) return true;
        return false;
    }
}
