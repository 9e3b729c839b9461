package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Intrinsic1;
import pyvm.cfg.Intrinsic2;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Stmt;
import pyvm.parser.TypeParam;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.SymbolTableType;

/**
 * Code for PEP 695's type parameters and type aliases. A generic def or class is compiled inside an
 * annotation scope that makes its TypeVars; bounds, constraints and defaults, and the value of a
 * type alias, are lazily evaluated functions of their own. Mirrors compiler_type_params,
 * compiler_type_param_bound_or_default, compiler_typealias and the generic parts of
 * compiler_function and compiler_class of Python/compile.c (3.13).
 */
final class TypeParams {

    private final Compiler c;

    TypeParams(Compiler c) {
        this.c = c;
    }

    /** Enters the annotation scope {@code <generic parameters of NAME>} of a generic definition. */
    void enter(String name, Location loc, int firstlineno) {
        SymbolTable ste = c.u.ste.child(SymbolTableType.TYPE_PARAMETERS, loc);
        c.enterScope("<generic parameters of " + name + ">", ScopeType.TYPEPARAMS, ste, firstlineno);
    }

    /**
     * Leaves the annotation scope and calls it, with {@code args} values from the stack as its
     * arguments: the generic definition's defaults.
     */
    void exitAndCall(Location loc, int args) {
        CodeUnit code = c.exitScope(false);
        c.functions.makeClosure(loc, code, 0);
        if (args > 0) {
            c.addopI(Opcode.SWAP, args + 1, loc);
            c.addopI(Opcode.CALL, args - 1, loc);
        } else {
            c.addop(Opcode.PUSH_NULL, loc);
            c.addopI(Opcode.CALL, 0, loc);
        }
    }

    /** compiler_type_params: each TypeVar, TypeVarTuple and ParamSpec made and bound, then a tuple of them. */
    void typeParams(List<TypeParam> typeParams) {
        boolean seenDefault = false;
        for (TypeParam tp : typeParams) {
            Location loc = tp.location();
            String name;
            Expr defaultValue;
            switch (tp) {
                case TypeParam.TypeVar v -> {
                    name = v.name();
                    defaultValue = v.defaultValue();
                    c.loadConst(new ConstantValue.Str(name), loc);
                    if (v.bound() != null) {
                        boundOrDefault(v.bound(), name, false);
                        Intrinsic2 intrinsic = v.bound() instanceof Expr.Tuple
                                ? Intrinsic2.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : Intrinsic2.INTRINSIC_TYPEVAR_WITH_BOUND;
                        c.addopI(Opcode.CALL_INTRINSIC_2, intrinsic.ordinal(), loc);
                    } else {
                        c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEVAR.ordinal(), loc);
                    }
                }
                case TypeParam.TypeVarTuple v -> {
                    name = v.name();
                    defaultValue = v.defaultValue();
                    c.loadConst(new ConstantValue.Str(name), loc);
                    c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEVARTUPLE.ordinal(), loc);
                }
                case TypeParam.ParamSpec p -> {
                    name = p.name();
                    defaultValue = p.defaultValue();
                    c.loadConst(new ConstantValue.Str(name), loc);
                    c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_PARAMSPEC.ordinal(), loc);
                }
            }
            if (defaultValue != null) {
                seenDefault = true;
                boundOrDefault(defaultValue, name, tp instanceof TypeParam.TypeVarTuple);
                c.addopI(Opcode.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_SET_TYPEPARAM_DEFAULT.ordinal(), loc);
            } else if (seenDefault) {
                throw c.error(loc, "non-default type parameter '" + name + "' follows default type parameter");
            }
            c.addopI(Opcode.COPY, 1, loc);
            c.nameop(name, ExprContext.Store, loc);
        }
        c.addopI(Opcode.BUILD_TUPLE, typeParams.size(), typeParams.getFirst().location());
    }

    /** compiler_type_param_bound_or_default: a function that evaluates the expression when asked. */
    private void boundOrDefault(Expr e, String name, boolean allowStarred) {
        SymbolTable ste = c.u.ste.child(SymbolTableType.TYPE_VARIABLE, e.location());
        c.enterScope(name, ScopeType.TYPEPARAMS, ste, e.location().lineno());
        if (allowStarred && e instanceof Expr.Starred s) {
            c.expressions.visit(s.value());
            c.addopI(Opcode.UNPACK_SEQUENCE, 1, e.location());
        } else {
            c.expressions.visit(e);
        }
        c.addop(Opcode.RETURN_VALUE, e.location());
        CodeUnit code = c.exitScope(true);
        c.functions.makeClosure(e.location(), code, 0);
    }

    /** compiler_typealias: {@code type Name[T] = value}, the value evaluated lazily. */
    void typeAlias(Stmt.TypeAlias s) {
        Location loc = s.location();
        String name = ((Expr.Name) s.name()).id();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enter(name, loc, loc.lineno());
            c.loadConst(new ConstantValue.Str(name), loc);
            typeParams(s.typeParams());
        } else {
            c.loadConst(new ConstantValue.Str(name), loc);
            c.loadConst(ConstantValue.NONE, loc);
        }
        // compiler_typealias_body
        SymbolTable ste = c.u.ste.child(SymbolTableType.TYPE_ALIAS, loc);
        c.enterScope(name, ScopeType.FUNCTION, ste, loc.lineno());
        // None first, so the evaluate function can't have a docstring
        c.u.addConst(ConstantValue.NONE);
        c.expressions.visit(s.value());
        c.addop(Opcode.RETURN_VALUE, loc);
        CodeUnit body = c.exitScope(false);
        c.functions.makeClosure(loc, body, 0);
        c.addopI(Opcode.BUILD_TUPLE, 3, loc);
        c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEALIAS.ordinal(), loc);
        if (generic) exitAndCall(loc, 0);
        c.nameop(name, ExprContext.Store, loc);
    }
}
