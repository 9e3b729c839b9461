package pyvm.assembler;

import java.util.stream.IntStream;

/**
 * Decodes UTF-8 with the {@code surrogatepass} error handler, as marshal.c decodes TYPE_UNICODE: lone
 * surrogates, which Python strings may hold, arrive as their 3-byte encodings. Anything else that is
 * not UTF-8 raises UnicodeDecodeError with the message Objects/stringlib/codecs.h's decoder gives.
 */
final class Utf8 {

    private Utf8() {}

    /**
     * {@return the code points of {@code data[from, to)}} Code points rather than a Java String,
     * because a lone high surrogate followed by a lone low one must stay two code points.
     */
    static int[] decode(byte[] data, int from, int to) {
        IntStream.Builder out = IntStream.builder();
        int i = from;
        while (i < to) {
            int b0 = data[i] & 0xff;
            if (b0 < 0x80) {
                out.add(b0);
                i++;
                continue;
            }
            int length = b0 < 0xc2 || b0 > 0xf4 ? 0 : b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : 4;
            int bad = invalidAt(data, i, to, b0, length);   // bytes of the bad sequence, 0 if none
            if (bad == 0) {
                int cp = b0 & (0x7f >> length);
                for (int k = 1; k < length; k++) cp = cp << 6 | (data[i + k] & 0x3f);
                out.add(cp);
                i += length;
            } else if (surrogateAt(data, i, to)) {
                out.add((b0 & 0x0f) << 12 | (data[i + 1] & 0x3f) << 6 | (data[i + 2] & 0x3f));
                i += 3;
            } else {
                throw error(data, from, i, bad < 0 ? to - i : bad,
                        length == 0 ? "invalid start byte" : bad < 0 ? "unexpected end of data" : "invalid continuation byte");
            }
        }
        return out.build().toArray();
    }

    /**
     * {@return 0 if a valid sequence of {@code length} bytes starts at {@code i}; else how many bytes
     * the decoder reports as invalid, or -1 for a valid start cut off by the end of the data}
     */
    private static int invalidAt(byte[] data, int i, int to, int b0, int length) {
        if (length == 0) return 1;
        for (int k = 1; k < length; k++) {
            if (i + k >= to) return -1;
            int b = data[i + k] & 0xff;
            boolean continuation = (b & 0xc0) == 0x80;
            if (k == 1 && continuation) {   // the second byte also rules out overlong forms, surrogates, > U+10FFFF
                if (length == 3) continuation = b < 0xa0 ? b0 != 0xe0 : b0 != 0xed;
                if (length == 4) continuation = b < 0x90 ? b0 != 0xf0 : b0 != 0xf4;
            }
            if (!continuation) return k;
        }
        return 0;
    }

    /** The surrogatepass handler's test: a 3-byte encoding of a code point in U+D800..U+DFFF. */
    private static boolean surrogateAt(byte[] data, int i, int to) {
        if (to - i < 3) return false;
        int b0 = data[i] & 0xff, b1 = data[i + 1] & 0xff, b2 = data[i + 2] & 0xff;
        if ((b0 & 0xf0) != 0xe0 || (b1 & 0xc0) != 0x80 || (b2 & 0xc0) != 0x80) return false;
        int cp = (b0 & 0x0f) << 12 | (b1 & 0x3f) << 6 | (b2 & 0x3f);
        return cp >= 0xd800 && cp <= 0xdfff;
    }

    private static MarshalError error(byte[] data, int from, int at, int count, String reason) {
        int start = at - from;
        String where = count == 1
                ? String.format("byte 0x%02x in position %d", data[at] & 0xff, start)
                : String.format("bytes in position %d-%d", start, start + count - 1);
        return new MarshalError(MarshalError.Type.UnicodeDecodeError, "'utf-8' codec can't decode " + where + ": " + reason);
    }

    /** {@return the UTF-8 bytes of the code points, lone surrogates as their 3-byte forms (surrogatepass)} */
    static byte[] encode(int[] codePoints) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(codePoints.length);
        for (int cp : codePoints) {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | cp >> 6);
                out.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out.write(0xe0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            }
        }
        return out.toByteArray();
    }
}
