package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Intrinsic1;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Stmt;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.SymbolTableType;

/**
 * Code for class definitions: the body is a function of its own that fills the class namespace
 * (with {@code __module__}, {@code __qualname__}, {@code __firstlineno__} and
 * {@code __static_attributes__} besides what the body defines), and {@code __build_class__} calls
 * it and makes the class. Mirrors compiler_class, compiler_class_body and
 * compiler_maybe_add_static_attribute_to_class of Python/compile.c (3.13).
 */
final class Classes {

    private final Compiler c;

    Classes(Compiler c) {
        this.c = c;
    }

    /** compiler_class. */
    void classDef(Stmt.ClassDef s) {
        for (Expr d : s.decoratorList()) c.expressions.visit(d);
        int firstlineno = s.decoratorList().isEmpty() ? s.location().lineno()
                : s.decoratorList().getFirst().location().lineno();
        Location loc = s.location();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            c.typeParams.enter(s.name(), loc, firstlineno);
            c.u.privateName = s.name();
            c.typeParams.typeParams(s.typeParams());
            c.nameop(".type_params", ExprContext.Store, loc);
        }
        classBody(s, firstlineno);
        if (generic) {
            // the bases get Generic[T, ...], made from the type parameters
            c.nameop(".type_params", ExprContext.Load, loc);
            c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_SUBSCRIPT_GENERIC.ordinal(), loc);
            c.nameop(".generic_base", ExprContext.Store, loc);
            List<Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Expr.Name(".generic_base", ExprContext.Load, loc));
            c.calls.callHelper(loc, 2, bases, s.keywords());
            c.typeParams.exitAndCall(loc, 0);
        } else {
            c.calls.callHelper(loc, 2, s.bases(), s.keywords());
        }
        for (Expr d : s.decoratorList().reversed()) c.addopI(Opcode.CALL, 0, d.location());
        c.nameop(s.name(), ExprContext.Store, loc);
    }

    /**
     * compiler_class_body: compiles the body to a code unit, then pushes {@code __build_class__},
     * a NULL, the body as a function and the class name, for the call compiler_class finishes.
     */
    private void classBody(Stmt.ClassDef s, int firstlineno) {
        SymbolTable ste = c.u.ste.child(SymbolTableType.CLASS, s.location());
        c.enterScope(s.name(), ScopeType.CLASS, ste, firstlineno);
        Location loc = new Location(firstlineno, 0, firstlineno, 0);
        c.nameop("__name__", ExprContext.Load, loc);
        c.nameop("__module__", ExprContext.Store, loc);
        c.loadConst(new ConstantValue.Str(c.u.qualname), loc);
        c.nameop("__qualname__", ExprContext.Store, loc);
        c.loadConst(ConstantValue.Int.of(c.u.firstlineno), loc);
        c.nameop("__firstlineno__", ExprContext.Store, loc);
        if (!s.typeParams().isEmpty()) {
            // compiler_set_type_params_in_class
            c.nameop(".type_params", ExprContext.Load, loc);
            c.nameop("__type_params__", ExprContext.Store, loc);
        }
        if (ste.needsClassdict()) {
            c.addop(Opcode.LOAD_LOCALS, loc);
            c.addopI(Opcode.STORE_DEREF, c.u.cellvars.get("__classdict__"), loc);
        }
        c.statements.body(loc, s.body());
        List<String> attributes = new ArrayList<>(c.u.staticAttributes);
        attributes.sort(Unit::compareCodePoints);
        c.loadConst(new ConstantValue.Tuple(attributes.stream().<ConstantValue>map(ConstantValue.Str::new).toList()),
                Instruction.NO_LOCATION);
        c.nameop("__static_attributes__", ExprContext.Store, Instruction.NO_LOCATION);
        // The following code is artificial
        if (ste.needsClassdict()) {
            c.addopI(Opcode.LOAD_CLOSURE, c.u.cellvars.get("__classdict__"), Instruction.NO_LOCATION);
            c.nameop("__classdictcell__", ExprContext.Store, Instruction.NO_LOCATION);
        }
        if (ste.needsClassClosure()) {
            // Store __classcell__ into class namespace & return it
            c.addopI(Opcode.LOAD_CLOSURE, c.u.cellvars.get("__class__"), Instruction.NO_LOCATION);
            c.addopI(Opcode.COPY, 1, Instruction.NO_LOCATION);
            c.nameop("__classcell__", ExprContext.Store, Instruction.NO_LOCATION);
        } else {
            c.loadConst(ConstantValue.NONE, Instruction.NO_LOCATION);
        }
        c.addop(Opcode.RETURN_VALUE, Instruction.NO_LOCATION);
        CodeUnit code = c.exitScope(true);
        // these instructions should be attributed to the class line, not a decorator line
        Location classLoc = s.location();
        c.addop(Opcode.LOAD_BUILD_CLASS, classLoc);
        c.addop(Opcode.PUSH_NULL, classLoc);
        c.functions.makeClosure(classLoc, code, 0);
        c.loadConst(new ConstantValue.Str(s.name()), classLoc);
    }

    /**
     * compiler_maybe_add_static_attribute_to_class: {@code self.x = ...} in a method records
     * {@code x} in the innermost enclosing class's {@code __static_attributes__}.
     */
    void maybeAddStaticAttribute(Expr.Attribute e) {
        if (!(e.value() instanceof Expr.Name n) || e.ctx() != ExprContext.Store || !n.id().equals("self")) return;
        Unit cls = c.enclosingClass();
        if (cls != null) cls.staticAttributes.add(e.attr());
    }
}
