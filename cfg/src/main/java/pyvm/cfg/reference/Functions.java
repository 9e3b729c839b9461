package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Instruction;
import pyvm.cfg.Intrinsic1;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Arg;
import pyvm.parser.Arguments;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Stmt;
import pyvm.parser.TypeParam;
import pyvm.symtable.Mangling;
import pyvm.symtable.Scope;
import pyvm.symtable.Symbol;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.SymbolTableType;

/**
 * Code for function definitions and lambdas: the defaults and annotations evaluated where the
 * function is defined, the body compiled as a code unit of its own, and MAKE_FUNCTION with the
 * closure, annotations and defaults attached. Mirrors compiler_function, compiler_function_body,
 * compiler_lambda and compiler_make_closure of Python/compile.c.
 */
final class Functions {

    /** The SET_FUNCTION_ATTRIBUTE bits (MAKE_FUNCTION_* of Include/internal/pycore_opcode_utils.h). */
    static final int MAKE_FUNCTION_DEFAULTS = 0x01;
    static final int MAKE_FUNCTION_KWDEFAULTS = 0x02;
    static final int MAKE_FUNCTION_ANNOTATIONS = 0x04;
    static final int MAKE_FUNCTION_CLOSURE = 0x08;

    private final Compiler c;

    Functions(Compiler c) {
        this.c = c;
    }

    /** _PyAST_GetDocString: the string constant a body starts with, or null. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.getFirst() instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s)
            return s.value();
        return null;
    }

    /** compiler_function for {@code def}. */
    void function(Stmt.FunctionDef s) {
        function(s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(), s.location(), false);
    }

    /** compiler_function for {@code async def}. */
    void function(Stmt.AsyncFunctionDef s) {
        function(s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(), s.location(), true);
    }

    /** compiler_function: decorators, defaults, annotations, the body, then the binding. */
    private void function(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          List<TypeParam> typeParams, Location loc, boolean isAsync) {
        checkDebugArgs(args);
        for (Expr d : decorators) c.expressions.visit(d);
        int firstlineno = decorators.isEmpty() ? loc.lineno() : decorators.getFirst().location().lineno();
        int funcflags = defaultArguments(loc, args);
        boolean generic = !typeParams.isEmpty();
        // the defaults, already on the stack, are passed to the annotation scope as arguments
        int typeparamArgs = 0;
        if (generic) {
            if ((funcflags & MAKE_FUNCTION_DEFAULTS) != 0) typeparamArgs++;
            if ((funcflags & MAKE_FUNCTION_KWDEFAULTS) != 0) typeparamArgs++;
            if (typeparamArgs == 2) c.addopI(Opcode.SWAP, 2, loc);
            c.typeParams.enter(name, loc, firstlineno);
            c.typeParams.typeParams(typeParams);
            for (int i = 0; i < typeparamArgs; i++) c.addopI(Opcode.LOAD_FAST, i, loc);
        }
        if (annotations(loc, args, returns)) funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        SymbolTable ste = c.u.ste.child(SymbolTableType.FUNCTION, loc);
        c.enterScope(name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, ste, firstlineno);
        String docstring = docstring(body);
        c.u.addConst(docstring == null ? ConstantValue.NONE : new ConstantValue.Str(Docstrings.clean(docstring)));
        setArgCounts(args);
        Label start = c.newLabel();
        c.useLabel(start);
        boolean addStopIterationHandler = ste.coroutine() || ste.generator();
        // wrap_in_stopiteration_handler will push a block, so we need to account for that
        if (addStopIterationHandler) c.frameBlocks.push(Instruction.NO_LOCATION, FBlock.Type.STOP_ITERATION, start, null, null);
        c.statements.visitAll(body.subList(docstring == null ? 0 : 1, body.size()));
        if (addStopIterationHandler) {
            wrapInStopIterationHandler();
            c.frameBlocks.pop(FBlock.Type.STOP_ITERATION);
        }
        CodeUnit code = c.exitScope(true);
        makeClosure(loc, code, funcflags);
        if (generic) {
            c.addopI(Opcode.SWAP, 2, loc);
            c.addopI(Opcode.CALL_INTRINSIC_2, pyvm.cfg.Intrinsic2.INTRINSIC_SET_FUNCTION_TYPE_PARAMS.ordinal(), loc);
            c.u.argcount = typeparamArgs;
            c.typeParams.exitAndCall(loc, typeparamArgs);
        }
        for (Expr d : decorators.reversed()) c.addopI(Opcode.CALL, 0, d.location());
        c.nameop(name, ExprContext.Store, loc);
    }

    /**
     * wrap_in_stopiteration_handler: a StopIteration escaping a generator's body becomes a
     * RuntimeError (PEP 479); the whole body, RESUME included, runs under a SETUP_CLEANUP.
     */
    void wrapInStopIterationHandler() {
        Label handler = c.newLabel();
        c.u.seq.insert(0, Instruction.jump(Opcode.SETUP_CLEANUP, handler, Instruction.NO_LOCATION));
        c.loadConst(ConstantValue.NONE, Instruction.NO_LOCATION);
        c.addop(Opcode.RETURN_VALUE, Instruction.NO_LOCATION);
        c.useLabel(handler);
        c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_STOPITERATION_ERROR.ordinal(), Instruction.NO_LOCATION);
        c.addopI(Opcode.RERAISE, 1, Instruction.NO_LOCATION);
    }

    /** compiler_check_debug_args: no parameter may be called {@code __debug__}. */
    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) all.add(args.kwarg());
        for (Arg a : all) c.forbiddenName(a.location(), a.arg(), ExprContext.Store);
    }

    /** compiler_lambda: like a def whose body is one return, and which never has a docstring. */
    void lambda(Expr.Lambda e) {
        Location loc = e.location();
        checkDebugArgs(e.args());
        int funcflags = defaultArguments(loc, e.args());
        SymbolTable ste = c.u.ste.child(SymbolTableType.FUNCTION, loc);
        c.enterScope("<lambda>", ScopeType.LAMBDA, ste, loc.lineno());
        // None first, so the lambda can't have a docstring
        c.u.addConst(ConstantValue.NONE);
        setArgCounts(e.args());
        c.expressions.visit(e.body());
        CodeUnit code;
        if (ste.generator()) {
            // a generator lambda returns what its last yield was sent, with no StopIteration handler
            code = c.exitScope(false);
        } else {
            c.addop(Opcode.RETURN_VALUE, e.body().location());
            code = c.exitScope(true);
        }
        makeClosure(loc, code, funcflags);
    }

    private void setArgCounts(Arguments args) {
        c.u.argcount = args.args().size();
        c.u.posonlyargcount = args.posonlyargs().size();
        c.u.kwonlyargcount = args.kwonlyargs().size();
    }

    /**
     * compiler_default_arguments: a tuple of the positional defaults and a dict of the keyword-only
     * ones, left on the stack for SET_FUNCTION_ATTRIBUTE.
     */
    private int defaultArguments(Location loc, Arguments args) {
        int funcflags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) c.expressions.visit(d);
            c.addopI(Opcode.BUILD_TUPLE, args.defaults().size(), loc);
            funcflags |= MAKE_FUNCTION_DEFAULTS;
        }
        List<ConstantValue> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size() && i < args.kwDefaults().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d == null) continue;
            keys.add(new ConstantValue.Str(Mangling.maybeMangle(c.u.privateName, c.u.ste, args.kwonlyargs().get(i).arg())));
            c.expressions.visit(d);
        }
        if (!keys.isEmpty()) {
            c.loadConst(new ConstantValue.Tuple(keys), loc);
            c.addopI(Opcode.BUILD_CONST_KEY_MAP, keys.size(), loc);
            funcflags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        return funcflags;
    }

    /**
     * compiler_annotations: a flat tuple of name, value pairs for the annotated parameters and the
     * return, in that order; true if one was pushed.
     */
    private boolean annotations(Location loc, Arguments args, Expr returns) {
        int count = 0;
        for (Arg a : args.args()) count += annotation(loc, a.arg(), a.annotation());
        for (Arg a : args.posonlyargs()) count += annotation(loc, a.arg(), a.annotation());
        if (args.vararg() != null) count += annotation(loc, args.vararg().arg(), args.vararg().annotation());
        for (Arg a : args.kwonlyargs()) count += annotation(loc, a.arg(), a.annotation());
        if (args.kwarg() != null) count += annotation(loc, args.kwarg().arg(), args.kwarg().annotation());
        count += annotation(loc, "return", returns);
        if (count == 0) return false;
        c.addopI(Opcode.BUILD_TUPLE, count, loc);
        return true;
    }

    /** compiler_visit_argannotation: {@return how many items it pushed} */
    private int annotation(Location loc, String name, Expr annotation) {
        if (annotation == null) return 0;
        c.loadConst(new ConstantValue.Str(Mangling.maybeMangle(c.u.privateName, c.u.ste, name)), loc);
        if (c.future.annotations()) {
            c.expressions.annexpr(annotation);
        } else if (annotation instanceof Expr.Starred s) {
            c.expressions.visit(s.value());
            c.addopI(Opcode.UNPACK_SEQUENCE, 1, loc);
        } else {
            c.expressions.visit(annotation);
        }
        return 2;
    }

    /**
     * compiler_make_closure: the cells the new function captures, in the order of its free
     * variables, then its code, MAKE_FUNCTION, and the attributes whose values wait on the stack.
     */
    void makeClosure(Location loc, CodeUnit code, int flags) {
        if (!code.freevars().isEmpty()) {
            for (String name : code.freevars()) {
                Symbol s = c.u.symbol(name);
                boolean cell = s != null && s.scope() == Scope.CELL
                        || c.u.ste.type() == SymbolTableType.CLASS && ("__class__".equals(name) || "__classdict__".equals(name));
                Integer arg = cell ? c.u.cellvars.get(name) : c.u.freevars.get(name);
                if (arg == null) throw new IllegalStateException("no cell for free variable " + name + " of " + code.qualname());
                c.addopI(Opcode.LOAD_CLOSURE, arg, loc);
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            c.addopI(Opcode.BUILD_TUPLE, code.freevars().size(), loc);
        }
        c.loadConst(code, loc);
        c.addop(Opcode.MAKE_FUNCTION, loc);
        for (int bit : new int[] {MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_KWDEFAULTS,
                MAKE_FUNCTION_DEFAULTS})
            if ((flags & bit) != 0) c.addopI(Opcode.SET_FUNCTION_ATTRIBUTE, bit, loc);
    }
}
