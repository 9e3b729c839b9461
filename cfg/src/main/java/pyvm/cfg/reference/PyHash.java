package pyvm.cfg.reference;

import java.math.BigInteger;
import pyvm.parser.ConstantValue;

/**
 * Python's hash of a constant, as CPython computes it with hash randomization off
 * ({@code PYTHONHASHSEED=0}): ints modulo 2**61 - 1, floats by their exact value so that
 * {@code hash(1.0) == hash(1)}, str and bytes by SipHash-1-3 of their storage with a zero key,
 * tuples by the xxHash-based tuplehash. A frozenset constant's element order follows from these
 * ({@link FrozenSetLayout}). Mirrors Python/pyhash.c, long_hash, _Py_HashDouble, tuplehash,
 * complex_hash and none_hash of Objects/ (3.13).
 */
final class PyHash {

    private PyHash() {}

    private static final int HASH_BITS = 61;
    private static final long HASH_MODULUS = (1L << HASH_BITS) - 1;
    private static final long HASH_INF = 314159;
    private static final long HASH_IMAG = 1000003;

    /** {@return the hash, or null for constants hashed by identity (NaN, Ellipsis, code), whose order no compiler can know} */
    static Long hash(ConstantValue v) {
        return switch (v) {
            case ConstantValue.None n -> 0xFCA86420L;
            case ConstantValue.Bool b -> b.value() ? 1L : 0L;
            case ConstantValue.Int i -> intHash(i.value());
            case ConstantValue.Float f -> Double.isNaN(f.value()) ? null : doubleHash(f.value());
            case ConstantValue.Complex c -> Double.isNaN(c.real()) || Double.isNaN(c.imag()) ? null
                    : fix(doubleHash(c.real()) + HASH_IMAG * doubleHash(c.imag()));
            case ConstantValue.Str s -> strHash(s.codePoints());
            case ConstantValue.Bytes b -> bytesHash(b.value());
            case ConstantValue.Tuple t -> tupleHash(t);
            case ConstantValue.FrozenSet s -> null;
            case ConstantValue.Ellipsis e -> null;
            case ConstantValue.Code c -> null;
        };
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    /** long_hash: the value modulo 2**61 - 1, with the sign of the value. */
    private static long intHash(BigInteger value) {
        long h = value.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
        return fix(value.signum() < 0 ? -h : h);
    }

    /** _Py_HashDouble: the rational value modulo 2**61 - 1, 28 bits of mantissa at a time. */
    private static long doubleHash(double v) {
        if (Double.isInfinite(v)) return v > 0 ? HASH_INF : -HASH_INF;
        if (v == 0) return 0;
        // frexp: v = m * 2**e with 0.5 <= |m| < 1; subnormals are scaled up first
        int scale = Math.getExponent(v) < Double.MIN_EXPONENT ? 54 : 0;
        double w = Math.scalb(v, scale);
        int e = Math.getExponent(w) + 1;
        double m = Math.scalb(w, -e);
        e -= scale;
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;   // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, HASH_MODULUS) >= 0) x -= HASH_MODULUS;
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & HASH_MODULUS) | x >>> (HASH_BITS - e);
        return fix(x * sign);
    }

    /**
     * unicode_hash: SipHash of the string's storage, one, two or four bytes a code point
     * depending on its widest character (PEP 393).
     */
    private static long strHash(int[] cps) {
        if (cps.length == 0) return 0;
        int max = 0;
        for (int cp : cps) max = Math.max(max, cp);
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[cps.length * kind];
        for (int i = 0; i < cps.length; i++)
            for (int b = 0; b < kind; b++) data[i * kind + b] = (byte) (cps[i] >>> (8 * b));
        return bytesHash(data);
    }

    /** _Py_HashBytes: 0 for nothing, else SipHash-1-3 with the zero key. */
    private static long bytesHash(byte[] data) {
        if (data.length == 0) return 0;
        return fix(siphash13(data));
    }

    /** tuplehash: xxHash-style mixing of the items' hashes. */
    private static Long tupleHash(ConstantValue.Tuple t) {
        final long prime1 = -7046029288634856825L;   // 11400714785074694791
        final long prime2 = -4417276706812531889L;   // 14029467366897019727
        final long prime5 = 2870177450012600261L;
        long acc = prime5;
        for (ConstantValue item : t.items()) {
            Long lane = hash(item);
            if (lane == null) return null;
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.items().size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** siphash13 of Python/pyhash.c with k0 = k1 = 0. */
    private static long siphash13(byte[] in) {
        int len = in.length;
        long b = (long) len << 56;
        long[] v = {0x736f6d6570736575L, 0x646f72616e646f6dL, 0x6c7967656e657261L, 0x7465646279746573L};
        int off = 0;
        for (; len - off >= 8; off += 8) {
            long mi = word(in, off, 8);
            v[3] ^= mi;
            singleRound(v);
            v[0] ^= mi;
        }
        b |= word(in, off, len - off);
        v[3] ^= b;
        singleRound(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        singleRound(v);
        singleRound(v);
        singleRound(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    private static long word(byte[] in, int off, int n) {
        long w = 0;
        for (int i = 0; i < n; i++) w |= (in[off + i] & 0xffL) << (8 * i);
        return w;
    }

    private static void singleRound(long[] v) {
        halfRound(v, 0, 1, 2, 3, 13, 16);
        halfRound(v, 2, 1, 0, 3, 17, 21);
    }

    private static void halfRound(long[] v, int a, int b, int c, int d, int s, int t) {
        v[a] += v[b];
        v[c] += v[d];
        v[b] = Long.rotateLeft(v[b], s) ^ v[a];
        v[d] = Long.rotateLeft(v[d], t) ^ v[c];
        v[a] = Long.rotateLeft(v[a], 32);
    }
}
