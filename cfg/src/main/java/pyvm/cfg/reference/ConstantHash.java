package pyvm.cfg.reference;

import java.util.List;
import pyvm.parser.ConstantValue;
import pyvm.parser.PyHash;

/**
 * Python's hash of a constant, as the running program would compute it with {@code PYTHONHASHSEED=0}
 * ({@link PyHash}): the compiler needs it to put a frozenset constant's items in CPython's order
 * ({@link FrozenSetLayout}). A constant that CPython hashes by its address (NaN, Ellipsis, a code
 * object, a tuple holding one) has no hash that a compiler can know.
 */
final class ConstantHash {

    private ConstantHash() {}

    /** {@return the hash, or null for constants hashed by identity, whose order no compiler can know} */
    static Long hash(ConstantValue v) {
        return switch (v) {
            case ConstantValue.None n -> PyHash.NONE;
            case ConstantValue.Bool b -> PyHash.ofInt(b.value() ? 1 : 0);
            case ConstantValue.Int i -> PyHash.ofInt(i.value());
            // the identity, 0, is never used: a NaN has returned null before
            case ConstantValue.Float f -> Double.isNaN(f.value()) ? null : PyHash.ofDouble(f.value(), 0);
            case ConstantValue.Complex c -> Double.isNaN(c.real()) || Double.isNaN(c.imag()) ? null
                    : PyHash.ofComplex(c.real(), c.imag(), 0);
            case ConstantValue.Str s -> PyHash.ofStr(s.codePoints());
            case ConstantValue.Bytes b -> PyHash.ofBytes(b.value());
            case ConstantValue.Tuple t -> tupleHash(t.items());
            case ConstantValue.FrozenSet s -> null;
            case ConstantValue.Ellipsis e -> null;
            case ConstantValue.Code c -> null;
        };
    }

    private static Long tupleHash(List<ConstantValue> items) {
        long[] lanes = new long[items.size()];
        for (int i = 0; i < lanes.length; i++) {
            Long lane = hash(items.get(i));
            if (lane == null) return null;
            lanes[i] = lane;
        }
        return PyHash.ofTuple(lanes);
    }
}
