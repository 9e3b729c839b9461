package pyvm.symtable.reference;

import static pyvm.symtable.reference.Bits.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyvm.lexer.PySyntaxError;
import pyvm.parser.PyHash;
import pyvm.parser.SetTable;
import pyvm.symtable.ComprehensionType;
import pyvm.symtable.SymbolTableType;

/**
 * The second pass, {@code symtable_analyze} of Python/symtable.c: decides the scope of every name,
 * block by block from the module down, and passes free variables back up.
 *
 * <p>Going down, a block hands its children the names they can see: {@code bound}, the names bound
 * in enclosing functions (a class's names are not visible in its methods), and {@code global}, the
 * names declared global. With them {@link #analyzeName} decides each name's scope. Coming back up,
 * each child reports the names that are free in it; a function that binds such a name makes it a
 * CELL, other blocks pass it further up ({@link #updateSymbols}). A list, set or dict comprehension
 * is then merged into its parent ({@link InlinedComprehension}, PEP 709).
 *
 * <p>The sets of free names are laid out as CPython's sets are ({@link SetTable}, with the str hash
 * of {@code PYTHONHASHSEED=0}, as the golden script runs CPython), because {@code update_symbols}
 * adds the free names a block passes through in the order the set iterates in, and
 * {@code -m symtable} lists them in that order; the other sets are only asked what they contain.
 */
final class Analyzer {

    private final SymtableBuilder st;

    Analyzer(SymtableBuilder st) {
        this.st = st;
    }

    void analyze(Block top) {
        analyzeBlock(top, null, newNameSet(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    /** {@code PySet_New(NULL)} for names: an empty set of str. */
    private static SetTable<String> newNameSet() {
        return new SetTable<>(name -> PyHash.ofStr(name.codePoints().toArray()), String::equals);
    }

    /**
     * {@code analyze_block}: the scopes of one block's names, then its children's, then the cells.
     *
     * @param bound      names bound in enclosing function-like blocks; null for the module
     * @param free       receives the names free in this block and below
     * @param global     names declared global in enclosing blocks
     * @param typeParams names that enclosing blocks bind as type parameters
     * @param classEntry the class whose names this annotation scope sees, or null
     */
    private void analyzeBlock(Block ste, Set<String> bound, SetTable<String> free, Set<String> global,
                              Set<String> typeParams, Block classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        SetTable<String> newFree = newNameSet();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();

        // A class's names are not visible in the blocks nested in it: its children see what it sees.
        if (ste.type == SymbolTableType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (var e : ste.symbols.entrySet())
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        if (ste.type != SymbolTableType.CLASS) {
            if (ste.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            // The cells a class body creates for its methods and annotation scopes.
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Block entry : ste.children) {
            Block newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type == SymbolTableType.CLASS) newClassEntry = ste;
                else if (classEntry != null) newClassEntry = classEntry;
            }
            // 3.13 inlines every comprehension but generator expressions, except in the
            // annotation scopes of a class, which must keep reading the class's names.
            boolean inlineComp = entry.comprehension != ComprehensionType.NoComprehension
                    && !entry.generator && !ste.canSeeClassScope;
            SetTable<String> childFree = analyzeChildBlock(entry, newBound, newFree, newGlobal, typeParams, newClassEntry);
            if (inlineComp) {
                InlinedComprehension.inline(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.update(childFree);
            if (entry.free || entry.childFree) ste.childFree = true;
        }
        spliceInlinedComprehensions(ste);

        if (ste.isFunctionLike()) analyzeCells(scopes, newFree, inlinedCells);
        else if (ste.type == SymbolTableType.CLASS) dropClassFree(ste, newFree);
        updateSymbols(ste, scopes, bound, newFree, inlinedCells,
                ste.type == SymbolTableType.CLASS || ste.canSeeClassScope);
        free.update(newFree);
    }

    /**
     * {@code analyze_child_block}: a child works on copies of the sets, so that what it binds stays
     * out of its siblings' view. {@return the child's free names (with those of the earlier siblings)}
     */
    private SetTable<String> analyzeChildBlock(Block entry, Set<String> bound, SetTable<String> free,
                                               Set<String> global, Set<String> typeParams, Block classEntry) {
        SetTable<String> childFree = newNameSet();   // PySet_New(free)
        childFree.update(free);
        analyzeBlock(entry, new LinkedHashSet<>(bound), childFree, new LinkedHashSet<>(global),
                new LinkedHashSet<>(typeParams), classEntry);
        return childFree;
    }

    /**
     * {@code analyze_name}: the scope of one name, from its flags and what the enclosing blocks
     * bind. Explicit declarations decide first; then a binding makes it local; then, in an
     * annotation scope of a class, the class's own names; then an enclosing function's binding
     * makes it free; anything else is a global or a builtin.
     */
    private void analyzeName(Block ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, SetTable<String> free, Set<String> global, Set<String> typeParams,
                             Block classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0)
                throw errorAtDirective(ste, name, Messages.NONLOCAL_AND_GLOBAL.formatted(name));
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) throw errorAtDirective(ste, name, Messages.NONLOCAL_AT_MODULE_LEVEL);
            if (!bound.contains(name))
                throw errorAtDirective(ste, name, Messages.NO_BINDING_FOR_NONLOCAL.formatted(name));
            if (typeParams.contains(name))
                throw errorAtDirective(ste, name, Messages.NONLOCAL_TYPE_PARAM.formatted(name));
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) typeParams.add(name);
            else typeParams.remove(name);
            return;
        }
        // An annotation scope in a class reads the class's dict first, then the globals: a name that
        // the class binds (or declares global) is not free here even if a function binds it too.
        if (classEntry != null) {
            int classFlags = classEntry.symbol(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            }
            if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) ste.free = true;
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    /** {@code error_at_directive}: errors about declarations point at the first declaration of the name. */
    private PySyntaxError errorAtDirective(Block ste, String name, String message) {
        for (Block.Directive d : ste.directives)
            if (d.name().equals(name)) return st.error(d.location(), message);
        throw new IllegalStateException("BUG: internal directive bookkeeping broken");
    }

    /**
     * The children of the comprehensions inlined into this block become its own children, in their
     * place; the comprehensions stay reachable through {@link Block#inlinedComprehensions}.
     */
    private static void spliceInlinedComprehensions(Block ste) {
        List<Block> spliced = new ArrayList<>();
        for (Block child : ste.children) {
            if (child.compInlined) {
                spliced.addAll(child.children);
                ste.inlinedComprehensions.add(child);
            } else {
                spliced.add(child);
            }
        }
        ste.children.clear();
        ste.children.addAll(spliced);
    }

    /**
     * {@code analyze_cells}: a local that a child uses freely, or that an inlined comprehension
     * needs as a cell, becomes a CELL here, and stops being free further up.
     */
    private static void analyzeCells(Map<String, Integer> scopes, SetTable<String> free, Set<String> inlinedCells) {
        for (var e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) continue;
            if (!free.contains(e.getKey()) && !inlinedCells.contains(e.getKey())) continue;
            e.setValue(CELL);
            free.discard(e.getKey());
        }
    }

    /**
     * {@code drop_class_free}: {@code __class__} and {@code __classdict__}, free in a class's
     * children, are cells the class body provides; they go no further up.
     */
    private static void dropClassFree(Block ste, SetTable<String> free) {
        if (free.discard("__class__")) ste.needsClassClosure = true;
        if (free.discard("__classdict__")) ste.needsClassdict = true;
    }

    /**
     * {@code update_symbols}: writes the scopes into the symbols, then adds the names that are free
     * in the children and bound further out, which this block must pass through as FREE. A class
     * that binds such a name itself marks it {@code DEF_FREE_CLASS}.
     */
    private static void updateSymbols(Block ste, Map<String, Integer> scopes, Set<String> bound,
                                      SetTable<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (var e : ste.symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) flags |= DEF_COMP_CELL;
            e.setValue(flags | (scopes.get(e.getKey()) << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer existing = ste.symbols.get(name);
            if (existing != null) {
                if (classFlag) ste.symbols.put(name, existing | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            ste.symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
