package pyvm.symtable.reference;

import java.util.IdentityHashMap;
import pyvm.lexer.Location;
import pyvm.parser.Mod;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.SymbolTableType;
import pyvm.symtable.Symtable;

/**
 * The reference symtable stage: a port of Python/symtable.c (3.13), read in class. A tour:
 *
 * <ol>
 *   <li>{@link FutureFeatures} reads the module's {@code from __future__} imports, as
 *       Python/future.c does before the symbol table is built: under {@code annotations},
 *       annotations bind nothing.</li>
 *   <li>The first pass ({@link SymtableBuilder} with {@link StatementVisitor},
 *       {@link ExpressionVisitor}, {@link ComprehensionVisitor} and {@link TypeParamVisitor}) walks
 *       the AST once, opens a {@link Block} for the module, each def, lambda, class, comprehension
 *       and annotation scope, and records the raw facts about every name in its block as
 *       {@code DEF_*} and {@code USE} flags: "assigned here", "a parameter", "declared global",
 *       "read here". Errors that the facts of one block show are raised here.</li>
 *   <li>The second pass ({@link Analyzer}) decides each name's scope, LOCAL, GLOBAL_EXPLICIT,
 *       GLOBAL_IMPLICIT, FREE or CELL, which needs the whole tree: a name is free only if an enclosing
 *       function binds it, a cell only if a nested block uses it. It also inlines list, set and
 *       dict comprehensions into their parents ({@link InlinedComprehension}).</li>
 *   <li>{@link Block#freeze} turns the blocks into the contract's immutable {@link SymbolTable}s.</li>
 * </ol>
 *
 * <p>Errors carry CPython's messages ({@link Messages}) and locations ({@link SyntaxErrors}).
 * Unlike CPython, this stage sets no recursion limit of its own.
 */
public final class ReferenceSymtable implements Symtable {

    public static final String NAME = "reference";

    public ReferenceSymtable() {}

    @Override
    public String name() {
        return NAME;
    }

    /** {@code _PySymtable_Build}: the first pass over the module, then the second. */
    @Override
    public SymbolTable build(Mod.Module module, String filename) {
        SymtableBuilder st = new SymtableBuilder(filename, FutureFeatures.of(module, filename));
        st.enterBlock("top", SymbolTableType.MODULE, new Location(0, 0, 0, 0));
        st.statements.visit(module.body());
        st.exitBlock();
        new Analyzer(st).analyze(st.top);
        return st.top.freeze(new IdentityHashMap<>());
    }
}
