package pyvm.cfg.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.NbOp;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Cmpop;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Keyword;
import pyvm.parser.Operator;
import pyvm.parser.Unaryop;
import pyvm.symtable.Flag;
import pyvm.symtable.Scope;
import pyvm.symtable.Symbol;

/**
 * Code for expressions: each leaves its value on the stack, or consumes one when it is an assignment
 * target. Mirrors compiler_visit_expr1 of Python/compile.c and the helpers it calls for operators,
 * comparisons, boolean operators, attributes and calls.
 */
final class Expressions {

    /** STACK_USE_GUIDELINE: past this many items, calls and displays take a slower, smaller form. */
    static final int STACK_USE_GUIDELINE = 30;

    private final Compiler c;

    Expressions(Compiler c) {
        this.c = c;
    }

    /** compiler_visit_expr. */
    void visit(Expr e) {
        Location loc = e.location();
        switch (e) {
            case Expr.Constant k -> c.loadConst(k.value(), loc);
            case Expr.Name n -> c.nameop(n.id(), n.ctx(), loc);
            case Expr.BinOp b -> {
                visit(b.left());
                visit(b.right());
                c.addopI(Opcode.BINARY_OP, binaryOp(b.op(), false).ordinal(), loc);
            }
            case Expr.UnaryOp un -> {
                visit(un.operand());
                switch (un.op()) {
                    case UAdd -> c.addopI(Opcode.CALL_INTRINSIC_1, pyvm.cfg.Intrinsic1.INTRINSIC_UNARY_POSITIVE.ordinal(), loc);
                    case Not -> {
                        c.addop(Opcode.TO_BOOL, loc);
                        c.addop(Opcode.UNARY_NOT, loc);
                    }
                    case USub -> c.addop(Opcode.UNARY_NEGATIVE, loc);
                    case Invert -> c.addop(Opcode.UNARY_INVERT, loc);
                }
            }
            case Expr.BoolOp b -> boolop(b);
            case Expr.Compare cmp -> compare(cmp);
            case Expr.IfExp i -> ifexp(i);
            case Expr.Call call -> call(call);
            case Expr.Attribute a -> attribute(a);
            case Expr.Lambda l -> c.functions.lambda(l);
            case Expr.NamedExpr n -> {
                visit(n.value());
                c.addopI(Opcode.COPY, 1, loc);
                visit(n.target());
            }
            case Expr.Starred s -> throw c.error(loc, s.ctx() == ExprContext.Store
                    ? Messages.STARRED_ASSIGNMENT_TARGET : Messages.CANNOT_USE_STARRED);
            case Expr.Dict d -> c.displays.dict(d);
            case Expr.Set s -> c.displays.set(s);
            case Expr.List l -> c.displays.list(l);
            case Expr.Tuple t -> c.displays.tuple(t);
            case Expr.Subscript s -> c.displays.subscript(s);
            case Expr.Slice s -> c.addopI(Opcode.BUILD_SLICE, c.displays.slice(s), loc);
            case Expr.JoinedStr j -> c.displays.joinedStr(j);
            case Expr.FormattedValue f -> c.displays.formattedValue(f);
            case Expr.ListComp l -> c.comprehensions.visit(l);
            case Expr.SetComp s -> c.comprehensions.visit(s);
            case Expr.DictComp d -> c.comprehensions.visit(d);
            case Expr.GeneratorExp g -> c.comprehensions.visit(g);
            case Expr.Await a -> {
                if (!c.u.isFunctionLike()) throw c.error(loc, "'await' outside function");
                if (c.u.scopeType != ScopeType.ASYNC_FUNCTION && c.u.scopeType != ScopeType.COMPREHENSION)
                    throw c.error(loc, "'await' outside async function");
                visit(a.value());
                c.addopI(Opcode.GET_AWAITABLE, 0, loc);
                c.loadConst(ConstantValue.NONE, loc);
                addYieldFrom(loc, true);
            }
            case Expr.Yield y -> {
                if (!c.u.isFunctionLike()) throw c.error(loc, "'yield' outside function");
                if (y.value() != null) visit(y.value());
                else c.loadConst(ConstantValue.NONE, loc);
                addYield(loc);
            }
            case Expr.YieldFrom y -> {
                if (!c.u.isFunctionLike()) throw c.error(loc, "'yield' outside function");
                if (c.u.scopeType == ScopeType.ASYNC_FUNCTION) throw c.error(loc, "'yield from' inside async function");
                visit(y.value());
                c.addop(Opcode.GET_YIELD_FROM_ITER, loc);
                c.loadConst(ConstantValue.NONE, loc);
                addYieldFrom(loc, false);
            }
        }
    }

    /** addop_yield: YIELD_VALUE and the RESUME that the generator continues at. */
    void addYield(Location loc) {
        if (c.u.ste.generator() && c.u.ste.coroutine())
            c.addopI(Opcode.CALL_INTRINSIC_1, pyvm.cfg.Intrinsic1.INTRINSIC_ASYNC_GEN_WRAP.ordinal(), loc);
        c.addopI(Opcode.YIELD_VALUE, 0, loc);
        c.addopI(Opcode.RESUME, RESUME_AFTER_YIELD, loc);
    }

    /** RESUME's argument after a yield, a yield from, an await (RESUME_AFTER_* of pycore_opcode_utils.h). */
    static final int RESUME_AFTER_YIELD = 1;
    static final int RESUME_AFTER_YIELD_FROM = 2;
    static final int RESUME_AFTER_AWAIT = 3;

    /**
     * compiler_add_yield_from: SEND the value into the iterator until it is exhausted, yielding
     * what it yields; a throw() or close() that ends in StopIteration goes through CLEANUP_THROW.
     */
    void addYieldFrom(Location loc, boolean await) {
        Label send = c.newLabel();
        Label fail = c.newLabel();
        Label exit = c.newLabel();
        c.useLabel(send);
        c.addJump(Opcode.SEND, exit, loc);
        // a virtual try/except for the StopIteration a close() or throw() may raise
        c.addJump(Opcode.SETUP_FINALLY, fail, loc);
        c.addopI(Opcode.YIELD_VALUE, 1, loc);
        c.addop(Opcode.POP_BLOCK, pyvm.cfg.Instruction.NO_LOCATION);
        c.addopI(Opcode.RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc);
        c.addJump(Opcode.JUMP_NO_INTERRUPT, send, loc);
        c.useLabel(fail);
        c.addop(Opcode.CLEANUP_THROW, loc);
        c.useLabel(exit);
        c.addop(Opcode.END_SEND, loc);
    }

    /** compiler_visit_annexpr: a postponed annotation, as the string of its source. */
    void annexpr(Expr annotation) {
        c.loadConst(new ConstantValue.Str(Unparse.annotation(annotation)), annotation.location());
    }

    /** {@return BINARY_OP's argument for an operator, in place for augmented assignment (binop/inplace_binop)} */
    static NbOp binaryOp(Operator op, boolean inplace) {
        NbOp plain = switch (op) {
            case Add -> NbOp.NB_ADD;
            case Sub -> NbOp.NB_SUBTRACT;
            case Mult -> NbOp.NB_MULTIPLY;
            case MatMult -> NbOp.NB_MATRIX_MULTIPLY;
            case Div -> NbOp.NB_TRUE_DIVIDE;
            case Mod -> NbOp.NB_REMAINDER;
            case Pow -> NbOp.NB_POWER;
            case LShift -> NbOp.NB_LSHIFT;
            case RShift -> NbOp.NB_RSHIFT;
            case BitOr -> NbOp.NB_OR;
            case BitXor -> NbOp.NB_XOR;
            case BitAnd -> NbOp.NB_AND;
            case FloorDiv -> NbOp.NB_FLOOR_DIVIDE;
        };
        return inplace ? NbOp.valueOf(plain.name().replace("NB_", "NB_INPLACE_")) : plain;
    }

    /**
     * compiler_addcompare: IS_OP and CONTAINS_OP for identity and membership, else COMPARE_OP with
     * the comparison in the top bits and, in the low four, the mask of outcomes that mean true
     * (compare_masks), which the specialized forms test. Bit 5 (to bool) is set by the optimizer.
     */
    void addCompare(Cmpop op, Location loc) {
        int cmp = switch (op) {
            case Lt -> 0;
            case LtE -> 1;
            case Eq -> 2;
            case NotEq -> 3;
            case Gt -> 4;
            case GtE -> 5;
            case Is, IsNot, In, NotIn -> -1;
        };
        switch (op) {
            case Is -> c.addopI(Opcode.IS_OP, 0, loc);
            case IsNot -> c.addopI(Opcode.IS_OP, 1, loc);
            case In -> c.addopI(Opcode.CONTAINS_OP, 0, loc);
            case NotIn -> c.addopI(Opcode.CONTAINS_OP, 1, loc);
            case Lt, LtE, Eq, NotEq, Gt, GtE -> c.addopI(Opcode.COMPARE_OP, cmp << 5 | COMPARE_MASKS[cmp], loc);
        }
    }

    /** compare_masks, by Py_LT..Py_GE: COMPARISON_LESS_THAN = 2, GREATER_THAN = 4, EQUALS = 8, UNORDERED = 1. */
    private static final int[] COMPARE_MASKS = {2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8};

    /**
     * compiler_compare: a chain {@code a < b < c} evaluates each operand once, keeping the right one
     * of each comparison for the next, and stops at the first false comparison.
     */
    private void compare(Expr.Compare e) {
        Location loc = e.location();
        visit(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            visit(e.comparators().getFirst());
            addCompare(e.ops().getFirst(), loc);
            return;
        }
        Label cleanup = c.newLabel();
        for (int i = 0; i < n; i++) {
            visit(e.comparators().get(i));
            c.addopI(Opcode.SWAP, 2, loc);
            c.addopI(Opcode.COPY, 2, loc);
            addCompare(e.ops().get(i), loc);
            c.addopI(Opcode.COPY, 1, loc);
            c.addop(Opcode.TO_BOOL, loc);
            c.addJump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
            c.addop(Opcode.POP_TOP, loc);
        }
        visit(e.comparators().get(n));
        addCompare(e.ops().get(n), loc);
        Label end = c.newLabel();
        c.addJump(Opcode.JUMP_NO_INTERRUPT, end, Instruction.NO_LOCATION);
        c.useLabel(cleanup);
        c.addopI(Opcode.SWAP, 2, loc);
        c.addop(Opcode.POP_TOP, loc);
        c.useLabel(end);
    }

    /** compiler_boolop: each operand but the last decides, through a copy of itself, whether to stop. */
    private void boolop(Expr.BoolOp e) {
        Location loc = e.location();
        Opcode jump = switch (e.op()) {
            case And -> Opcode.POP_JUMP_IF_FALSE;
            case Or -> Opcode.POP_JUMP_IF_TRUE;
        };
        Label end = c.newLabel();
        List<Expr> values = e.values();
        for (Expr value : values.subList(0, values.size() - 1)) {
            visit(value);
            c.addopI(Opcode.COPY, 1, loc);
            c.addop(Opcode.TO_BOOL, loc);
            c.addJump(jump, end, loc);
            c.addop(Opcode.POP_TOP, loc);
        }
        visit(values.getLast());
        c.useLabel(end);
    }

    /** compiler_ifexp. */
    private void ifexp(Expr.IfExp e) {
        Label end = c.newLabel();
        Label next = c.newLabel();
        c.controlFlow.jumpIf(e.test(), next, false);
        visit(e.body());
        c.addJump(Opcode.JUMP_NO_INTERRUPT, end, Instruction.NO_LOCATION);
        c.useLabel(next);
        visit(e.orelse());
        c.useLabel(end);
    }

    /** The Attribute case of compiler_visit_expr1. */
    private void attribute(Expr.Attribute e) {
        if (e.ctx() == ExprContext.Load && canOptimizeSuperCall(e)) {
            Expr.Call call = (Expr.Call) e.value();
            loadArgsForSuper(call);
            c.addopName(call.args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_ATTR : Opcode.LOAD_SUPER_ATTR, e.attr(), e.location());
            c.addop(Opcode.NOP, matchAttrStart(e.location(), e));
            return;
        }
        c.classes.maybeAddStaticAttribute(e);
        visit(e.value());
        Location loc = matchAttrStart(e.location(), e);
        switch (e.ctx()) {
            case Load -> c.addopName(Opcode.LOAD_ATTR, e.attr(), loc);
            case Store -> c.addopName(Opcode.STORE_ATTR, e.attr(), loc);
            case Del -> c.addopName(Opcode.DELETE_ATTR, e.attr(), loc);
        }
    }

    /**
     * update_start_location_to_match_attr: when an attribute access spans lines, its instructions
     * start on the line of the attribute name, so a traceback points at {@code .name}.
     */
    static Location matchAttrStart(Location loc, Expr.Attribute attr) {
        Location a = attr.location();
        if (loc.lineno() == a.endLineno()) return loc;
        int lineno = a.endLineno();
        int len = attr.attr().length();
        int col = len <= a.endColOffset() ? a.endColOffset() - len : -1;
        int endCol = len <= a.endColOffset() ? loc.endColOffset() : -1;
        int endLineno = Math.max(lineno, loc.endLineno());
        if (lineno == endLineno) endCol = Math.max(col, endCol);
        return new Location(lineno, col, endLineno, endCol);
    }

    // ---------------------------------------------------------------- calls

    /** compiler_call: a method call if it can be one, else the callable, a NULL and the arguments. */
    private void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) return;
        visit(e.func());
        c.addop(Opcode.PUSH_NULL, e.func().location());
        callHelper(e.location(), 0, e.args(), e.keywords());
    }

    /**
     * maybe_optimize_method_call: {@code obj.meth(args)} loads the method and obj together with
     * LOAD_ATTR's method bit, so no bound method object is made.
     */
    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) return false;
        if (isImportOriginated(meth.value())) return false;
        int argsl = e.args().size();
        int kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        if (e.args().stream().anyMatch(a -> a instanceof Expr.Starred)) return false;
        if (e.keywords().stream().anyMatch(k -> k.arg() == null)) return false;
        Location loc = meth.location();
        if (canOptimizeSuperCall(meth)) {
            Expr.Call call = (Expr.Call) meth.value();
            loadArgsForSuper(call);
            c.addopName(call.args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_METHOD : Opcode.LOAD_SUPER_METHOD, meth.attr(), loc);
            loc = matchAttrStart(loc, meth);
            c.addop(Opcode.NOP, loc);
        } else {
            visit(meth.value());
            loc = matchAttrStart(loc, meth);
            c.addopName(Opcode.LOAD_METHOD, meth.attr(), loc);
        }
        for (Expr arg : e.args()) visit(arg);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) visit(k.value());
            callSimpleKwHelper(loc, e.keywords());
            c.addopI(Opcode.CALL_KW, argsl + kwdsl, matchAttrStart(e.location(), meth));
        } else {
            c.addopI(Opcode.CALL, argsl, matchAttrStart(e.location(), meth));
        }
        return true;
    }

    /**
     * can_optimize_super_call: {@code super().attr} and {@code super(C, self).attr} load the
     * attribute with LOAD_SUPER_ATTR, without making a super object, when {@code super} is surely
     * the builtin and, for the zero-argument form, the function has a first argument and the
     * {@code __class__} cell.
     */
    private boolean canOptimizeSuperCall(Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call e) || !(e.func() instanceof Expr.Name name)
                || !name.id().equals("super") || attr.attr().equals("__class__") || !e.keywords().isEmpty())
            return false;
        Symbol here = c.u.symbol("super");
        if (here == null || here.scope() != Scope.GLOBAL_IMPLICIT || c.topSymbol("super") != null) return false;
        if (e.args().size() == 2) return e.args().stream().noneMatch(a -> a instanceof Expr.Starred);
        if (!e.args().isEmpty()) return false;
        if (c.u.argcount == 0 && c.u.posonlyargcount == 0) return false;
        Symbol cls = c.u.symbol("__class__");
        return cls != null && cls.scope() == Scope.FREE;
    }

    /** load_args_for_super: {@code super}, then the class and the instance, given or implied. */
    private void loadArgsForSuper(Expr.Call e) {
        c.nameop(((Expr.Name) e.func()).id(), ExprContext.Load, e.func().location());
        if (e.args().size() == 2) {
            visit(e.args().get(0));
            visit(e.args().get(1));
            return;
        }
        c.nameop("__class__", ExprContext.Load, e.location());
        c.nameop(c.u.varnames.keySet().iterator().next(), ExprContext.Load, e.location());
    }

    /** is_import_originated: a module-level name bound by an import is not worth a method load. */
    private boolean isImportOriginated(Expr e) {
        if (!(e instanceof Expr.Name n)) return false;
        Symbol s = c.topSymbol(n.id());
        return s != null && s.flags().contains(Flag.DEF_IMPORT);
    }

    /**
     * compiler_call_helper: positional arguments, then keyword values and a tuple of their names,
     * then CALL or CALL_KW; with {@code *} or {@code **} arguments, or too many, a tuple of the
     * positional arguments and a dict of the keyword ones for CALL_FUNCTION_EX.
     *
     * @param n how many arguments are already on the stack (the class body and name of a class)
     */
    void callHelper(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        if (args.size() + keywords.size() * 2 > STACK_USE_GUIDELINE
                || args.stream().anyMatch(a -> a instanceof Expr.Starred)
                || keywords.stream().anyMatch(k -> k.arg() == null)) {
            exCall(loc, n, args, keywords);
            return;
        }
        for (Expr arg : args) visit(arg);
        if (!keywords.isEmpty()) {
            for (Keyword k : keywords) visit(k.value());
            callSimpleKwHelper(loc, keywords);
            c.addopI(Opcode.CALL_KW, n + args.size() + keywords.size(), loc);
            return;
        }
        c.addopI(Opcode.CALL, n + args.size(), loc);
    }

    /** The ex_call part of compiler_call_helper. */
    private void exCall(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        if (n == 0 && args.size() == 1 && args.getFirst() instanceof Expr.Starred s) visit(s.value());
        else c.displays.starunpack(loc, args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        if (!keywords.isEmpty()) {
            boolean haveDict = false;
            int nseen = 0;   // the keyword arguments on the stack since the last dict
            for (int i = 0; i < keywords.size(); i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() != null) {
                    nseen++;
                    continue;
                }
                if (nseen > 0) {
                    subkwargs(loc, keywords.subList(i - nseen, i));
                    if (haveDict) c.addopI(Opcode.DICT_MERGE, 1, loc);
                    haveDict = true;
                    nseen = 0;
                }
                if (!haveDict) {
                    c.addopI(Opcode.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visit(kw.value());
                c.addopI(Opcode.DICT_MERGE, 1, loc);
            }
            if (nseen > 0) {
                subkwargs(loc, keywords.subList(keywords.size() - nseen, keywords.size()));
                if (haveDict) c.addopI(Opcode.DICT_MERGE, 1, loc);
            }
        }
        c.addopI(Opcode.CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1, loc);
    }

    /** compiler_subkwargs: a run of named keyword arguments as one dict. */
    private void subkwargs(Location loc, List<Keyword> keywords) {
        int n = keywords.size();
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (Keyword k : keywords) visit(k.value());
            callSimpleKwHelper(loc, keywords);
            c.addopI(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) c.addopI(Opcode.BUILD_MAP, 0, pyvm.cfg.Instruction.NO_LOCATION);
        for (Keyword k : keywords) {
            c.loadConst(new ConstantValue.Str(k.arg()), loc);
            visit(k.value());
            if (big) c.addopI(Opcode.MAP_ADD, 1, pyvm.cfg.Instruction.NO_LOCATION);
        }
        if (!big) c.addopI(Opcode.BUILD_MAP, n, loc);
    }

    /** compiler_call_simple_kw_helper: the keyword names as one constant tuple. */
    private void callSimpleKwHelper(Location loc, List<Keyword> keywords) {
        List<ConstantValue> names = keywords.stream().<ConstantValue>map(k -> new ConstantValue.Str(k.arg())).toList();
        c.loadConst(new ConstantValue.Tuple(names), loc);
    }

    /** validate_keywords: a keyword may be given once. */
    private void validateKeywords(List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords)
            if (k.arg() != null && !seen.add(k.arg()))
                throw c.error(k.location(), "keyword argument repeated: " + k.arg());
    }
}
