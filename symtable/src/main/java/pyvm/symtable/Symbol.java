package pyvm.symtable;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import pyvm.lexer.PyRepr;

/**
 * One name of one block: its flags and its scope. Mirrors an entry of {@code ste_symbols} in
 * Python/symtable.c as Lib/symtable.py's {@code Symbol} presents it; the accessors keep that class's
 * names in Java casing ({@code is_parameter()} is {@link #isParameter()}).
 *
 * <p>Like Lib's {@code Symbol}, it also knows two things about its table: whether the table is the
 * module's ({@code module_scope}, on which {@link #isGlobal()} and {@link #isLocal()} depend) and the
 * child tables named like it ({@code namespaces}: the blocks a {@code def} or {@code class} of that
 * name opened).
 *
 * @param name        the name as the block sees it, after private-name mangling
 * @param flags       what the block does with the name; an unmodifiable copy is kept
 * @param scope       where the name lives, as the analysis decided
 * @param moduleScope whether the symbol belongs to the module's table (Lib/symtable.py tests the
 *                    table's name, {@code "top"}, which a function named {@code top} shares)
 * @param namespaces  the child tables of the same name, in the table's order
 */
public record Symbol(String name, Set<Flag> flags, Scope scope, boolean moduleScope, List<SymbolTable> namespaces) {

    /** CPython's {@code DEF_BOUND}: the flags that bind a name in its block. */
    public static final Set<Flag> DEF_BOUND =
            Collections.unmodifiableSet(EnumSet.of(Flag.DEF_LOCAL, Flag.DEF_PARAM, Flag.DEF_IMPORT));

    public Symbol {
        Objects.requireNonNull(name);
        flags = flags.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Flag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        Objects.requireNonNull(scope);
        namespaces = List.copyOf(namespaces);
    }

    /** {@return whether the block reads the name} */
    public boolean isReferenced() {
        return flags.contains(Flag.USE);
    }

    /** {@return whether the name is a parameter of the block} */
    public boolean isParameter() {
        return flags.contains(Flag.DEF_PARAM);
    }

    /** {@return whether the name is global: declared or implicit, or bound at module level} */
    public boolean isGlobal() {
        return scope == Scope.GLOBAL_IMPLICIT || scope == Scope.GLOBAL_EXPLICIT || (moduleScope && isBound());
    }

    /** {@return whether a {@code nonlocal} statement declares the name} */
    public boolean isNonlocal() {
        return flags.contains(Flag.DEF_NONLOCAL);
    }

    /** {@return whether a {@code global} statement declares the name} */
    public boolean isDeclaredGlobal() {
        return scope == Scope.GLOBAL_EXPLICIT;
    }

    /** {@return whether the name is local to the block: a local or a cell, or bound at module level} */
    public boolean isLocal() {
        return scope == Scope.LOCAL || scope == Scope.CELL || (moduleScope && isBound());
    }

    /** {@return whether the name is annotated in the block} */
    public boolean isAnnotated() {
        return flags.contains(Flag.DEF_ANNOT);
    }

    /** {@return whether the name is a free variable: bound in an enclosing function} */
    public boolean isFree() {
        return scope == Scope.FREE;
    }

    /** {@return whether an import statement binds the name} */
    public boolean isImported() {
        return flags.contains(Flag.DEF_IMPORT);
    }

    /** {@return whether the block assigns to the name} */
    public boolean isAssigned() {
        return flags.contains(Flag.DEF_LOCAL);
    }

    /** {@return whether a def or class of this name opened a child block} */
    public boolean isNamespace() {
        return !namespaces.isEmpty();
    }

    // Lib/symtable.py tests `flags & DEF_BOUND`: any one of the bits, not all of them.
    private boolean isBound() {
        return DEF_BOUND.stream().anyMatch(flags::contains);
    }

    /**
     * The flags Lib/symtable.py imports from {@code _symtable}, in its import order, which is the
     * order {@code Symbol._flags_str} walks them in: it leaves out the flags it does not import
     * ({@code DEF_FREE}, {@code DEF_COMP_ITER}, ...) and yields {@code DEF_BOUND} only when all three
     * of its bits are set, since it tests {@code flags & value == value}.
     */
    private static final List<Map.Entry<String, Set<Flag>>> FLAGS_STR = List.of(
            Map.entry("USE", EnumSet.of(Flag.USE)),
            Map.entry("DEF_GLOBAL", EnumSet.of(Flag.DEF_GLOBAL)),
            Map.entry("DEF_NONLOCAL", EnumSet.of(Flag.DEF_NONLOCAL)),
            Map.entry("DEF_LOCAL", EnumSet.of(Flag.DEF_LOCAL)),
            Map.entry("DEF_PARAM", EnumSet.of(Flag.DEF_PARAM)),
            Map.entry("DEF_IMPORT", EnumSet.of(Flag.DEF_IMPORT)),
            Map.entry("DEF_BOUND", DEF_BOUND),
            Map.entry("DEF_ANNOT", EnumSet.of(Flag.DEF_ANNOT)));

    /** {@return the names {@code Symbol._flags_str} yields for this symbol, in its order} */
    public List<String> flagNames() {
        return FLAGS_STR.stream().filter(e -> flags.containsAll(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** {@return Lib/symtable.py's {@code repr} of a symbol, e.g. {@code <symbol 'x': LOCAL, USE|DEF_LOCAL>}} */
    @Override
    public String toString() {
        return "<symbol " + PyRepr.str(name) + ": " + scope + ", " + String.join("|", flagNames()) + ">";
    }

    /** {@return the flag names joined as the listing prints them, e.g. {@code use, def_local}} */
    String listedFlags() {
        return flagNames().stream().map(String::toLowerCase).collect(Collectors.joining(", "));
    }
}
