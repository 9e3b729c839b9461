package pyvm.lexer.reference;

/**
 * Python's {@code bytes.decode("utf-8", "replace")}, which the JDK's decoder does not match: each
 * invalid sequence becomes one U+FFFD, and CPython (Objects/stringlib/codecs.h,
 * {@code utf8_decode}) ends an invalid sequence as soon as a byte cannot continue it. So a lead
 * byte whose next byte is wrong is one replacement, and an encoded surrogate ({@code ED A0 80})
 * is three, since no sequence starting {@code ED A0} is valid.
 */
final class Utf8Replace {

    private Utf8Replace() {}

    static String decode(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int needed;
            int lowest = 0x80;
            int highest = 0xBF;
            int cp;
            if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
                cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                needed = 2;
                cp = b & 0x0F;
                if (b == 0xE0) lowest = 0xA0;
                if (b == 0xED) highest = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                needed = 3;
                cp = b & 0x07;
                if (b == 0xF0) lowest = 0x90;
                if (b == 0xF4) highest = 0x8F;
            } else {
                out.append('\uFFFD');   // a continuation byte or a byte no UTF-8 uses
                i++;
                continue;
            }
            int j = i + 1;
            int got = 0;
            while (got < needed && j < to) {
                int c = bytes[j] & 0xff;
                if (c < lowest || c > highest) break;
                cp = (cp << 6) | (c & 0x3F);
                lowest = 0x80;
                highest = 0xBF;
                j++;
                got++;
            }
            if (got == needed) out.appendCodePoint(cp);
            else out.append('\uFFFD');
            i = j;
        }
        return out.toString();
    }
}
