package pyvm.cfg.reference;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;

/**
 * What ast_opt.c computes at compile time: an operator applied to constants, with Python's semantics
 * ({@link PyNumber}) and the size limits that keep a constant like {@code 2 ** 10000000} out of
 * a .pyc. When the operation would raise, or the result would be too large, the node is left for
 * run time, as make_const does when the operation fails. Mirrors fold_binop, fold_unaryop,
 * fold_subscr and the safe_* helpers of Python/ast_opt.c (3.13); {@code %} formatting of a string
 * is turned into an f-string by {@link FormatOptimizer}.
 */
final class ConstantFolding {

    private ConstantFolding() {}

    /** MAX_INT_SIZE: bits of the largest int folding may make. */
    static final int MAX_INT_SIZE = 128;
    /** MAX_COLLECTION_SIZE: items of the largest tuple folding may make. */
    static final int MAX_COLLECTION_SIZE = 256;
    /** MAX_STR_SIZE: characters of the largest str or bytes folding may make. */
    static final int MAX_STR_SIZE = 4096;
    /** MAX_TOTAL_ITEMS: items, nested ones included, of the largest tuple folding may make. */
    static final int MAX_TOTAL_ITEMS = 1024;

    /** fold_binop. */
    static Expr foldBinop(Expr.BinOp node) {
        if (!(node.left() instanceof Expr.Constant l)) return node;
        if (node.op() == pyvm.parser.Operator.Mod && node.right() instanceof Expr.Tuple t
                && l.value() instanceof ConstantValue.Str fmt && t.elts().stream().noneMatch(e -> e instanceof Expr.Starred))
            return FormatOptimizer.optimize(node, fmt.value(), t.elts());
        if (!(node.right() instanceof Expr.Constant r)) return node;
        ConstantValue lv = l.value();
        ConstantValue rv = r.value();
        ConstantValue result = switch (node.op()) {
            case Add -> PyNumber.add(lv, rv);
            case Sub -> PyNumber.subtract(lv, rv);
            case Mult -> safeMultiply(lv, rv);
            case Div -> PyNumber.trueDivide(lv, rv);
            case FloorDiv -> PyNumber.floorDivide(lv, rv);
            case Mod -> lv instanceof ConstantValue.Str || lv instanceof ConstantValue.Bytes ? null : PyNumber.remainder(lv, rv);
            case Pow -> safePower(lv, rv);
            case LShift -> safeLshift(lv, rv);
            case RShift -> PyNumber.rshift(lv, rv);
            case BitOr -> PyNumber.or(lv, rv);
            case BitXor -> PyNumber.xor(lv, rv);
            case BitAnd -> PyNumber.and(lv, rv);
            case MatMult -> null;
        };
        return result == null ? node : new Expr.Constant(result, null, node.location());
    }

    /**
     * fold_unaryop: {@code -1}, {@code ~0}, {@code not 0} on constants; and {@code not a in b} (and
     * is, is not, not in) becomes the inverted comparison.
     */
    static Expr foldUnaryop(Expr.UnaryOp node) {
        if (!(node.operand() instanceof Expr.Constant k)) {
            if (node.op() == pyvm.parser.Unaryop.Not && node.operand() instanceof Expr.Compare cmp && cmp.ops().size() == 1) {
                pyvm.parser.Cmpop inverted = switch (cmp.ops().getFirst()) {
                    case Is -> pyvm.parser.Cmpop.IsNot;
                    case IsNot -> pyvm.parser.Cmpop.Is;
                    case In -> pyvm.parser.Cmpop.NotIn;
                    case NotIn -> pyvm.parser.Cmpop.In;
                    // The remaining comparison operators can't be safely inverted
                    case Eq, NotEq, Lt, LtE, Gt, GtE -> null;
                };
                if (inverted != null) return new Expr.Compare(cmp.left(), List.of(inverted), cmp.comparators(), cmp.location());
            }
            return node;
        }
        ConstantValue v = k.value();
        ConstantValue result = switch (node.op()) {
            case Invert -> PyNumber.invert(v);
            case Not -> new ConstantValue.Bool(!Consts.isTrue(v));
            case UAdd -> PyNumber.positive(v);
            case USub -> PyNumber.negative(v);
        };
        return result == null ? node : new Expr.Constant(result, null, node.location());
    }

    /** fold_subscr: {@code "abc"[1]} and {@code (1, 2)[0]}. */
    static Expr foldSubscr(Expr.Subscript node) {
        if (!(node.value() instanceof Expr.Constant v) || !(node.slice() instanceof Expr.Constant i)) return node;
        ConstantValue result = PyNumber.getItem(v.value(), i.value());
        return result == null ? node : new Expr.Constant(result, null, node.location());
    }

    /** safe_multiply: products of ints, and repetitions of sequences, within the size limits. */
    private static ConstantValue safeMultiply(ConstantValue v, ConstantValue w) {
        BigInteger vi = Consts.intValue(v);
        BigInteger wi = Consts.intValue(w);
        if (vi != null && wi != null) {
            if (vi.signum() != 0 && wi.signum() != 0 && vi.abs().bitLength() + wi.abs().bitLength() > MAX_INT_SIZE) return null;
        } else if (vi != null && w instanceof ConstantValue.Tuple t) {
            int size = t.items().size();
            if (size > 0) {
                if (vi.signum() < 0 || vi.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) return null;
                long n = vi.longValue();
                if (n > 0 && !checkComplexity(t, MAX_TOTAL_ITEMS / n)) return null;
            }
        } else if (vi != null && (w instanceof ConstantValue.Str || w instanceof ConstantValue.Bytes)) {
            int size = w instanceof ConstantValue.Str s ? s.length()
                    : ((ConstantValue.Bytes) w).value().length;
            if (size > 0 && (vi.signum() < 0 || vi.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0)) return null;
        } else if (wi != null && (v instanceof ConstantValue.Tuple || v instanceof ConstantValue.Str || v instanceof ConstantValue.Bytes)) {
            return safeMultiply(w, v);
        }
        return PyNumber.multiply(v, w);
    }

    /** check_complexity: the items of nested tuples, counted against {@code limit}. */
    private static boolean checkComplexity(ConstantValue.Tuple t, long limit) {
        List<ConstantValue.Tuple> todo = new ArrayList<>(List.of(t));
        while (!todo.isEmpty()) {
            ConstantValue.Tuple next = todo.removeLast();
            limit -= next.items().size();
            if (limit < 0) return false;
            for (ConstantValue item : next.items())
                if (item instanceof ConstantValue.Tuple inner) todo.add(inner);
        }
        return true;
    }

    /** safe_power: int powers only while the result stays within MAX_INT_SIZE bits. */
    private static ConstantValue safePower(ConstantValue v, ConstantValue w) {
        BigInteger vi = Consts.intValue(v);
        BigInteger wi = Consts.intValue(w);
        if (vi != null && wi != null && vi.signum() != 0 && wi.signum() > 0) {
            if (wi.bitLength() > 63) return null;
            if (vi.abs().bitLength() > MAX_INT_SIZE / wi.longValue()) return null;
        }
        return PyNumber.power(v, w);
    }

    /** safe_lshift: shifts only while the result stays within MAX_INT_SIZE bits. */
    private static ConstantValue safeLshift(ConstantValue v, ConstantValue w) {
        BigInteger vi = Consts.intValue(v);
        BigInteger wi = Consts.intValue(w);
        if (vi != null && wi != null && vi.signum() != 0 && wi.signum() != 0) {
            if (wi.signum() < 0 || wi.bitLength() > 63) return null;
            long wbits = wi.longValue();
            if (wbits > MAX_INT_SIZE || vi.abs().bitLength() > MAX_INT_SIZE - wbits) return null;
        }
        return PyNumber.lshift(v, w);
    }
}
