package pyvm.symtable;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.Set;
import pyvm.lexer.Location;
import pyvm.lexer.PyRepr;

/**
 * The symbol table of one block, with the tables of the blocks nested in it: CPython's
 * {@code PySTEntryObject} (Include/internal/pycore_symtable.h, built by Python/symtable.c), as
 * {@code _symtable} and Lib/symtable.py show it, plus the {@code ste_*} facts that the code
 * generator reads (Python/compile.c). The root is the module's table, named {@code top}.
 *
 * <h2>Finding the table of a node</h2>
 * CPython keys every table by the address of the AST node that opened it and compile.c finds it with
 * {@code _PySymtable_Lookup(st, node)}. Java's AST is made of records compared by value, and the code
 * generator may rebuild nodes (constant folding), so pyvm keys a table by its {@link #type()} and the
 * {@link #location()} of its node instead; {@link #child(SymbolTableType, Location)} searches from the
 * block the code generator is in. No two blocks opened in one block share both: a generic
 * {@code def} opens a {@code TYPE_PARAMETERS} and a {@code FUNCTION} block at the same location, of
 * different types; a type parameter's bound and default are {@code TYPE_VARIABLE} blocks at the
 * locations of those expressions (CPython keys the second by the TypeVar's address plus one), and a
 * comprehension that is the whole bound is a {@code FUNCTION} block at the same place.
 *
 * <p>Records compare by value, deeply; key maps by table with an {@code IdentityHashMap}.
 *
 * @param type                   {@code ste_type}
 * @param name                   {@code ste_name}: {@code top}, the def's or class's name, {@code lambda},
 *                               {@code listcomp}, {@code genexpr}, ...
 * @param location               where the node that opened the block is ({@code ste_lineno},
 *                               {@code ste_col_offset}, ...); all zero for the module
 * @param nested                 {@code ste_nested}: the block is inside a function-like block
 * @param symbols                {@code ste_symbols}: every name of the block, in the order the block
 *                               first met it; iteration keeps that order, equality ignores it
 * @param varnames               {@code ste_varnames}: the parameters, in the order of the signature
 * @param children               {@code ste_children}: the blocks nested directly inside, in source
 *                               order, after 3.13 spliced the children of inlined comprehensions in
 *                               the place of those comprehensions
 * @param inlinedComprehensions  the comprehensions 3.13 inlined into this block, which CPython keeps
 *                               only in {@code st_blocks}, out of {@code ste_children}
 * @param comprehension          {@code ste_comprehension}
 * @param generator              {@code ste_generator}: the block contains yield, or is a generator expression
 * @param coroutine              {@code ste_coroutine}: an async def, or a comprehension that awaits
 * @param varargs                {@code ste_varargs}: the signature has {@code *args}
 * @param varkeywords            {@code ste_varkeywords}: the signature has {@code **kwargs}
 * @param returnsValue           {@code ste_returns_value}: some return statement has a value
 * @param free                   {@code ste_free}: the block has free variables
 * @param childFree              {@code ste_child_free}: a nested block has free variables
 * @param needsClassClosure      {@code ste_needs_class_closure}: a class whose methods use
 *                               {@code __class__} (or {@code super()}), so the body creates that cell
 * @param needsClassdict         {@code ste_needs_classdict}: a class whose annotation scopes read
 *                               {@code __classdict__}, so the body creates that cell
 * @param compInlined            {@code ste_comp_inlined}: this comprehension runs in its parent's frame
 * @param canSeeClassScope       {@code ste_can_see_class_scope}: an annotation scope directly in a
 *                               class, which looks names up in the class's dict first
 * @param mangledNames           {@code ste_mangled_names}: in type-parameter blocks of a class, the
 *                               only private names to mangle; null where CPython has NULL (mangle all)
 */
public record SymbolTable(
        SymbolTableType type,
        String name,
        Location location,
        boolean nested,
        SequencedMap<String, Symbol> symbols,
        List<String> varnames,
        List<SymbolTable> children,
        List<SymbolTable> inlinedComprehensions,
        ComprehensionType comprehension,
        boolean generator,
        boolean coroutine,
        boolean varargs,
        boolean varkeywords,
        boolean returnsValue,
        boolean free,
        boolean childFree,
        boolean needsClassClosure,
        boolean needsClassdict,
        boolean compInlined,
        boolean canSeeClassScope,
        Set<String> mangledNames) {

    public SymbolTable {
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        Objects.requireNonNull(location);
        symbols = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(symbols));
        varnames = List.copyOf(varnames);
        children = List.copyOf(children);
        inlinedComprehensions = List.copyOf(inlinedComprehensions);
        Objects.requireNonNull(comprehension);
        mangledNames = mangledNames == null ? null : Set.copyOf(mangledNames);
    }

    /** {@return the symbol of {@code name} in this block, or null when the block never met the name} */
    public Symbol lookup(String name) {
        return symbols.get(name);
    }

    /** {@return whether the locals are fast locals, as Lib/symtable.py's {@code is_optimized()} says} */
    public boolean isOptimized() {
        return type == SymbolTableType.FUNCTION;
    }

    /**
     * {@return the table of the block that a node directly inside this block opened} It looks in the
     * children, then in the inlined comprehensions and, as CPython's global lookup finds them too,
     * in the comprehensions inlined into those.
     *
     * @param type     the kind of block the node opened (a generic def opens two)
     * @param location the node's location; for a {@code TYPE_VARIABLE} block, the bound's or default's
     *                 (CPython's {@code LOCATION(e)} for those blocks too)
     * @throws IllegalArgumentException when no such block exists: a bug in the caller or the stage
     */
    public SymbolTable child(SymbolTableType type, Location location) {
        Deque<SymbolTable> blocks = new ArrayDeque<>(List.of(this));
        while (!blocks.isEmpty()) {
            SymbolTable block = blocks.pop();
            for (SymbolTable c : block.children)
                if (c.type == type && c.location.equals(location)) return c;
            for (SymbolTable c : block.inlinedComprehensions) {
                if (c.type == type && c.location.equals(location)) return c;
                blocks.add(c);
            }
        }
        throw new IllegalArgumentException("no " + type + " block at " + location + " in " + this);
    }

    /**
     * {@return what {@code python3.13 -m symtable FILE} prints for this table and its children}
     * It follows {@code main()} of Lib/symtable.py: a header per table, a line per symbol with its
     * scope and {@code _flags_str}, a blank line, then the children indented by four spaces.
     *
     * @param filename the name the module's header shows, as given on the command line
     */
    public String listing(String filename) {
        StringBuilder out = new StringBuilder();
        printSymbols(out, filename, 0);
        return out.toString();
    }

    // print_symbols() of Lib/symtable.py's main()
    private void printSymbols(StringBuilder out, String filename, int level) {
        String indent = "    ".repeat(level);
        String what = type == SymbolTableType.MODULE ? "from file " + PyRepr.str(filename) : PyRepr.str(name);
        out.append(indent).append("symbol table for ").append(nested ? "nested " : "")
           .append(type).append(' ').append(what).append(":\n");
        for (Symbol symbol : symbols.values())
            out.append("    ").append(indent).append(symbol.scope().name().toLowerCase())
               .append(" symbol ").append(PyRepr.str(symbol.name())).append(": ")
               .append(symbol.listedFlags()).append('\n');
        out.append('\n');
        for (SymbolTable child : children)
            child.printSymbols(out, filename, level + 1);
    }

    /**
     * {@return a short form in the spirit of Lib/symtable.py's repr, such as
     * {@code <function SymbolTable for f at 3:0>}} The record's generated form would print the whole
     * tree, and each child again through its symbols' namespaces.
     */
    @Override
    public String toString() {
        return "<" + type + " SymbolTable for " + name + " at " + location.lineno() + ":" + location.colOffset() + ">";
    }
}
