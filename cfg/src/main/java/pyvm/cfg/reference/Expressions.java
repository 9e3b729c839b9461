package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.NbOp;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Ast;
import pyvm.parser.Cmpop;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Operator;

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
            case Expr.Call call -> c.calls.call(call);
            case Expr.Attribute a -> attribute(a);
            case Expr.Lambda l -> c.functions.lambda(l);
            case Expr.NamedExpr n -> {
                visit(n.value());
                c.addopI(Opcode.COPY, 1, loc);
                visit(n.target());
            }
            case Expr.Starred s -> throw c.error(loc, s.ctx() == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
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
        c.loadConst(new ConstantValue.Str(Ast.unparse(annotation)), annotation.location());
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
        if (e.ctx() == ExprContext.Load && c.calls.canOptimizeSuperCall(e)) {
            Expr.Call call = (Expr.Call) e.value();
            c.calls.loadArgsForSuper(call);
            c.addopName(call.args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_ATTR : Opcode.LOAD_SUPER_ATTR, e.attr(), e.location());
            c.addop(Opcode.NOP, matchAttrStart(e.location(), e));
            return;
        }
        c.classes.maybeAddStaticAttribute(e);
        visit(e.value());
        Location loc = matchAttrStart(e.location(), e);
        switch (e.ctx()) {
            case Load -> c.addopName(Opcode.LOAD_ATTR, e.attr(), loc);
            case Store -> {
                c.forbiddenName(loc, e.attr(), ExprContext.Store);
                c.addopName(Opcode.STORE_ATTR, e.attr(), loc);
            }
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
}
