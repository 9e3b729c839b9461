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
        for (int i = from; i < to; ) {
            int length = sequenceLength(bytes, i, to);
            if (length > 0) {
                out.appendCodePoint(codePoint(bytes, i, length));
                i += length;
            } else {
                out.append('\uFFFD');
                i -= length;
            }
        }
        return out.toString();
    }

    /**
     * {@return where the first sequence that is not UTF-8 starts, or -1 when there is none before
     * the end or a NUL} This is {@code ensure_utf8} of the file tokenizer, which reads a line as a C string.
     */
    static int firstInvalid(byte[] bytes, int from, int to) {
        for (int i = from; i < to && bytes[i] != 0; ) {
            int length = sequenceLength(bytes, i, to);
            if (length < 0) return i;
            i += length;
        }
        return -1;
    }

    /**
     * {@return the message of the UnicodeDecodeError that strict UTF-8 decoding of the bytes from
     * {@code from} to {@code to} raises ({@code PyUnicode_DecodeUTF8(s, size, NULL)}), positions
     * counted from {@code from}; null when they are UTF-8} The error covers what one U+FFFD would
     * replace: a byte that starts no sequence, or a sequence cut short by a byte that cannot
     * continue it or by the end of the bytes.
     */
    static String decodeError(byte[] bytes, int from, int to) {
        for (int i = from; i < to; ) {
            int length = sequenceLength(bytes, i, to);
            if (length > 0) {
                i += length;
                continue;
            }
            int end = i - length;
            int lead = bytes[i] & 0xff;
            String reason = lead < 0xC2 || lead > 0xF4 ? Messages.INVALID_START_BYTE
                    : end == to ? Messages.UNEXPECTED_END_OF_DATA : Messages.INVALID_CONTINUATION_BYTE;
            return Messages.cantDecode("utf-8", bytes, i, end, i - from, reason);
        }
        return null;
    }

    /**
     * {@return the length of the valid sequence at {@code i}, or minus the number of bytes that
     * one U+FFFD replaces there: the lead byte and the bytes that could still continue it}
     */
    private static int sequenceLength(byte[] bytes, int i, int to) {
        int b = bytes[i] & 0xff;
        if (b < 0x80) return 1;
        int needed;
        int lowest = 0x80;
        int highest = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            needed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            needed = 2;
            if (b == 0xE0) lowest = 0xA0;
            if (b == 0xED) highest = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            needed = 3;
            if (b == 0xF0) lowest = 0x90;
            if (b == 0xF4) highest = 0x8F;
        } else {
            return -1;   // a continuation byte or a byte no UTF-8 uses
        }
        int got = 0;
        for (int j = i + 1; got < needed && j < to; j++, got++) {
            int c = bytes[j] & 0xff;
            if (c < lowest || c > highest) break;
            lowest = 0x80;
            highest = 0xBF;
        }
        return got == needed ? needed + 1 : -(got + 1);
    }

    private static int codePoint(byte[] bytes, int i, int length) {
        int cp = (bytes[i] & 0xff) & switch (length) {
            case 1 -> 0x7F;
            case 2 -> 0x1F;
            case 3 -> 0x0F;
            default -> 0x07;
        };
        for (int j = i + 1; j < i + length; j++) cp = (cp << 6) | (bytes[j] & 0x3F);
        return cp;
    }
}
