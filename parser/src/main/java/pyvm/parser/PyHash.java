package pyvm.parser;

import java.math.BigInteger;

/**
 * Python's {@code hash()} of the builtin values, as Python/pyhash.c and Objects/ compute it in 3.13
 * with hash randomization off ({@code PYTHONHASHSEED=0}, the setting pyvm's golden outputs are made
 * with). Three stages need the very same numbers, because a set's iteration order follows from them
 * ({@link SetTable}): the symtable for the order of free names, the compiler for the order of a
 * frozenset constant's items, the vm for {@code hash()} and every set a program builds.
 *
 * <p>Numbers hash by their value modulo the Mersenne prime 2**61 - 1, so that equal numbers of
 * different types hash alike ({@code hash(1) == hash(1.0) == hash(True)}). str and bytes hash by
 * SipHash-1-3 keyed by the hash secret; with {@code PYTHONHASHSEED=0} the key is all zeros. CPython
 * picks a random secret by default, so its str hashes change from run to run and pyvm's do not.
 * -1 is never a hash: in C it signals an error, so each function turns it into -2.
 */
public final class PyHash {

    private PyHash() {}

    /** {@code _PyHASH_BITS}. */
    private static final int BITS = 61;
    /** {@code _PyHASH_MODULUS}: 2**61 - 1. */
    private static final long MODULUS = (1L << BITS) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    /** {@code _PyHASH_INF}: the hash of infinity. */
    private static final long INF = 314159;
    /** {@code _PyHASH_IMAG}: the multiplier of a complex number's imaginary part. */
    private static final long IMAG = 1000003;

    /** {@code none_hash}: a constant since 3.12, so {@code hash(None)} is the same in every run. */
    public static final long NONE = 0xFCA86420L;

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    /** {@code long_hash} of an int that fits a long: the fast path of a compact int. */
    public static long ofInt(long v) {
        if (v == Long.MIN_VALUE) return ofInt(BigInteger.valueOf(v));
        return fix(v >= 0 ? v % MODULUS : -((-v) % MODULUS));
    }

    /** {@code long_hash}: the value modulo 2**61 - 1, keeping the sign. */
    public static long ofInt(BigInteger v) {
        long x = v.abs().mod(BIG_MODULUS).longValue();
        return fix(v.signum() < 0 ? -x : x);
    }

    /**
     * {@code _Py_HashDouble}: the rational value modulo 2**61 - 1, so an integral float hashes like
     * the int. A NaN hashes by the identity of the object that holds it, given as {@code identity}:
     * NaNs are never equal, so each would be found only by itself anyway.
     */
    public static long ofDouble(double v, long identity) {
        if (Double.isNaN(v)) return identity;
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        int e = frexpExponent(v);
        double m = v == 0 ? 0 : Math.scalb(Math.abs(v), -e);
        long x = 0;
        while (m != 0) {   // 28 bits of mantissa at a time, so that x * 2**28 fits
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;   // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) x -= MODULUS;
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);   // 2**e modulo 2**61 - 1 is a rotation
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        return fix(v < 0 ? -x : x);
    }

    /** The exponent C's {@code frexp} gives: {@code v = m * 2**e} with {@code 0.5 <= |m| < 1}. */
    private static int frexpExponent(double v) {
        if (v == 0) return 0;
        int e = Math.getExponent(v);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(v * 0x1p54) - 54;   // subnormal
        return e + 1;
    }

    /** {@code complex_hash}: the real part's hash plus 1000003 times the imaginary part's. */
    public static long ofComplex(double real, double imag, long identity) {
        return fix(ofDouble(real, identity) + IMAG * ofDouble(imag, identity));
    }

    /**
     * {@code tuplehash}: the xxHash-based mix CPython has used since 3.8, of the items' hashes in
     * order.
     */
    public static long ofTuple(long[] itemHashes) {
        final long prime1 = 0x9E3779B185EBCA87L, prime2 = 0xC2B2AE3D27D4EB4FL, prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (long lane : itemHashes) {
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += itemHashes.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /**
     * {@code unicode_hash}: SipHash-1-3 over the code points stored as CPython stores them (PEP 393),
     * one, two or four little-endian bytes each, by the largest code point.
     */
    public static long ofStr(int[] codePoints) {
        if (codePoints.length == 0) return 0;
        int max = 0;
        for (int cp : codePoints) max = Math.max(max, cp);
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[codePoints.length * kind];
        for (int i = 0; i < codePoints.length; i++)
            for (int b = 0; b < kind; b++) data[i * kind + b] = (byte) (codePoints[i] >>> (8 * b));
        return ofBytes(data);
    }

    /** {@code _Py_HashBytes}: 0 for no bytes, else SipHash-1-3. */
    public static long ofBytes(byte[] data) {
        if (data.length == 0) return 0;
        return fix(siphash13(data));
    }

    /** {@code siphash13} of Python/pyhash.c with the all-zero key: one compression and three finalization rounds. */
    private static long siphash13(byte[] src) {
        long[] v = {0x736f6d6570736575L, 0x646f72616e646f6dL, 0x6c7967656e657261L, 0x7465646279746573L};
        int full = src.length & ~7;
        for (int off = 0; off < full; off += 8) {
            long mi = littleEndian(src, off, 8);
            v[3] ^= mi;
            singleRound(v);
            v[0] ^= mi;
        }
        long b = ((long) src.length << 56) | littleEndian(src, full, src.length - full);
        v[3] ^= b;
        singleRound(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        singleRound(v);
        singleRound(v);
        singleRound(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    /** {@code SINGLE_ROUND}: {@code HALF_ROUND(v0,v1,v2,v3,13,16)} then {@code HALF_ROUND(v2,v1,v0,v3,17,21)}. */
    private static void singleRound(long[] v) {
        v[0] += v[1]; v[2] += v[3];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0]; v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[1]; v[0] += v[3];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2]; v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
    }

    /** {@return the {@code count} bytes at {@code from} as a little-endian word} */
    private static long littleEndian(byte[] src, int from, int count) {
        long t = 0;
        for (int k = 0; k < count; k++) t |= (src[from + k] & 0xffL) << (8 * k);
        return t;
    }
}
