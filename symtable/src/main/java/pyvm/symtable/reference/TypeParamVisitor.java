package pyvm.symtable.reference;

import static pyvm.symtable.reference.Bits.*;

import java.util.List;
import pyvm.lexer.Location;
import pyvm.parser.Expr;
import pyvm.parser.TypeParam;
import pyvm.symtable.SymbolTableType;

/**
 * The first pass over PEP 695 type parameters: {@code symtable_enter_type_param_block},
 * {@code symtable_visit_type_param} and {@code symtable_visit_type_param_bound_or_default} of
 * Python/symtable.c (3.13, with the PEP 696 defaults). A generic def, class or type alias gets an
 * annotation scope that binds its type parameters; each bound, constraint tuple or default is
 * evaluated lazily in a type-variable block of its own.
 */
final class TypeParamVisitor {

    private final SymtableBuilder st;

    TypeParamVisitor(SymtableBuilder st) {
        this.st = st;
    }

    /**
     * Opens the type-parameters block of a generic. Inside a class it may read the class's names,
     * through {@code __classdict__}. A generic class creates {@code .type_params} and
     * {@code .generic_base} there, to build {@code __type_params__} and the {@code Generic} base; a
     * generic function receives its defaults as the parameters {@code .defaults} and
     * {@code .kwdefaults}, since they are evaluated outside this block.
     */
    void enterTypeParamBlock(String name, boolean hasDefaults, boolean hasKwDefaults, boolean isClass, Location where) {
        boolean inClass = st.cur.type == SymbolTableType.CLASS;
        st.enterBlock(name, SymbolTableType.TYPE_PARAMETERS, where);
        if (inClass) {
            st.cur.canSeeClassScope = true;
            st.addDef("__classdict__", USE, where);
        }
        if (isClass) {
            st.addDef(".type_params", DEF_LOCAL, where);
            st.addDef(".type_params", USE, where);
            st.addDef(".generic_base", DEF_LOCAL, where);
            st.addDef(".generic_base", USE, where);
        }
        if (hasDefaults) st.addDef(".defaults", DEF_PARAM, where);
        if (hasKwDefaults) st.addDef(".kwdefaults", DEF_PARAM, where);
    }

    void visit(List<TypeParam> typeParams) {
        for (TypeParam tp : typeParams) visit(tp);
    }

    private void visit(TypeParam tp) {
        switch (tp) {
            case TypeParam.TypeVar v -> {
                st.addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v.location());
                String info = v.bound() instanceof Expr.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                boundOrDefault(v.bound(), v.name(), info);
                boundOrDefault(v.defaultValue(), v.name(), "a TypeVar default");
            }
            case TypeParam.TypeVarTuple t -> {
                st.addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, t.location());
                boundOrDefault(t.defaultValue(), t.name(), "a TypeVarTuple default");
            }
            case TypeParam.ParamSpec p -> {
                st.addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, p.location());
                boundOrDefault(p.defaultValue(), p.name(), "a ParamSpec default");
            }
        }
    }

    /**
     * A bound or default, when there is one: a block named after the type parameter, at the
     * expression's location, that sees the class's names when the type parameters do.
     *
     * @param scopeInfo what the block evaluates, for the messages of
     *                  {@link ExpressionVisitor#raiseIfAnnotationBlock}
     */
    private void boundOrDefault(Expr e, String name, String scopeInfo) {
        if (e == null) return;
        boolean inClass = st.cur.canSeeClassScope;
        st.enterBlock(name, SymbolTableType.TYPE_VARIABLE, e.location());
        st.cur.canSeeClassScope = inClass;
        if (inClass) st.addDef("__classdict__", USE, e.location());
        st.cur.scopeInfo = scopeInfo;
        st.expressions.visit(e);
        st.exitBlock();
    }
}
