package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.Intrinsic1;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;

/**
 * Code for the container displays and what takes them apart: tuple, list, set and dict displays,
 * subscripts and slices, unpacking assignment, and f-strings. Mirrors starunpack_helper,
 * compiler_dict and compiler_subdict, compiler_subscript, compiler_slice, unpack_helper,
 * assignment_helper, compiler_joined_str and compiler_formatted_value of Python/compile.c.
 */
final class Displays {

    private final Compiler c;

    Displays(Compiler c) {
        this.c = c;
    }

    /** The Tuple case of compiler_visit_expr1. */
    void tuple(Expr.Tuple e) {
        switch (e.ctx()) {
            case Load -> starunpack(e.location(), e.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
            case Store -> assignment(e.location(), e.elts());
            case Del -> e.elts().forEach(c.expressions::visit);
        }
    }

    /** The List case of compiler_visit_expr1. */
    void list(Expr.List e) {
        switch (e.ctx()) {
            case Load -> starunpack(e.location(), e.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false);
            case Store -> assignment(e.location(), e.elts());
            case Del -> e.elts().forEach(c.expressions::visit);
        }
    }

    /** The Set case of compiler_visit_expr1. */
    void set(Expr.Set e) {
        starunpack(e.location(), e.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
    }

    /**
     * starunpack_helper: the items pushed and built at once; or, with {@code *} items or too many,
     * an empty list extended and appended to; or, for more than two constants, a constant tuple
     * that extends an empty list (tuples use the constant directly; sets extend with a frozenset).
     *
     * @param pushed how many items are already on the stack, to be built in first
     */
    void starunpack(Location loc, List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts)) {
            List<ConstantValue> folded = new ArrayList<>();
            for (Expr e : elts) folded.add(((Expr.Constant) e).value());
            if (tuple && pushed == 0) {
                c.loadConst(new ConstantValue.Tuple(folded), loc);
                return;
            }
            c.addopI(build, pushed, loc);
            c.loadConst(add == Opcode.SET_ADD ? new ConstantValue.FrozenSet(FrozenSetLayout.order(folded))
                    : new ConstantValue.Tuple(folded), loc);
            c.addopI(extend, 1, loc);
            if (tuple) c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_LIST_TO_TUPLE.ordinal(), loc);
            return;
        }
        boolean big = n + pushed > Expressions.STACK_USE_GUIDELINE;
        boolean seenStar = elts.stream().anyMatch(e -> e instanceof Expr.Starred);
        if (!seenStar && !big) {
            for (Expr e : elts) c.expressions.visit(e);
            c.addopI(tuple ? Opcode.BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            c.addopI(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) {
                if (!built) {
                    c.addopI(build, i + pushed, loc);
                    built = true;
                }
                c.expressions.visit(s.value());
                c.addopI(extend, 1, loc);
            } else {
                c.expressions.visit(e);
                if (built) c.addopI(add, 1, loc);
            }
        }
        if (tuple) c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_LIST_TO_TUPLE.ordinal(), loc);
    }

    private static boolean allConstant(List<Expr> elts) {
        return elts.stream().allMatch(e -> e instanceof Expr.Constant);
    }

    /** assignment_helper: unpack the value on the stack into each target in turn. */
    private void assignment(Location loc, List<Expr> elts) {
        unpack(loc, elts);
        for (Expr e : elts) c.expressions.visit(e instanceof Expr.Starred s ? s.value() : e);
    }

    /** unpack_helper: UNPACK_SEQUENCE, or UNPACK_EX with the counts before and after the starred target. */
    private void unpack(Location loc, List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (!(elts.get(i) instanceof Expr.Starred)) continue;
            if (seenStar) throw c.error(loc, "multiple starred expressions in assignment");
            if (i >= 1 << 8 || n - i - 1 >= Integer.MAX_VALUE >> 8)
                throw c.error(loc, "too many expressions in star-unpacking assignment");
            c.addopI(Opcode.UNPACK_EX, i + ((n - i - 1) << 8), loc);
            seenStar = true;
        }
        if (!seenStar) c.addopI(Opcode.UNPACK_SEQUENCE, n, loc);
    }

    /**
     * compiler_dict: runs of key-value pairs become BUILD_MAP (or, with constant keys,
     * BUILD_CONST_KEY_MAP), merged with DICT_UPDATE where {@code **} items come between them.
     */
    void dict(Expr.Dict e) {
        Location loc = e.location();
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (e.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) c.addopI(Opcode.DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.addopI(Opcode.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                c.expressions.visit(e.values().get(i));
                c.addopI(Opcode.DICT_UPDATE, 1, loc);
            } else if (elements * 2 > Expressions.STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1);
                if (haveDict) c.addopI(Opcode.DICT_UPDATE, 1, loc);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) c.addopI(Opcode.DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict) c.addopI(Opcode.BUILD_MAP, 0, loc);
    }

    /** compiler_subdict: the pairs {@code begin} to {@code end} as one dict. */
    private void subdict(Expr.Dict e, int begin, int end) {
        Location loc = e.location();
        int n = end - begin;
        boolean big = n * 2 > Expressions.STACK_USE_GUIDELINE;
        List<Expr> keys = e.keys().subList(begin, end);
        if (n > 1 && !big && allConstant(keys)) {
            for (int i = begin; i < end; i++) c.expressions.visit(e.values().get(i));
            List<ConstantValue> names = new ArrayList<>();
            for (Expr k : keys) names.add(((Expr.Constant) k).value());
            c.loadConst(new ConstantValue.Tuple(names), loc);
            c.addopI(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) c.addopI(Opcode.BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++) {
            c.expressions.visit(e.keys().get(i));
            c.expressions.visit(e.values().get(i));
            if (big) c.addopI(Opcode.MAP_ADD, 1, loc);
        }
        if (!big) c.addopI(Opcode.BUILD_MAP, n, loc);
    }

    /** compiler_subscript: {@code a[i]}, and {@code a[i:j]} without a step as BINARY_SLICE or STORE_SLICE. */
    void subscript(Expr.Subscript e) {
        Location loc = e.location();
        c.expressions.visit(e.value());
        if (isTwoElementSlice(e.slice()) && e.ctx() != pyvm.parser.ExprContext.Del) {
            slice((Expr.Slice) e.slice());
            c.addop(e.ctx() == pyvm.parser.ExprContext.Load ? Opcode.BINARY_SLICE : Opcode.STORE_SLICE, loc);
            return;
        }
        c.expressions.visit(e.slice());
        c.addop(switch (e.ctx()) {
            case Load -> Opcode.BINARY_SUBSCR;
            case Store -> Opcode.STORE_SUBSCR;
            case Del -> Opcode.DELETE_SUBSCR;
        }, loc);
    }

    /** is_two_element_slice. */
    static boolean isTwoElementSlice(Expr s) {
        return s instanceof Expr.Slice slice && slice.step() == null;
    }

    /** compiler_slice: pushes the bounds, None for a missing one. {@return how many were pushed} */
    int slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) c.expressions.visit(s.lower());
        else c.loadConst(ConstantValue.NONE, s.location());
        if (s.upper() != null) c.expressions.visit(s.upper());
        else c.loadConst(ConstantValue.NONE, s.location());
        if (s.step() != null) {
            n++;
            c.expressions.visit(s.step());
        }
        return n;
    }

    /** compiler_joined_str: the parts, then BUILD_STRING; many parts are joined by {@code ''.join}. */
    void joinedStr(Expr.JoinedStr e) {
        Location loc = e.location();
        int count = e.values().size();
        if (count > Expressions.STACK_USE_GUIDELINE) {
            c.loadConst(new ConstantValue.Str(""), loc);
            c.addopName(Opcode.LOAD_METHOD, "join", loc);
            c.addopI(Opcode.BUILD_LIST, 0, loc);
            for (Expr v : e.values()) {
                c.expressions.visit(v);
                c.addopI(Opcode.LIST_APPEND, 1, loc);
            }
            c.addopI(Opcode.CALL, 1, loc);
            return;
        }
        for (Expr v : e.values()) c.expressions.visit(v);
        if (count > 1) c.addopI(Opcode.BUILD_STRING, count, loc);
        else if (count == 0) c.loadConst(new ConstantValue.Str(""), loc);
    }

    /** compiler_formatted_value: the value, its !s, !r or !a conversion, then formatting. */
    void formattedValue(Expr.FormattedValue e) {
        c.expressions.visit(e.value());
        Location loc = e.location();
        switch (e.conversion()) {
            case 's' -> c.addopI(Opcode.CONVERT_VALUE, 1, loc);
            case 'r' -> c.addopI(Opcode.CONVERT_VALUE, 2, loc);
            case 'a' -> c.addopI(Opcode.CONVERT_VALUE, 3, loc);
            case -1 -> { }
            default -> throw new IllegalStateException("unrecognized conversion character " + e.conversion());
        }
        if (e.formatSpec() != null) {
            c.expressions.visit(e.formatSpec());
            c.addop(Opcode.FORMAT_WITH_SPEC, loc);
        } else {
            c.addop(Opcode.FORMAT_SIMPLE, loc);
        }
    }
}
