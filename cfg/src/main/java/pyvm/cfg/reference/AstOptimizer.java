package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import pyvm.parser.Arg;
import pyvm.parser.Arguments;
import pyvm.parser.Cmpop;
import pyvm.parser.Comprehension;
import pyvm.parser.ConstantValue;
import pyvm.parser.ExceptHandler;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Keyword;
import pyvm.parser.MatchCase;
import pyvm.parser.Mod;
import pyvm.parser.Pattern;
import pyvm.parser.Stmt;
import pyvm.parser.TypeParam;
import pyvm.parser.WithItem;

/**
 * The AST optimizer that runs before code generation: it rebuilds the tree bottom-up, replacing
 * operations on constants by their results ({@code 2 * 3} is {@code 6}, {@code -1} is a constant,
 * {@code (1, 2)} is one tuple constant) and literal lists and sets that are only iterated or
 * searched by tuples. Mirrors Python/ast_opt.c (3.13) at optimization level 0; the arithmetic is in
 * {@link ConstantFolding}. A folded node keeps the location of the operation it replaces.
 */
final class AstOptimizer {

    /** Under {@code from __future__ import annotations} annotations are kept as written, to be unparsed. */
    private final boolean futureAnnotations;

    private AstOptimizer(boolean futureAnnotations) {
        this.futureAnnotations = futureAnnotations;
    }

    /** _PyAST_Optimize for a module. */
    static Mod.Module optimize(Mod.Module m, boolean futureAnnotations) {
        AstOptimizer opt = new AstOptimizer(futureAnnotations);
        return new Mod.Module(opt.body(m.body()), m.typeIgnores());
    }

    /** An annotation, folded unless it is to be unparsed. */
    private Expr annotation(Expr e) {
        return futureAnnotations ? e : opt(e);
    }

    /**
     * astfold_body: a body whose first statement only became a string by folding does not get a
     * docstring; CPython wraps that string in a JoinedStr to keep it from looking like one.
     */
    private List<Stmt> body(List<Stmt> stmts) {
        boolean docstring = Functions.docstring(stmts) != null;
        List<Stmt> out = stmts(stmts);
        if (!docstring && Functions.docstring(out) != null) {
            Stmt.Expr st = (Stmt.Expr) out.getFirst();
            out.set(0, new Stmt.Expr(new Expr.JoinedStr(List.of(st.value()), st.location()), st.location()));
        }
        return out;
    }

    private List<Stmt> stmts(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>(stmts.size());
        for (Stmt s : stmts) out.add(stmt(s));
        return out;
    }

    private List<Expr> exprs(List<Expr> exprs) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) out.add(expr(e));
        return out;
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    private <T> List<T> map(List<T> items, UnaryOperator<T> f) {
        List<T> out = new ArrayList<>(items.size());
        for (T t : items) out.add(f.apply(t));
        return out;
    }

    /** astfold_stmt. */
    private Stmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> new Stmt.FunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprs(f.decoratorList()), annotation(f.returns()), f.typeComment(), map(f.typeParams(), this::typeParam), f.location());
            case Stmt.AsyncFunctionDef f -> new Stmt.AsyncFunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprs(f.decoratorList()), annotation(f.returns()), f.typeComment(), map(f.typeParams(), this::typeParam), f.location());
            case Stmt.ClassDef k -> new Stmt.ClassDef(k.name(), exprs(k.bases()), map(k.keywords(), this::keyword),
                    body(k.body()), exprs(k.decoratorList()), map(k.typeParams(), this::typeParam), k.location());
            case Stmt.Return r -> new Stmt.Return(opt(r.value()), r.location());
            case Stmt.Delete d -> new Stmt.Delete(exprs(d.targets()), d.location());
            case Stmt.Assign a -> new Stmt.Assign(exprs(a.targets()), expr(a.value()), a.typeComment(), a.location());
            case Stmt.TypeAlias t -> new Stmt.TypeAlias(expr(t.name()), map(t.typeParams(), this::typeParam),
                    expr(t.value()), t.location());
            case Stmt.AugAssign a -> new Stmt.AugAssign(expr(a.target()), a.op(), expr(a.value()), a.location());
            case Stmt.AnnAssign a -> new Stmt.AnnAssign(expr(a.target()), annotation(a.annotation()), opt(a.value()), a.simple(), a.location());
            case Stmt.For f -> new Stmt.For(expr(f.target()), foldIter(expr(f.iter())), stmts(f.body()), stmts(f.orelse()),
                    f.typeComment(), f.location());
            case Stmt.AsyncFor f -> new Stmt.AsyncFor(expr(f.target()), expr(f.iter()), stmts(f.body()), stmts(f.orelse()),
                    f.typeComment(), f.location());
            case Stmt.While w -> new Stmt.While(expr(w.test()), stmts(w.body()), stmts(w.orelse()), w.location());
            case Stmt.If i -> new Stmt.If(expr(i.test()), stmts(i.body()), stmts(i.orelse()), i.location());
            case Stmt.With w -> new Stmt.With(map(w.items(), this::withItem), stmts(w.body()), w.typeComment(), w.location());
            case Stmt.AsyncWith w -> new Stmt.AsyncWith(map(w.items(), this::withItem), stmts(w.body()), w.typeComment(), w.location());
            case Stmt.Match m -> new Stmt.Match(expr(m.subject()), map(m.cases(), this::matchCase), m.location());
            case Stmt.Raise r -> new Stmt.Raise(opt(r.exc()), opt(r.cause()), r.location());
            case Stmt.Try t -> new Stmt.Try(stmts(t.body()), map(t.handlers(), this::handler), stmts(t.orelse()),
                    stmts(t.finalbody()), t.location());
            case Stmt.TryStar t -> new Stmt.TryStar(stmts(t.body()), map(t.handlers(), this::handler), stmts(t.orelse()),
                    stmts(t.finalbody()), t.location());
            case Stmt.Assert a -> new Stmt.Assert(expr(a.test()), opt(a.msg()), a.location());
            case Stmt.Expr e -> new Stmt.Expr(expr(e.value()), e.location());
            case Stmt.Import i -> i;
            case Stmt.ImportFrom i -> i;
            case Stmt.Global g -> g;
            case Stmt.Nonlocal n -> n;
            case Stmt.Pass p -> p;
            case Stmt.Break b -> b;
            case Stmt.Continue k -> k;
        };
    }

    /** astfold_expr: children first, then the node itself. */
    private Expr expr(Expr e) {
        return switch (e) {
            case Expr.BoolOp b -> new Expr.BoolOp(b.op(), exprs(b.values()), b.location());
            case Expr.NamedExpr n -> new Expr.NamedExpr(expr(n.target()), expr(n.value()), n.location());
            case Expr.BinOp b -> ConstantFolding.foldBinop(new Expr.BinOp(expr(b.left()), b.op(), expr(b.right()), b.location()));
            case Expr.UnaryOp u -> ConstantFolding.foldUnaryop(new Expr.UnaryOp(u.op(), expr(u.operand()), u.location()));
            case Expr.Lambda l -> new Expr.Lambda(arguments(l.args()), expr(l.body()), l.location());
            case Expr.IfExp i -> new Expr.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()), i.location());
            case Expr.Dict d -> new Expr.Dict(map(d.keys(), this::opt), exprs(d.values()), d.location());
            case Expr.Set s -> new Expr.Set(exprs(s.elts()), s.location());
            case Expr.ListComp l -> new Expr.ListComp(expr(l.elt()), map(l.generators(), this::comprehension), l.location());
            case Expr.SetComp s -> new Expr.SetComp(expr(s.elt()), map(s.generators(), this::comprehension), s.location());
            case Expr.DictComp d -> new Expr.DictComp(expr(d.key()), expr(d.value()),
                    map(d.generators(), this::comprehension), d.location());
            case Expr.GeneratorExp g -> new Expr.GeneratorExp(expr(g.elt()), map(g.generators(), this::comprehension), g.location());
            case Expr.Await a -> new Expr.Await(expr(a.value()), a.location());
            case Expr.Yield y -> new Expr.Yield(opt(y.value()), y.location());
            case Expr.YieldFrom y -> new Expr.YieldFrom(expr(y.value()), y.location());
            case Expr.Compare cmp -> foldCompare(new Expr.Compare(expr(cmp.left()), cmp.ops(), exprs(cmp.comparators()), cmp.location()));
            case Expr.Call call -> new Expr.Call(expr(call.func()), exprs(call.args()), map(call.keywords(), this::keyword),
                    call.location());
            case Expr.FormattedValue f -> new Expr.FormattedValue(expr(f.value()), f.conversion(), opt(f.formatSpec()), f.location());
            case Expr.JoinedStr j -> new Expr.JoinedStr(exprs(j.values()), j.location());
            case Expr.Constant k -> k;
            case Expr.Attribute a -> new Expr.Attribute(expr(a.value()), a.attr(), a.ctx(), a.location());
            case Expr.Subscript s -> ConstantFolding.foldSubscr(new Expr.Subscript(expr(s.value()), expr(s.slice()), s.ctx(), s.location()));
            case Expr.Starred s -> new Expr.Starred(expr(s.value()), s.ctx(), s.location());
            case Expr.Name n -> n.ctx() == ExprContext.Load && n.id().equals("__debug__")
                    ? new Expr.Constant(new ConstantValue.Bool(true), null, n.location()) : n;
            case Expr.List l -> new Expr.List(exprs(l.elts()), l.ctx(), l.location());
            case Expr.Tuple t -> foldTuple(new Expr.Tuple(exprs(t.elts()), t.ctx(), t.location()));
            case Expr.Slice s -> new Expr.Slice(opt(s.lower()), opt(s.upper()), opt(s.step()), s.location());
        };
    }

    /** fold_tuple: a tuple display of constants, read not assigned to, is one constant. */
    private Expr foldTuple(Expr.Tuple t) {
        if (t.ctx() != ExprContext.Load) return t;
        ConstantValue.Tuple value = constTuple(t.elts());
        return value == null ? t : new Expr.Constant(value, null, t.location());
    }

    /** make_const_tuple: null unless every element is a constant. */
    private ConstantValue.Tuple constTuple(List<Expr> elts) {
        List<ConstantValue> items = new ArrayList<>();
        for (Expr e : elts) {
            if (!(e instanceof Expr.Constant k)) return null;
            items.add(k.value());
        }
        return new ConstantValue.Tuple(items);
    }

    /** fold_compare: {@code x in [1, 2]} searches a tuple, since the list is never seen. */
    private Expr foldCompare(Expr.Compare cmp) {
        Cmpop last = cmp.ops().getLast();
        if (last != Cmpop.In && last != Cmpop.NotIn) return cmp;
        List<Expr> comparators = new ArrayList<>(cmp.comparators());
        comparators.set(comparators.size() - 1, foldIter(comparators.getLast()));
        return new Expr.Compare(cmp.left(), cmp.ops(), comparators, cmp.location());
    }

    /**
     * fold_iter: a list that is only iterated becomes a tuple, a constant one if it can; a set of
     * constants becomes a frozenset constant.
     */
    private Expr foldIter(Expr arg) {
        if (arg instanceof Expr.List l && l.elts().stream().noneMatch(e -> e instanceof Expr.Starred)) {
            ConstantValue.Tuple value = constTuple(l.elts());
            return value == null ? new Expr.Tuple(l.elts(), l.ctx(), l.location())
                    : new Expr.Constant(value, null, l.location());
        }
        if (arg instanceof Expr.Set s) {
            ConstantValue.Tuple value = constTuple(s.elts());
            if (value != null)
                return new Expr.Constant(new ConstantValue.FrozenSet(FrozenSetLayout.order(value.items())), null, s.location());
        }
        return arg;
    }

    private Arguments arguments(Arguments a) {
        return new Arguments(map(a.posonlyargs(), this::arg), map(a.args(), this::arg),
                a.vararg() == null ? null : arg(a.vararg()), map(a.kwonlyargs(), this::arg),
                map(a.kwDefaults(), this::opt), a.kwarg() == null ? null : arg(a.kwarg()), exprs(a.defaults()));
    }

    private Arg arg(Arg a) {
        return new Arg(a.arg(), annotation(a.annotation()), a.typeComment(), a.location());
    }

    private Keyword keyword(Keyword k) {
        return new Keyword(k.arg(), expr(k.value()), k.location());
    }

    private Comprehension comprehension(Comprehension c) {
        return new Comprehension(expr(c.target()), foldIter(expr(c.iter())), exprs(c.ifs()), c.isAsync());
    }

    private ExceptHandler handler(ExceptHandler h) {
        return new ExceptHandler(opt(h.type()), h.name(), stmts(h.body()), h.location());
    }

    private WithItem withItem(WithItem w) {
        return new WithItem(expr(w.contextExpr()), opt(w.optionalVars()));
    }

    private MatchCase matchCase(MatchCase m) {
        return new MatchCase(pattern(m.pattern()), opt(m.guard()), stmts(m.body()));
    }

    private Pattern pattern(Pattern p) {
        return switch (p) {
            case Pattern.MatchValue v -> new Pattern.MatchValue(expr(v.value()), v.location());
            case Pattern.MatchSingleton s -> s;
            case Pattern.MatchSequence s -> new Pattern.MatchSequence(map(s.patterns(), this::pattern), s.location());
            case Pattern.MatchMapping m -> new Pattern.MatchMapping(exprs(m.keys()), map(m.patterns(), this::pattern),
                    m.rest(), m.location());
            case Pattern.MatchClass k -> new Pattern.MatchClass(expr(k.cls()), map(k.patterns(), this::pattern),
                    k.kwdAttrs(), map(k.kwdPatterns(), this::pattern), k.location());
            case Pattern.MatchStar s -> s;
            case Pattern.MatchAs a -> new Pattern.MatchAs(a.pattern() == null ? null : pattern(a.pattern()), a.name(), a.location());
            case Pattern.MatchOr o -> new Pattern.MatchOr(map(o.patterns(), this::pattern), o.location());
        };
    }

    private TypeParam typeParam(TypeParam t) {
        return switch (t) {
            case TypeParam.TypeVar v -> new TypeParam.TypeVar(v.name(), opt(v.bound()), opt(v.defaultValue()), v.location());
            case TypeParam.ParamSpec p -> new TypeParam.ParamSpec(p.name(), opt(p.defaultValue()), p.location());
            case TypeParam.TypeVarTuple v -> new TypeParam.TypeVarTuple(v.name(), opt(v.defaultValue()), v.location());
        };
    }
}
