package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.parser.ConstantValue;

/**
 * The order in which CPython's frozenset of some constants iterates, which is the order dis shows it
 * in: the hash table of Objects/setobject.c (3.13) filled in the given order, open addressing with
 * up to nine linear probes then perturbed jumps, grown to four times the entries when three fifths
 * of the slots are taken. Equal constants ({@code 1}, {@code 1.0}, {@code True}) are one element,
 * the first kept. Hashes are those of {@code PYTHONHASHSEED=0} ({@link PyHash}). (marshal writes a
 * frozenset's elements sorted, so a .pyc does not keep this order.) Where an element hashed by
 * identity (Ellipsis, a NaN, a tuple holding one) lands depends on its address, which no compiler
 * can know and which differs between CPython runs: pyvm puts those last, in the given order.
 */
final class FrozenSetLayout {

    private FrozenSetLayout() {}

    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    /** {@return the distinct elements in iteration order} */
    static List<ConstantValue> order(List<ConstantValue> items) {
        ConstantValue[] keys = new ConstantValue[MINSIZE];
        long[] hashes = new long[MINSIZE];
        int used = 0;
        List<ConstantValue> byIdentity = new ArrayList<>();
        for (ConstantValue item : items) {
            Long h = PyHash.hash(item);
            if (h == null) {
                // only the singleton Ellipsis is equal to another constant hashed by identity
                if (!(item instanceof ConstantValue.Ellipsis && byIdentity.contains(item))) byIdentity.add(item);
                continue;
            }
            if (!add(keys, hashes, item, h)) continue;
            used++;
            // set_add_entry: no dummies in a fresh frozenset, so fill == used
            if ((long) used * 5 >= (long) (keys.length - 1) * 3) {
                int newsize = MINSIZE;
                int minused = used > 50000 ? used * 2 : used * 4;
                while (newsize <= minused) newsize <<= 1;
                ConstantValue[] oldKeys = keys;
                long[] oldHashes = hashes;
                keys = new ConstantValue[newsize];
                hashes = new long[newsize];
                for (int i = 0; i < oldKeys.length; i++)
                    if (oldKeys[i] != null) insertClean(keys, hashes, oldKeys[i], oldHashes[i]);
            }
        }
        List<ConstantValue> out = new ArrayList<>();
        for (ConstantValue k : keys) if (k != null) out.add(k);
        out.addAll(byIdentity);
        return out;
    }

    /** set_add_entry: {@return false if an equal element is there already} */
    private static boolean add(ConstantValue[] keys, long[] hashes, ConstantValue key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    return true;
                }
                if (hashes[j] == hash && pyEquals(keys[j], key)) return false;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_insert_clean: placing an element known to be new while the table grows. */
    private static void insertClean(ConstantValue[] keys, long[] hashes, ConstantValue key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
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
