package pyvm.symtable.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import pyvm.lexer.Location;
import pyvm.symtable.ComprehensionType;
import pyvm.symtable.Flag;
import pyvm.symtable.Scope;
import pyvm.symtable.Symbol;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.SymbolTableType;

/**
 * One block while the two passes work on it: the mutable {@code PySTEntryObject} of
 * Python/symtable.c. The first pass fills {@link #symbols} with flag bits and the block facts; the
 * second adds each symbol's scope and rearranges {@link #children}; {@link #freeze} then gives the
 * contract's immutable {@link SymbolTable}.
 */
final class Block {

    /** A {@code global} or {@code nonlocal} statement (or a walrus acting as one), kept for error locations. */
    record Directive(String name, Location location) {}

    final String name;
    final SymbolTableType type;
    final Location location;
    /** {@code ste_nested}: opened inside a function-like block, or inside a nested block. */
    final boolean nested;
    /** {@code ste_symbols}: name to flag bits, and to scope bits after the second pass; insertion-ordered. */
    final SequencedMap<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Block> children = new ArrayList<>();
    /** The comprehensions inlined into this block, which the second pass took out of {@link #children}. */
    final List<Block> inlinedComprehensions = new ArrayList<>();
    /** {@code ste_directives}. */
    final List<Directive> directives = new ArrayList<>();
    /** {@code ste_mangled_names}: null means every private name is mangled. */
    Set<String> mangledNames;
    /** {@code ste_scope_info}: what a type-variable block evaluates, for error messages ("a TypeVar bound"). */
    String scopeInfo;
    ComprehensionType comprehension = ComprehensionType.NoComprehension;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassdict;
    boolean compInlined;
    boolean canSeeClassScope;
    /** {@code ste_comp_iter_target}: the first pass is inside a comprehension's target. */
    boolean compIterTarget;
    /** {@code ste_comp_iter_expr}: how deep the first pass is inside comprehensions' iterables. */
    int compIterExpr;

    Block(String name, SymbolTableType type, Location location, boolean nested) {
        this.name = name;
        this.type = type;
        this.location = location;
        this.nested = nested;
    }

    /** {@return the symbol's int, 0 for a name the block never met} ({@code _PyST_GetSymbol}) */
    int symbol(String name) {
        return symbols.getOrDefault(name, 0);
    }

    /** {@return the symbol's scope bits} ({@code _PyST_GetScope}) */
    int scope(String name) {
        return Bits.scopeOf(symbol(name));
    }

    /** {@return whether the block runs as a function: {@code _PyST_IsFunctionLike}} */
    boolean isFunctionLike() {
        return switch (type) {
            case FUNCTION, TYPE_VARIABLE, TYPE_ALIAS, TYPE_PARAMETERS -> true;
            case MODULE, CLASS, ANNOTATION -> false;
        };
    }

    /**
     * {@return this block and the blocks under it as the contract's immutable tables} A block that
     * appears twice (a child of an inlined comprehension is also a child of the block it was spliced
     * into) becomes one table, found in {@code done}.
     */
    SymbolTable freeze(Map<Block, SymbolTable> done) {
        SymbolTable table = done.get(this);
        if (table != null) return table;
        List<SymbolTable> frozenChildren = children.stream().map(c -> c.freeze(done)).toList();
        List<SymbolTable> frozenInlined = inlinedComprehensions.stream().map(c -> c.freeze(done)).toList();
        SequencedMap<String, Symbol> frozenSymbols = new LinkedHashMap<>();
        symbols.forEach((n, bits) -> frozenSymbols.put(n, new Symbol(n, flags(bits), scope(n, bits),
                type == SymbolTableType.MODULE,
                frozenChildren.stream().filter(c -> c.name().equals(n)).toList())));
        table = new SymbolTable(type, name, location, nested, frozenSymbols, varnames, frozenChildren,
                frozenInlined, comprehension, generator, coroutine, varargs, varkeywords, returnsValue, free,
                childFree, needsClassClosure, needsClassdict, compInlined, canSeeClassScope, mangledNames);
        done.put(this, table);
        return table;
    }

    private static Set<Flag> flags(int bits) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (Flag f : Flag.values())
            if ((bits & f.value()) != 0) flags.add(f);
        return flags;
    }

    private Scope scope(String n, int bits) {
        int scope = Bits.scopeOf(bits);
        for (Scope s : Scope.values())
            if (s.value() == scope) return s;
        throw new IllegalStateException("symbol " + n + " of " + name + " has no scope: " + scope);
    }
}
