package pyvm.cfg.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import pyvm.cfg.CodeFlags;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.lexer.ProgramText;
import pyvm.lexer.PySyntaxError;
import pyvm.parser.ConstantValue;
import pyvm.parser.ExprContext;
import pyvm.symtable.Mangling;
import pyvm.symtable.Scope;
import pyvm.symtable.Symbol;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.SymbolTableType;

/**
 * The state of one compilation: the stack of code units being generated and the helpers every
 * visitor emits through. Mirrors struct compiler of Python/compile.c with its ADDOP* macros,
 * compiler_enter_scope, compiler_exit_scope and compiler_nameop; the visitors for statements,
 * expressions, functions and control flow live in classes of their own and reach each other
 * through this one, as CPython's compiler_visit_* functions all take the same {@code c}.
 */
final class Compiler {

    final String filename;
    /** The module's unit, whose table (c_st->st_top) decides whether a name was imported. */
    private Unit moduleUnit;
    final Statements statements = new Statements(this);
    final Expressions expressions = new Expressions(this);
    final Calls calls = new Calls(this);
    final Functions functions = new Functions(this);
    final ControlFlow controlFlow = new ControlFlow(this);
    final Displays displays = new Displays(this);
    final Imports imports = new Imports(this);
    final FrameBlocks frameBlocks = new FrameBlocks(this);
    final ExceptionHandling exceptions = new ExceptionHandling(this);
    final ExceptionGroups exceptionGroups = new ExceptionGroups(this);
    final Classes classes = new Classes(this);
    final Comprehensions comprehensions = new Comprehensions(this);
    final Patterns patterns = new Patterns(this);
    final DestructuringPatterns destructuringPatterns = new DestructuringPatterns(this);
    final TypeParams typeParams = new TypeParams(this);

    /** c_stack: the units around the current one, innermost on top. */
    private final Deque<Unit> stack = new ArrayDeque<>();
    /** c->u: the unit being generated. */
    Unit u;

    /** c_future: the module's future features. */
    final Future future;

    Compiler(String filename, Future future) {
        this.filename = filename;
        this.future = future;
    }

    /**
     * {@return the symbol {@code name} has in the module's table, or null} As in CPython, the
     * symbols of a comprehension inlined at module level stand in for the module's while it compiles.
     */
    Symbol topSymbol(String name) {
        return moduleUnit.symbol(name);
    }

    // ---------------------------------------------------------------- scopes

    /**
     * Starts a new code unit for {@code ste} and emits its RESUME (compiler_enter_scope). The
     * module's RESUME reports line 0, so that tracing never shows it on a line of the source.
     */
    void enterScope(String name, ScopeType type, SymbolTable ste, int lineno) {
        String privateName = type == ScopeType.CLASS ? name : u == null ? null : u.privateName;
        Unit unit = new Unit(ste, type, name, lineno, privateName);
        if (u != null) stack.push(u);
        u = unit;
        if (type == ScopeType.MODULE) {
            moduleUnit = unit;
            unit.qualname = name;
            addopI(Opcode.RESUME, 0, new Location(0, 0, lineno, 0));
        } else {
            unit.qualname = qualname(unit);
            addopI(Opcode.RESUME, 0, new Location(lineno, 0, lineno, 0));
        }
    }

    /**
     * Ends the current unit: adds the implicit {@code return None} (add_return_at_end), runs the
     * flowgraph passes and returns to the enclosing unit (optimize_and_assemble_code_unit up to the
     * point where CPython hands over to the assembler, then compiler_exit_scope).
     */
    CodeUnit exitScope(boolean addNone) {
        if (addNone) loadConst(ConstantValue.NONE, Instruction.NO_LOCATION);
        addop(Opcode.RETURN_VALUE, Instruction.NO_LOCATION);
        Unit unit = u;
        List<ConstantValue> consts = new ArrayList<>(unit.consts);
        CfgBuilder g = CfgBuilder.fromSequence(unit.seq);
        Flowgraph.optimizeCodeUnit(g, consts, unit.varnames.size(), unit.ste.varnames().size(), unit.firstlineno);
        CodeUnit code = new CodeUnit(unit.name, unit.qualname, filename, unit.firstlineno,
                unit.argcount + unit.posonlyargcount, unit.posonlyargcount, unit.kwonlyargcount,
                codeFlags(unit), consts, List.copyOf(unit.names.keySet()), List.copyOf(unit.varnames.keySet()),
                List.copyOf(unit.cellvars.keySet()), List.copyOf(unit.freevars.keySet()),
                List.copyOf(unit.fasthidden.keySet()), g.freeze());
        u = stack.isEmpty() ? null : stack.pop();
        return code;
    }

    /** compiler_set_qualname: the dotted path of a def or class, with {@code <locals>} after functions. */
    private String qualname(Unit unit) {
        if (stack.size() <= 1) return unit.name;
        Unit parent = stack.peek();
        if (parent.scopeType == ScopeType.TYPEPARAMS) {
            if (stack.size() == 2) return unit.name;
            parent = stack.stream().skip(1).findFirst().orElseThrow();
        }
        if (unit.scopeType == ScopeType.FUNCTION || unit.scopeType == ScopeType.ASYNC_FUNCTION
                || unit.scopeType == ScopeType.CLASS) {
            Symbol s = parent.symbol(Mangling.mangle(parent.privateName, unit.name));
            if (s != null && s.scope() == Scope.GLOBAL_EXPLICIT) return unit.name;
        }
        String base = switch (parent.scopeType) {
            case FUNCTION, ASYNC_FUNCTION, LAMBDA -> parent.qualname + ".<locals>";
            case MODULE, CLASS, COMPREHENSION, TYPEPARAMS -> parent.qualname;
        };
        return base + "." + unit.name;
    }

    /** {@return the innermost unit around the current one that is a class body, or null} */
    Unit enclosingClass() {
        for (Unit unit : stack)
            if (unit.scopeType == ScopeType.CLASS) return unit;
        return null;
    }

    /** compute_code_flags: what kind of code the unit is, as co_flags records it. */
    private int codeFlags(Unit unit) {
        var ste = unit.ste;
        int flags = 0;
        if (unit.isFunctionLike()) {
            flags |= CodeFlags.CO_NEWLOCALS | CodeFlags.CO_OPTIMIZED;
            if (ste.nested()) flags |= CodeFlags.CO_NESTED;
            if (ste.generator() && !ste.coroutine()) flags |= CodeFlags.CO_GENERATOR;
            if (ste.generator() && ste.coroutine()) flags |= CodeFlags.CO_ASYNC_GENERATOR;
            if (ste.varargs()) flags |= CodeFlags.CO_VARARGS;
            if (ste.varkeywords()) flags |= CodeFlags.CO_VARKEYWORDS;
        }
        if (ste.coroutine() && !ste.generator()) flags |= CodeFlags.CO_COROUTINE;
        // (only) the compiler flags in PyCF_MASK: the future features
        return flags | future.flags();
    }

    // ---------------------------------------------------------------- emitting (the ADDOP macros)

    /** ADDOP: an instruction without argument. */
    void addop(Opcode op, Location loc) {
        u.seq.addop(op, 0, loc);
    }

    /** ADDOP_I: an instruction with an integer argument. */
    void addopI(Opcode op, int oparg, Location loc) {
        u.seq.addop(op, oparg, loc);
    }

    /** ADDOP_JUMP: a jump to a label. */
    void addJump(Opcode op, Label target, Location loc) {
        u.seq.addJump(op, target, loc);
    }

    /** ADDOP_LOAD_CONST. */
    void loadConst(ConstantValue value, Location loc) {
        addopI(Opcode.LOAD_CONST, u.addConst(value), loc);
    }

    /**
     * ADDOP_NAME: an instruction whose argument indexes co_names, after mangling
     * (compiler_addop_name). The attribute loads carry flags in their low bits, and the LOAD_METHOD
     * family of pseudo-instructions becomes LOAD_ATTR or LOAD_SUPER_ATTR with those bits set.
     */
    void addopName(Opcode op, String name, Location loc) {
        int arg = Unit.add(u.names, Mangling.maybeMangle(u.privateName, u.ste, name));
        switch (op) {
            case LOAD_ATTR -> addopI(op, arg << 1, loc);
            case LOAD_METHOD -> addopI(Opcode.LOAD_ATTR, arg << 1 | 1, loc);
            case LOAD_SUPER_ATTR -> addopI(op, arg << 2 | 2, loc);
            case LOAD_SUPER_METHOD -> addopI(Opcode.LOAD_SUPER_ATTR, arg << 2 | 3, loc);
            case LOAD_ZERO_SUPER_ATTR -> addopI(Opcode.LOAD_SUPER_ATTR, arg << 2, loc);
            case LOAD_ZERO_SUPER_METHOD -> addopI(Opcode.LOAD_SUPER_ATTR, arg << 2 | 1, loc);
            default -> addopI(op, arg, loc);
        }
    }

    /** NEW_JUMP_TARGET_LABEL. */
    Label newLabel() {
        return u.seq.newLabel();
    }

    /** USE_LABEL. */
    void useLabel(Label label) {
        u.seq.useLabel(label);
    }

    // ---------------------------------------------------------------- names

    /**
     * Loads, stores or deletes a name with the opcode its scope calls for (compiler_nameop): fast
     * locals in functions, cells and free variables through DEREF, globals through GLOBAL, and NAME
     * where the namespace is a dict (module and class bodies).
     */
    void nameop(String name, ExprContext ctx, Location loc) {
        forbiddenName(loc, name, ctx);
        String mangled = Mangling.maybeMangle(u.privateName, u.ste, name);
        Symbol symbol = u.symbol(mangled);
        Scope scope = symbol == null ? null : symbol.scope();
        enum OpType { FAST, GLOBAL, DEREF, NAME }
        OpType optype = OpType.NAME;
        if (scope != null) {
            optype = switch (scope) {
                case FREE, CELL -> OpType.DEREF;
                case LOCAL -> u.isFunctionLike() || Boolean.TRUE.equals(u.fasthidden.get(mangled)) ? OpType.FAST : OpType.NAME;
                case GLOBAL_IMPLICIT -> u.isFunctionLike() ? OpType.GLOBAL : OpType.NAME;
                case GLOBAL_EXPLICIT -> OpType.GLOBAL;
            };
        }
        switch (optype) {
            case DEREF -> {
                Integer arg = scope == Scope.FREE ? u.freevars.get(mangled) : u.cellvars.get(mangled);
                if (arg == null) throw new IllegalStateException(scope + " name " + mangled + " has no slot in " + u.qualname);
                Opcode op = switch (ctx) {
                    case Load -> {
                        if (u.ste.type() == SymbolTableType.CLASS && u.inInlinedComp == 0) {
                            addop(Opcode.LOAD_LOCALS, loc);
                            yield Opcode.LOAD_FROM_DICT_OR_DEREF;
                        }
                        if (u.ste.canSeeClassScope()) {
                            addopI(Opcode.LOAD_DEREF, u.freevars.get("__classdict__"), loc);
                            yield Opcode.LOAD_FROM_DICT_OR_DEREF;
                        }
                        yield Opcode.LOAD_DEREF;
                    }
                    case Store -> Opcode.STORE_DEREF;
                    case Del -> Opcode.DELETE_DEREF;
                };
                addopI(op, arg, loc);
            }
            case FAST -> addopI(switch (ctx) {
                case Load -> Opcode.LOAD_FAST;
                case Store -> Opcode.STORE_FAST;
                case Del -> Opcode.DELETE_FAST;
            }, Unit.add(u.varnames, mangled), loc);
            case GLOBAL -> {
                Opcode op = switch (ctx) {
                    case Load -> {
                        if (u.ste.canSeeClassScope() && scope == Scope.GLOBAL_IMPLICIT) {
                            addopI(Opcode.LOAD_DEREF, u.freevars.get("__classdict__"), loc);
                            yield Opcode.LOAD_FROM_DICT_OR_GLOBALS;
                        }
                        yield Opcode.LOAD_GLOBAL;
                    }
                    case Store -> Opcode.STORE_GLOBAL;
                    case Del -> Opcode.DELETE_GLOBAL;
                };
                int arg = Unit.add(u.names, mangled);
                addopI(op, op == Opcode.LOAD_GLOBAL ? arg << 1 : arg, loc);
            }
            case NAME -> {
                // in a class, a comprehension inlined there reads names as a function would
                Opcode op = switch (ctx) {
                    case Load -> u.ste.type() == SymbolTableType.CLASS && u.inInlinedComp > 0 ? Opcode.LOAD_GLOBAL : Opcode.LOAD_NAME;
                    case Store -> Opcode.STORE_NAME;
                    case Del -> Opcode.DELETE_NAME;
                };
                int arg = Unit.add(u.names, mangled);
                addopI(op, op == Opcode.LOAD_GLOBAL ? arg << 1 : arg, loc);
            }
        }
    }

    // ---------------------------------------------------------------- errors

    /** forbidden_name: {@code __debug__} is a constant of the compiler, never bound nor deleted. */
    void forbiddenName(Location loc, String name, ExprContext ctx) {
        if (!name.equals("__debug__")) return;
        switch (ctx) {
            case Store -> throw error(loc, "cannot assign to __debug__");
            case Del -> throw error(loc, "cannot delete __debug__");
            case Load -> { }
        }
    }

    /** {@return the SyntaxError compiler_error raises at {@code loc}} */
    PySyntaxError error(Location loc, String message) {
        return ProgramText.rangedSyntaxError(message, filename, loc);
    }
}
