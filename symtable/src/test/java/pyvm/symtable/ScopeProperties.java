package pyvm.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.parser.Arg;
import pyvm.parser.Arguments;
import pyvm.parser.Comprehension;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Mod;
import pyvm.parser.Stmt;
import pyvm.parser.TypeParam;

/**
 * Properties of every symtable on generated programs: nested defs, classes, lambdas and
 * comprehensions that bind, use and declare a handful of names, so that globals, cells, free
 * variables and the errors about them all occur. The ASTs are built directly, so the properties
 * hold whatever the state of the parser.
 */
class ScopeProperties {

    @Property(tries = 300)
    void onlySyntaxErrorsEscape(@ForAll("programs") Mod.Module module) {
        for (Symtable symtable : Implementations.symtables()) {
            String outcome;
            try {
                symtable.build(module, "<generated>");
                outcome = "tables";
            } catch (PySyntaxError expected) {
                outcome = "SyntaxError";   // any other exception fails the property
            }
            Statistics.label("outcome").collect(outcome);
        }
    }

    /**
     * A free variable is always a cell of some block further out, which holds the value; a class
     * body provides the cells {@code __class__} and {@code __classdict__} instead.
     */
    @Property(tries = 300)
    void everyFreeNameIsACellFurtherOut(@ForAll("programs") Mod.Module module) {
        for (Symtable symtable : Implementations.symtables()) {
            SymbolTable top = buildOrNull(symtable, module);
            if (top != null) checkFreeNames(top, new ArrayList<>());
        }
    }

    /** The code generator finds each block's table by its type and location, as compile.c finds it by node. */
    @Property(tries = 300)
    void everyBlockIsFoundByItsTypeAndLocation(@ForAll("programs") Mod.Module module) {
        for (Symtable symtable : Implementations.symtables()) {
            SymbolTable top = buildOrNull(symtable, module);
            if (top != null) checkLookup(top);
        }
    }

    @Property(tries = 100)
    void buildingTwiceGivesEqualTables(@ForAll("programs") Mod.Module module) {
        for (Symtable symtable : Implementations.symtables()) {
            SymbolTable first = buildOrNull(symtable, module);
            SymbolTable second = buildOrNull(symtable, module);
            assertEquals(first, second);
            if (first != null) assertEquals(first.listing("f.py"), second.listing("f.py"));
        }
    }

    private static SymbolTable buildOrNull(Symtable symtable, Mod.Module module) {
        try {
            return symtable.build(module, "<generated>");
        } catch (PySyntaxError e) {
            return null;
        }
    }

    private static void checkFreeNames(SymbolTable table, List<SymbolTable> enclosing) {
        for (Symbol s : table.symbols().values()) {
            if (!s.isFree()) continue;
            boolean cellOutside = enclosing.stream().anyMatch(t -> t.lookup(s.name()) != null
                    && t.lookup(s.name()).scope() == Scope.CELL);
            boolean classCell = s.name().equals("__class__") && enclosing.stream().anyMatch(SymbolTable::needsClassClosure)
                    || s.name().equals("__classdict__") && enclosing.stream().anyMatch(SymbolTable::needsClassdict);
            assertTrue(cellOutside || classCell, s + " in " + table + " is a cell nowhere further out");
        }
        enclosing.add(table);
        for (SymbolTable child : table.children()) checkFreeNames(child, enclosing);
        enclosing.removeLast();
    }

    private static void checkLookup(SymbolTable table) {
        for (SymbolTable child : table.children()) {
            assertSame(child, table.child(child.type(), child.location()));
            checkLookup(child);
        }
        for (SymbolTable inlined : table.inlinedComprehensions()) {
            assertTrue(inlined.compInlined());
            assertSame(inlined, table.child(inlined.type(), inlined.location()));
        }
    }

    // ---------------------------------------------------------------- generated programs

    /** A statement to generate, turned into AST records with a line of its own for every node. */
    sealed interface Spec {
        record Assign(String target, String value) implements Spec {}
        record Use(String name) implements Spec {}
        record Global(String name) implements Spec {}
        record Nonlocal(String name) implements Spec {}
        record Def(String name, List<String> params, String typeParam, List<Spec> body) implements Spec {}
        record ClassDef(String name, List<Spec> body) implements Spec {}
        record Lambda(String param, String use) implements Spec {}
        record Comp(String var, String use, boolean generator, boolean walrus) implements Spec {}
    }

    @Provide
    Arbitrary<Mod.Module> programs() {
        return body(3).map(specs -> new Mod.Module(new Lines().statements(specs), List.of()));
    }

    private static Arbitrary<String> names() {
        return Arbitraries.of("a", "b", "x", "__p", "super", "__class__");
    }

    private Arbitrary<List<Spec>> body(int depth) {
        return statement(depth).list().ofMinSize(1).ofMaxSize(4);
    }

    private Arbitrary<Spec> statement(int depth) {
        Arbitrary<Spec> leaf = Arbitraries.oneOf(
                Combinators.combine(names(), names()).as(Spec.Assign::new),
                names().map(Spec.Use::new),
                names().map(Spec.Global::new),
                names().map(Spec.Nonlocal::new),
                Combinators.combine(names(), names()).as(Spec.Lambda::new),
                Combinators.combine(names(), names(), Arbitraries.of(true, false), Arbitraries.of(true, false))
                        .as(Spec.Comp::new));
        if (depth == 0) return leaf;
        Arbitrary<Spec> def = Combinators.combine(names(), names().list().ofMaxSize(2),
                Arbitraries.of("", "T", "a"), Arbitraries.lazy(() -> body(depth - 1))).as(Spec.Def::new);
        Arbitrary<Spec> cls = Combinators.combine(names(), Arbitraries.lazy(() -> body(depth - 1))).as(Spec.ClassDef::new);
        return Arbitraries.frequencyOf(Tuple.of(4, leaf), Tuple.of(1, def), Tuple.of(1, cls));
    }

    /** Builds the AST, giving every node a line of its own so that no two blocks share a location. */
    private static final class Lines {
        private int line;

        private Location next() {
            line++;
            return new Location(line, 0, line, 1);
        }

        List<Stmt> statements(List<Spec> specs) {
            return specs.stream().map(this::statement).toList();
        }

        private Stmt statement(Spec spec) {
            return switch (spec) {
                case Spec.Assign a -> new Stmt.Assign(List.of(name(a.target(), ExprContext.Store)),
                        name(a.value(), ExprContext.Load), null, next());
                case Spec.Use u -> new Stmt.Expr(name(u.name(), ExprContext.Load), next());
                case Spec.Global g -> new Stmt.Global(List.of(g.name()), next());
                case Spec.Nonlocal n -> new Stmt.Nonlocal(List.of(n.name()), next());
                case Spec.Def d -> {
                    Location where = next();
                    List<Arg> params = d.params().stream().map(p -> new Arg(p, null, null, next())).toList();
                    List<TypeParam> typeParams = d.typeParam().isEmpty() ? List.of()
                            : List.of(new TypeParam.TypeVar(d.typeParam(), name("b", ExprContext.Load),
                                    name("x", ExprContext.Load), next()));
                    yield new Stmt.FunctionDef(d.name(),
                            new Arguments(List.of(), params, null, List.of(), List.of(), null, List.of()),
                            statements(d.body()), List.of(), null, null, typeParams, where);
                }
                case Spec.ClassDef c -> {
                    Location where = next();
                    yield new Stmt.ClassDef(c.name(), List.of(), List.of(), statements(c.body()), List.of(), List.of(), where);
                }
                case Spec.Lambda l -> {
                    Location where = next();
                    Arguments args = new Arguments(List.of(), List.of(new Arg(l.param(), null, null, next())),
                            null, List.of(), List.of(), null, List.of());
                    yield new Stmt.Expr(new Expr.Lambda(args, name(l.use(), ExprContext.Load), where), next());
                }
                case Spec.Comp c -> {
                    Location where = next();
                    Expr elt = c.walrus()
                            ? new Expr.NamedExpr(name(c.use(), ExprContext.Store), name(c.var(), ExprContext.Load), next())
                            : name(c.use(), ExprContext.Load);
                    List<Comprehension> generators = List.of(new Comprehension(name(c.var(), ExprContext.Store),
                            name("it", ExprContext.Load), List.of(), 0));
                    Expr comp = c.generator() ? new Expr.GeneratorExp(elt, generators, where)
                            : new Expr.ListComp(elt, generators, where);
                    yield new Stmt.Expr(comp, next());
                }
            };
        }

        private Expr.Name name(String id, ExprContext ctx) {
            return new Expr.Name(id, ctx, next());
        }
    }
}
