package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.parser.ConstantValue;
import pyvm.parser.SetTable;

/**
 * The order in which CPython's frozenset of some constants iterates, which is the order dis shows it
 * in: the items added in the given order to setobject.c's table ({@link SetTable}), with the hashes
 * of {@code PYTHONHASHSEED=0} ({@link ConstantHash}). Equal constants ({@code 1}, {@code 1.0},
 * {@code True}) are one element, the first kept. (marshal writes a frozenset's elements sorted, so a
 * .pyc does not keep this order.) Where an element hashed by identity (Ellipsis, a NaN, a tuple
 * holding one) lands depends on its address, which no compiler can know and which differs between
 * CPython runs: pyvm puts those last, in the given order.
 */
final class FrozenSetLayout {

    private FrozenSetLayout() {}

    /** {@return the distinct elements in iteration order} */
    static List<ConstantValue> order(List<ConstantValue> items) {
        SetTable<ConstantValue> table = new SetTable<>(ConstantHash::hash, FrozenSetLayout::pyEquals);
        List<ConstantValue> byIdentity = new ArrayList<>();
        for (ConstantValue item : items) {
            if (ConstantHash.hash(item) != null) {
                table.add(item);
            } else if (!(item instanceof ConstantValue.Ellipsis && byIdentity.contains(item))) {
                // only the singleton Ellipsis is equal to another constant hashed by identity
                byIdentity.add(item);
            }
        }
        List<ConstantValue> out = new ArrayList<>();
        table.forEach(out::add);
        out.addAll(byIdentity);
        return out;
    }

    /** Python's == on constants: numbers compare by value across int, bool, float and complex. */
    static boolean pyEquals(ConstantValue a, ConstantValue b) {
        Double x = numeric(a), y = numeric(b);
        if (x != null && y != null) {
            if (a instanceof ConstantValue.Complex || b instanceof ConstantValue.Complex) {
                ConstantValue.Complex ca = asComplex(a), cb = asComplex(b);
                return ca.real() == cb.real() && ca.imag() == cb.imag();
            }
            java.math.BigInteger ia = Consts.intValue(a), ib = Consts.intValue(b);
            if (ia != null && ib != null) return ia.equals(ib);
            if (ia != null) return Double.isFinite(y) && new java.math.BigDecimal(ia).compareTo(new java.math.BigDecimal(y)) == 0;
            if (ib != null) return Double.isFinite(x) && new java.math.BigDecimal(ib).compareTo(new java.math.BigDecimal(x)) == 0;
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof ConstantValue.Tuple ta && b instanceof ConstantValue.Tuple tb) {
            if (ta.items().size() != tb.items().size()) return false;
            for (int i = 0; i < ta.items().size(); i++)
                if (!pyEquals(ta.items().get(i), tb.items().get(i))) return false;
            return true;
        }
        return a.equals(b);
    }

    private static Double numeric(ConstantValue v) {
        return switch (v) {
            case ConstantValue.Bool b -> b.value() ? 1.0 : 0.0;
            case ConstantValue.Int i -> i.value().doubleValue();
            case ConstantValue.Float f -> f.value();
            case ConstantValue.Complex c -> c.real();
            default -> null;
        };
    }

    private static ConstantValue.Complex asComplex(ConstantValue v) {
        return v instanceof ConstantValue.Complex c ? c : new ConstantValue.Complex(numeric(v), 0.0);
    }
}
