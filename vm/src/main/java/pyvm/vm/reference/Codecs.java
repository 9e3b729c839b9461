package pyvm.vm.reference;

import java.io.ByteArrayOutputStream;

/**
 * Text encodings, as Python/codecs.c and Objects/unicodeobject.c do them for the codecs written in
 * C: UTF-8, ASCII and Latin-1, with the error handlers {@code strict}, {@code ignore},
 * {@code replace} and {@code backslashreplace}, and the exceptions CPython raises
 * ({@code UnicodeEncodeError('utf-8', text, start, end, reason)}, which prints as
 * {@code 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed}).
 */
final class Codecs {

    private Codecs() {}

    /** The encodings there are, by the name {@code encodings.normalize_encoding} gives them. */
    private enum Codec { UTF_8, ASCII, LATIN_1 }

    /** {@code _Py_normalize_encoding} and the aliases of the encodings pyvm has; others are a LookupError. */
    private static Codec lookup(String encoding) {
        String n = encoding.toLowerCase().replace('_', '-').replace(' ', '-');
        return switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> Codec.UTF_8;
            case "ascii", "us-ascii", "646" -> Codec.ASCII;
            case "latin-1", "latin1", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin" -> Codec.LATIN_1;
            default -> throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        };
    }

    private static String codecName(Codec c) {
        return switch (c) {
            case UTF_8 -> "utf-8";
            case ASCII -> "ascii";
            case LATIN_1 -> "latin-1";
        };
    }

    /** {@code str.encode(encoding, errors)}. */
    static byte[] encode(String text, String encoding, String errors) {
        Codec codec = lookup(encoding);
        int[] cps = text.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        int limit = codec == Codec.ASCII ? 128 : codec == Codec.LATIN_1 ? 256 : 0x110000;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp < limit && !(codec == Codec.UTF_8 && surrogate)) {
                if (codec == Codec.UTF_8) out.writeBytes(Character.toString(cp).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                else out.write(cp);
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (codec == Codec.UTF_8 ? cps[end] >= 0xd800 && cps[end] <= 0xdfff : cps[end] >= limit)) end++;
            switch (errors) {
                case "strict" -> throw new PyException(encodeError(codecName(codec), text, i, end,
                        codec == Codec.UTF_8 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")"));
                case "ignore" -> { }
                case "replace" -> out.writeBytes("?".repeat(end - i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) out.writeBytes(escape(cps[k]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
            }
            i = end - 1;
        }
        return out.toByteArray();
    }

    private static String escape(int cp) {
        return cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    /** {@code bytes.decode(encoding, errors)}. */
    static String decode(byte[] data, String encoding, String errors) {
        Codec codec = lookup(encoding);
        StringBuilder out = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xff;
            if (codec == Codec.LATIN_1 || b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            if (codec == Codec.ASCII) {
                i = handleDecodeError(out, data, i, i + 1, "ascii", "ordinal not in range(128)", errors);
                continue;
            }
            int need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
            if (need < 0) {
                i = handleDecodeError(out, data, i, i + 1, "utf-8", "invalid start byte", errors);
                continue;
            }
            int cp = b & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07), k = 1;
            boolean bad = false;
            for (; k <= need; k++) {
                if (i + k >= data.length) {
                    i = handleDecodeError(out, data, i, data.length, "utf-8", "unexpected end of data", errors);
                    bad = true;
                    break;
                }
                int c = data[i + k] & 0xff;
                int lo = 0x80, hi = 0xbf;
                if (k == 1 && b == 0xe0) lo = 0xa0;
                if (k == 1 && b == 0xed) hi = 0x9f;
                if (k == 1 && b == 0xf0) lo = 0x90;
                if (k == 1 && b == 0xf4) hi = 0x8f;
                if (c < lo || c > hi) {
                    i = handleDecodeError(out, data, i, i + k, "utf-8", "invalid continuation byte", errors);
                    bad = true;
                    break;
                }
                cp = cp << 6 | (c & 0x3f);
            }
            if (bad) continue;
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return out.toString();
    }

    /** An undecodable run of bytes {@code [start, end)}: raise, skip, or replace it. {@return where decoding goes on} */
    private static int handleDecodeError(StringBuilder out, byte[] data, int start, int end, String encoding,
                                         String reason, String errors) {
        switch (errors) {
            case "strict" -> throw new PyException(PyErr.newException(PyExc.UnicodeDecodeError, PyStr.of(encoding),
                    new PyBytes(data.clone()), PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
            case "ignore" -> { }
            case "replace" -> out.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) out.append(String.format("\\x%02x", data[k] & 0xff));
            }
            default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
        }
        return end;
    }

    /** {@return a UnicodeEncodeError for the code points {@code [start, end)} of {@code text}} */
    static PyBaseException encodeError(String encoding, String text, int start, int end, String reason) {
        return PyErr.newException(PyExc.UnicodeEncodeError, PyStr.of(encoding), PyStr.of(text),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }
}
