package pyvm.symtable.reference;

import static pyvm.symtable.reference.Bits.*;

import java.util.List;
import pyvm.parser.Comprehension;
import pyvm.parser.Expr;
import pyvm.symtable.ComprehensionType;
import pyvm.symtable.Mangling;
import pyvm.symtable.SymbolTableType;

/**
 * The first pass over comprehensions and assignment expressions, which Python/symtable.c handles
 * together because a walrus inside a comprehension binds in the block around it (PEP 572):
 * {@code symtable_handle_comprehension}, {@code symtable_visit_comprehension},
 * {@code symtable_handle_namedexpr} and {@code symtable_extend_namedexpr_scope}.
 */
final class ComprehensionVisitor {

    private final SymtableBuilder st;

    ComprehensionVisitor(SymtableBuilder st) {
        this.st = st;
    }

    /**
     * A comprehension is a function block of its own, named {@code listcomp}, {@code genexpr}, ...:
     * its outermost iterable is evaluated outside it and comes in as the parameter {@code .0}. Whether
     * 3.13 inlines it into its parent (PEP 709) is for the second pass to decide. An async
     * comprehension that is not a generator expression makes the enclosing block a coroutine too.
     */
    void comprehension(Expr e, String name, ComprehensionType type, List<Comprehension> generators, Expr elt, Expr value) {
        boolean isGenerator = type == ComprehensionType.GeneratorExpression;
        Comprehension outermost = generators.getFirst();
        st.cur.compIterExpr++;
        st.expressions.visit(outermost.iter());
        st.cur.compIterExpr--;
        st.enterBlock(name, SymbolTableType.FUNCTION, e.location());
        st.cur.comprehension = type;
        if (outermost.isAsync() != 0) st.cur.coroutine = true;
        st.addDef(".0", DEF_PARAM, st.cur.location);
        st.cur.compIterTarget = true;
        st.expressions.visit(outermost.target());
        st.cur.compIterTarget = false;
        st.expressions.visit(outermost.ifs());
        for (Comprehension generator : generators.subList(1, generators.size())) generator(generator);
        if (value != null) st.expressions.visit(value);
        st.expressions.visit(elt);
        st.cur.generator = isGenerator;
        boolean isAsync = st.cur.coroutine && !isGenerator;
        st.exitBlock();
        if (isAsync) st.cur.coroutine = true;
    }

    /** {@code symtable_visit_comprehension}: a {@code for} clause after the first. */
    private void generator(Comprehension c) {
        st.cur.compIterTarget = true;
        st.expressions.visit(c.target());
        st.cur.compIterTarget = false;
        st.cur.compIterExpr++;
        st.expressions.visit(c.iter());
        st.cur.compIterExpr--;
        st.expressions.visit(c.ifs());
        if (c.isAsync() != 0) st.cur.coroutine = true;
    }

    /**
     * {@code symtable_handle_namedexpr}: refused in a comprehension's iterable; inside a
     * comprehension, the target binds in the nearest enclosing function or module.
     */
    void namedExpr(Expr.NamedExpr e) {
        if (st.cur.compIterExpr > 0) throw st.error(e.location(), Messages.NAMED_EXPR_COMP_ITER_EXPR);
        if (st.cur.comprehension != ComprehensionType.NoComprehension) extendNamedExprScope((Expr.Name) e.target());
        st.expressions.visit(e.value());
        st.expressions.visit(e.target());
    }

    /**
     * {@code symtable_extend_namedexpr_scope}: walks out through the comprehensions (whose iteration
     * variables the target may not rebind) to the block that owns the target. There the name binds;
     * in the comprehension it is declared as a nonlocal (or global) would be. A class body or an
     * annotation scope cannot own it.
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (Block block : st.stack.reversed()) {
            int inScope = block.symbol(Mangling.maybeMangle(st.privateName, block.mangledNames, name));
            if (block.comprehension != ComprehensionType.NoComprehension) {
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0)
                    throw st.error(target.location(), Messages.NAMED_EXPR_COMP_CONFLICT.formatted(name));
                continue;
            }
            switch (block.type) {
                case FUNCTION -> {
                    st.addDef(name, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target.location());
                    st.recordDirective(name, target.location());
                    st.addDef(name, DEF_LOCAL, block, target.location());
                    return;
                }
                case MODULE -> {
                    st.addDef(name, DEF_GLOBAL, target.location());
                    st.recordDirective(name, target.location());
                    st.addDef(name, DEF_GLOBAL, block, target.location());
                    return;
                }
                case CLASS -> throw st.error(target.location(), Messages.NAMED_EXPR_COMP_IN_CLASS);
                case TYPE_PARAMETERS -> throw st.error(target.location(), Messages.NAMED_EXPR_COMP_IN_TYPEPARAM);
                case TYPE_ALIAS -> throw st.error(target.location(), Messages.NAMED_EXPR_COMP_IN_TYPEALIAS);
                case TYPE_VARIABLE -> throw st.error(target.location(), Messages.NAMED_EXPR_COMP_IN_TYPEVAR_BOUND);
                case ANNOTATION -> { }
            }
        }
        throw new IllegalStateException("no block owns the walrus target " + name);
    }

    /** {@code symtable_raise_if_comprehension_block}: yield has no meaning inside a comprehension. */
    void raiseYieldInComprehension(Expr e) {
        throw st.error(e.location(), switch (st.cur.comprehension) {
            case ListComprehension -> Messages.YIELD_IN_LIST_COMPREHENSION;
            case SetComprehension -> Messages.YIELD_IN_SET_COMPREHENSION;
            case DictComprehension -> Messages.YIELD_IN_DICT_COMPREHENSION;
            case GeneratorExpression, NoComprehension -> Messages.YIELD_IN_GENERATOR_EXPRESSION;
        });
    }
}
