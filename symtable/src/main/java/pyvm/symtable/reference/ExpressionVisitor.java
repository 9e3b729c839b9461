package pyvm.symtable.reference;

import static pyvm.symtable.reference.Bits.*;

import java.util.List;
import pyvm.parser.Arg;
import pyvm.parser.Arguments;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Keyword;
import pyvm.symtable.ComprehensionType;
import pyvm.symtable.SymbolTableType;

/**
 * The first pass over expressions: {@code symtable_visit_expr} of Python/symtable.c. A name records
 * a use or a binding in the current block; a lambda opens a function block; comprehensions and
 * assignment expressions go to the {@link ComprehensionVisitor}; yield and await mark the block, and
 * are refused where an annotation scope cannot hold them.
 */
final class ExpressionVisitor {

    private final SymtableBuilder st;

    ExpressionVisitor(SymtableBuilder st) {
        this.st = st;
    }

    void visit(List<Expr> exprs) {
        for (Expr e : exprs) visit(e);
    }

    /** {@code VISIT_SEQ_WITH_NULL}: the lists where CPython has None for an absent item. */
    void visitWithNull(List<Expr> exprs) {
        for (Expr e : exprs)
            if (e != null) visit(e);
    }

    void visit(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                st.comprehensions.namedExpr(n);
            }
            case Expr.BoolOp b -> visit(b.values());
            case Expr.BinOp b -> {
                visit(b.left());
                visit(b.right());
            }
            case Expr.UnaryOp u -> visit(u.operand());
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                visit(i.test());
                visit(i.body());
                visit(i.orelse());
            }
            case Expr.Dict d -> {
                visitWithNull(d.keys());
                visit(d.values());
            }
            case Expr.Set s -> visit(s.elts());
            case Expr.GeneratorExp g -> st.comprehensions.comprehension(e, "genexpr", ComprehensionType.GeneratorExpression,
                    g.generators(), g.elt(), null);
            case Expr.ListComp l -> st.comprehensions.comprehension(e, "listcomp", ComprehensionType.ListComprehension,
                    l.generators(), l.elt(), null);
            case Expr.SetComp s -> st.comprehensions.comprehension(e, "setcomp", ComprehensionType.SetComprehension,
                    s.generators(), s.elt(), null);
            case Expr.DictComp d -> st.comprehensions.comprehension(e, "dictcomp", ComprehensionType.DictComprehension,
                    d.generators(), d.key(), d.value());
            case Expr.Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value() != null) visit(y.value());
                yielded(e);
            }
            case Expr.YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                visit(y.value());
                yielded(e);
            }
            case Expr.Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                visit(a.value());
                st.cur.coroutine = true;
            }
            case Expr.Compare c -> {
                visit(c.left());
                visit(c.comparators());
            }
            case Expr.Call c -> {
                visit(c.func());
                visit(c.args());
                for (Keyword k : c.keywords()) visit(k.value());
            }
            case Expr.FormattedValue f -> {
                visit(f.value());
                if (f.formatSpec() != null) visit(f.formatSpec());
            }
            case Expr.JoinedStr j -> visit(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> visit(a.value());
            case Expr.Subscript s -> {
                visit(s.value());
                visit(s.slice());
            }
            case Expr.Starred s -> visit(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) visit(s.lower());
                if (s.upper() != null) visit(s.upper());
                if (s.step() != null) visit(s.step());
            }
            case Expr.Name n -> name(n);
            case Expr.List l -> visit(l.elts());
            case Expr.Tuple t -> visit(t.elts());
        }
    }

    /**
     * A name is a use when loaded and a binding when stored or deleted. In a function-like block,
     * loading {@code super} also uses {@code __class__}: the zero-argument {@code super()} reads that
     * cell, which the class body then creates.
     */
    private void name(Expr.Name n) {
        st.addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n.location());
        if (n.ctx() == ExprContext.Load && st.cur.isFunctionLike() && n.id().equals("super"))
            st.addDef("__class__", USE, n.location());
    }

    /** A lambda's defaults are evaluated here; its parameters and body form a function block. */
    private void lambda(Expr.Lambda l) {
        visit(l.args().defaults());
        visitWithNull(l.args().kwDefaults());
        st.enterBlock("lambda", SymbolTableType.FUNCTION, l.location());
        parameters(l.args());
        visit(l.body());
        st.exitBlock();
    }

    /** {@code yield} makes the block a generator; inside a comprehension it is an error. */
    private void yielded(Expr e) {
        st.cur.generator = true;
        if (st.cur.comprehension != ComprehensionType.NoComprehension)
            st.comprehensions.raiseYieldInComprehension(e);
    }

    /**
     * {@code symtable_visit_arguments}: every parameter, in the order of {@code co_varnames}:
     * positional-only, positional, keyword-only, then {@code *args} and {@code **kwargs}.
     */
    void parameters(Arguments a) {
        params(a.posonlyargs());
        params(a.args());
        params(a.kwonlyargs());
        if (a.vararg() != null) {
            st.addDef(a.vararg().arg(), DEF_PARAM, a.vararg().location());
            st.cur.varargs = true;
        }
        if (a.kwarg() != null) {
            st.addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().location());
            st.cur.varkeywords = true;
        }
    }

    private void params(List<Arg> args) {
        for (Arg arg : args) st.addDef(arg.arg(), DEF_PARAM, arg.location());
    }

    /**
     * {@code symtable_raise_if_annotation_block}: annotation scopes are evaluated lazily, so they may
     * not hold expressions that bind or suspend (a walrus, yield, await).
     */
    void raiseIfAnnotationBlock(String what, Expr e) {
        String message = switch (st.cur.type) {
            case ANNOTATION -> Messages.ANNOTATION_NOT_ALLOWED.formatted(what);
            case TYPE_VARIABLE -> Messages.EXPR_NOT_ALLOWED_IN_TYPE_VARIABLE.formatted(what, st.cur.scopeInfo);
            case TYPE_ALIAS -> Messages.EXPR_NOT_ALLOWED_IN_TYPE_ALIAS.formatted(what);
            case TYPE_PARAMETERS -> Messages.EXPR_NOT_ALLOWED_IN_TYPE_PARAMETERS.formatted(what);
            case MODULE, CLASS, FUNCTION -> null;
        };
        if (message != null) throw st.error(e.location(), message);
    }
}
