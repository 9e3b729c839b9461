package pyvm.vm.reference;

import java.math.BigInteger;

/**
 * Python's hash functions, as Python/pyhash.c and Include/cpython/pyhash.h define them, so that
 * {@code hash()} answers what CPython answers and sets iterate in CPython's order.
 *
 * <p>Numbers hash by their value modulo the Mersenne prime 2**61 - 1, so that equal numbers of
 * different types hash alike ({@code hash(1) == hash(1.0) == hash(True)}). Strings and bytes hash with
 * SipHash-1-3 keyed by the hash secret; pyvm's secret is the one {@code PYTHONHASHSEED=0} gives,
 * all zeros, which is the setting pyvm's golden outputs are made with. CPython picks a random secret
 * by default, so its str hashes change from run to run and pyvm's do not.
 */
final class PyHash {

    private PyHash() {}

    /** {@code _PyHASH_BITS}. */
    static final int BITS = 61;
    /** {@code _PyHASH_MODULUS}: 2**61 - 1. */
    static final long MODULUS = (1L << BITS) - 1;
    /** {@code _PyHASH_INF}: the hash of infinity. */
    static final long INF = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** {@code long_hash} of an int that fits a long. */
    static long ofLong(long v) {
        if (v == Long.MIN_VALUE) return ofInt(BigInteger.valueOf(v));
        long x = v >= 0 ? v % MODULUS : -((-v) % MODULUS);
        return x == -1 ? -2 : x;
    }

    /** {@code long_hash}: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
    static long ofInt(BigInteger v) {
        long x = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    /**
     * {@code _Py_HashDouble}: the rational value modulo 2**61 - 1, so an integral float hashes like
     * the int. A NaN hashes by identity, given as {@code identity}.
     */
    static long ofDouble(double v, long identity) {
        if (Double.isNaN(v)) return identity;
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        int e = frexpExponent(v);
        double m = Math.abs(v) == 0 ? 0 : Math.scalb(Math.abs(v), -e);
        long sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;   // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) x -= MODULUS;
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** The exponent C's {@code frexp} gives: {@code v = m * 2**e} with {@code 0.5 <= |m| < 1}. */
    private static int frexpExponent(double v) {
        if (v == 0) return 0;
        int e = Math.getExponent(v);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(v * 0x1p54) - 54;   // subnormal
        return e + 1;
    }

    /**
     * {@code unicode_hash}: SipHash-1-3 over the string's code points stored as CPython stores them,
     * one, two or four little-endian bytes each, by the largest code point.
     */
    static long ofStr(String s) {
        if (s.isEmpty()) return 0;
        int max = 0, count = 0;
        for (int i = 0; i < s.length(); count++) {
            int cp = s.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[count * kind];
        for (int i = 0, n = 0; i < s.length(); n++) {
            int cp = s.codePointAt(i);
            for (int b = 0; b < kind; b++) data[n * kind + b] = (byte) (cp >>> (8 * b));
            i += Character.charCount(cp);
        }
        return ofBytes(data);
    }

    /** {@code _Py_HashBytes}: 0 for no bytes, else SipHash-1-3 with -1 turned into -2. */
    static long ofBytes(byte[] data) {
        if (data.length == 0) return 0;
        long x = siphash13(0, 0, data);
        return x == -1 ? -2 : x;
    }

    /** {@code siphash13} of Python/pyhash.c: SipHash with one compression and three finalization rounds. */
    private static long siphash13(long k0, long k1, byte[] src) {
        long b = (long) src.length << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int i = 0;
        for (; src.length - i >= 8; i += 8) {
            long mi = littleEndian(src, i, 8);
            v3 ^= mi;
            long[] v = round(v0, v1, v2, v3);
            v0 = v[0] ^ mi; v1 = v[1]; v2 = v[2]; v3 = v[3];
        }
        b |= littleEndian(src, i, src.length - i);
        v3 ^= b;
        long[] v = round(v0, v1, v2, v3);
        v[0] ^= b;
        v[2] ^= 0xff;
        v = round(v[0], v[1], v[2], v[3]);
        v = round(v[0], v[1], v[2], v[3]);
        v = round(v[0], v[1], v[2], v[3]);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    /** {@code SINGLE_ROUND}: two {@code HALF_ROUND}s. */
    private static long[] round(long v0, long v1, long v2, long v3) {
        v0 += v1; v2 += v3;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
        return new long[] {v0, v1, v2, v3};
    }

    private static long littleEndian(byte[] src, int from, int count) {
        long t = 0;
        for (int k = 0; k < count; k++) t |= (src[from + k] & 0xffL) << (8 * k);
        return t;
    }
}
