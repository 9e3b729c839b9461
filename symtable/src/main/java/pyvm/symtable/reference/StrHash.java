package pyvm.symtable.reference;

/**
 * {@code hash(str)} as CPython 3.13 computes it when hash randomization is off
 * ({@code PYTHONHASHSEED=0}, as the golden script runs it): SipHash-1-3 with an all-zero key
 * (Python/pyhash.c, {@code siphash13}) over the string's PEP 393 storage, one, two or four
 * little-endian bytes per code point by the widest one ({@code unicode_hash}). The symtable
 * needs it only because {@link PySet} needs it: see there why.
 */
final class StrHash {

    private StrHash() {}

    static long hash(String s) {
        int[] cps = s.codePoints().toArray();
        if (cps.length == 0) return 0;
        int max = 0;
        for (int cp : cps) max = Math.max(max, cp);
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[cps.length * kind];
        for (int i = 0; i < cps.length; i++)
            for (int b = 0; b < kind; b++) data[i * kind + b] = (byte) (cps[i] >>> (8 * b));
        long x = siphash13(data);
        return x == -1 ? -2 : x;
    }

    private static long siphash13(byte[] in) {
        long[] v = {0x736f6d6570736575L, 0x646f72616e646f6dL, 0x6c7967656e657261L, 0x7465646279746573L};
        int full = in.length & ~7;
        for (int off = 0; off < full; off += 8) {
            long m = word(in, off, 8);
            v[3] ^= m;
            singleRound(v);
            v[0] ^= m;
        }
        long b = ((long) in.length << 56) | word(in, full, in.length - full);
        v[3] ^= b;
        singleRound(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        singleRound(v);
        singleRound(v);
        singleRound(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    /** {@return the {@code n} bytes at {@code off} as a little-endian word} */
    private static long word(byte[] in, int off, int n) {
        long w = 0;
        for (int i = n - 1; i >= 0; i--) w = (w << 8) | (in[off + i] & 0xff);
        return w;
    }

    // SINGLE_ROUND: HALF_ROUND(v0,v1,v2,v3,13,16) then HALF_ROUND(v2,v1,v0,v3,17,21).
    private static void singleRound(long[] v) {
        v[0] += v[1]; v[2] += v[3];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0]; v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[1]; v[0] += v[3];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2]; v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
    }
}
