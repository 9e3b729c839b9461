package pyvm.cfg.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pyvm.parser.ConstantValue;
import pyvm.symtable.Flag;
import pyvm.symtable.Scope;
import pyvm.symtable.Symbol;
import pyvm.symtable.SymbolTable;

/**
 * The state of one code unit while the code generator fills it: its symbol table, its instruction
 * sequence, the tables that opargs index, and the stack of loops and handlers it is inside.
 * Mirrors struct compiler_unit of Python/compile.c with its _PyCompile_CodeUnitMetadata; the tables
 * are insertion-ordered maps from a value to its index, as CPython's dicts are.
 */
final class Unit {

    final SymbolTable ste;
    final ScopeType scopeType;
    final String name;
    String qualname;
    final int firstlineno;
    /** u_private: the class name private names are mangled with, or null. */
    String privateName;
    final InstructionSequence seq = new InstructionSequence();

    /**
     * u_consts, in index order. Constants are shared by value, as _PyCode_ConstantKey keys them:
     * records compare by type and value, which keeps {@code 1}, {@code 1.0} and {@code True} apart,
     * and code units compare by value as code_richcompare does (a while loop's test compiled twice
     * makes one constant of its generator expression). A NaN is equal to nothing, so a constant
     * holding one is never shared.
     */
    final List<ConstantValue> consts = new ArrayList<>();
    private final Map<ConstantValue, Integer> constIndex = new java.util.HashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();

    int argcount;
    int posonlyargcount;
    int kwonlyargcount;

    /**
     * u_fasthidden: names bound in a comprehension inlined into this module or class body; true
     * while that comprehension is being compiled, when they are fast locals, false after.
     */
    final Map<String, Boolean> fasthidden = new LinkedHashMap<>();

    /** u_in_inlined_comp: how many inlined comprehensions the code being generated is inside. */
    int inInlinedComp;

    /**
     * The comprehension's own symbols that stand in for the block's while an inlined comprehension
     * is compiled; CPython writes them into ste_symbols and restores the block's afterwards.
     */
    final Map<String, Symbol> symbolOverrides = new java.util.HashMap<>();

    /** u_static_attributes: for a class, the names its methods assign as {@code self.name}. */
    final java.util.Set<String> staticAttributes = new java.util.HashSet<>();

    /** u_fblock: the loops, handlers and cleanups the code being generated is inside. */
    final Deque<FBlock> fblocks = new ArrayDeque<>();

    Unit(SymbolTable ste, ScopeType scopeType, String name, int firstlineno, String privateName) {
        this.ste = ste;
        this.scopeType = scopeType;
        this.name = name;
        this.firstlineno = firstlineno;
        this.privateName = privateName;
        for (String v : ste.varnames()) varnames.putIfAbsent(v, varnames.size());
        for (String v : sortedNames(Scope.CELL, Flag.DEF_COMP_CELL)) cellvars.put(v, cellvars.size());
        if (ste.needsClassClosure()) cellvars.putIfAbsent("__class__", cellvars.size());
        if (ste.needsClassdict()) cellvars.putIfAbsent("__classdict__", cellvars.size());
        for (String v : sortedNames(Scope.FREE, Flag.DEF_FREE_CLASS))
            freevars.put(v, cellvars.size() + freevars.size());
    }

    /**
     * dictbytype: the names of the table with this scope or this flag, sorted, because their
     * indexes become cell and free slots and must not depend on the order of a dict.
     */
    private List<String> sortedNames(Scope scope, Flag flag) {
        List<String> out = new ArrayList<>();
        for (Symbol s : ste.symbols().values())
            if (s.scope() == scope || s.flags().contains(flag)) out.add(s.name());
        out.sort(Unit::compareCodePoints);
        return out;
    }

    /** Python's str ordering: by code point, where Java's compareTo orders UTF-16 units. */
    static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** {@return the symbol {@code name} has here, inlined comprehensions considered (_PyST_GetSymbol)} */
    Symbol symbol(String name) {
        Symbol s = symbolOverrides.get(name);
        return s != null ? s : ste.lookup(name);
    }

    /** {@return the index of {@code value} in the constants, adding it if new (compiler_add_const)} */
    int addConst(ConstantValue value) {
        Integer index = Consts.containsNaN(value) ? null : constIndex.get(value);
        if (index != null) return index;
        consts.add(value);
        if (!Consts.containsNaN(value)) constIndex.put(value, consts.size() - 1);
        return consts.size() - 1;
    }

    /** {@return the index of {@code name} in {@code table}, adding it if new (dict_add_o)} */
    static int add(Map<String, Integer> table, String name) {
        return table.computeIfAbsent(name, k -> table.size());
    }


    /** {@return true for units whose locals are fast slots (_PyST_IsFunctionLike)} */
    boolean isFunctionLike() {
        return switch (ste.type()) {
            case FUNCTION, ANNOTATION, TYPE_ALIAS, TYPE_PARAMETERS, TYPE_VARIABLE -> true;
            case MODULE, CLASS -> false;
        };
    }
}
