package pyvm.vm.reference;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code bytes(...)} and the methods of bytes most programs use, from Objects/bytesobject.c and
 * Objects/bytes_methods.c: decode, hex and fromhex, join, split, strip, replace, find, count,
 * startswith, endswith, upper and lower.
 */
final class BytesMethods {

    private BytesMethods() {}

    static void fill(PyType t) {
        t.tpNew = BytesMethods::newBytes;
        t.addMethod("decode", (self, args, kwnames) -> {
            PyObject[] kw = Args.keywords("decode", args, kwnames, "encoding", "errors");
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("decode", positional.length, 0, 2);
            String encoding = text(positional.length > 0 ? positional[0] : kw[0], "utf-8", "decode", 1);
            String errors = text(positional.length > 1 ? positional[1] : kw[1], "strict", "decode", 2);
            return PyStr.of(Codecs.decode(bytes(self), encoding, errors));
        });
        t.addMethod("hex", (self, args, kwnames) -> {
            Args.noArgs("bytes.hex", args, kwnames);
            return PyStr.of(HexFormat.of().formatHex(bytes(self)));
        });
        t.dict.put("fromhex", new PyStaticMethod(PyStaticMethod.CLASSMETHOD,
                new PyBuiltinFunction("fromhex", "bytes.fromhex", t, (self, args, kwnames) -> {
                    Args.checkPositional("fromhex", args.length, 2, 2);
                    if (!(args[1] instanceof PyStr s))
                        throw PyErr.format(PyExc.TypeError, "fromhex() argument must be str, not %s", args[1].type().name);
                    String digits = s.value.replaceAll("\\s", "");
                    try {
                        return new PyBytes(HexFormat.of().parseHex(digits));
                    } catch (IllegalArgumentException e) {
                        throw PyErr.format(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg");
                    }
                })));
        t.addMethod("join", (self, args, kwnames) -> {
            PyObject[] items = Py.toArray(Args.one("bytes.join", args, kwnames));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBytes b))
                    throw PyErr.format(PyExc.TypeError, "sequence item %d: expected a bytes-like object, %s found",
                            i, items[i].type().name);
                if (i > 0) out.writeBytes(bytes(self));
                out.writeBytes(bytes(b));
            }
            return new PyBytes(out.toByteArray());
        });
        t.addMethod("split", (self, args, kwnames) -> {
            Args.noKeywords("split", kwnames);
            Args.checkPositional("split", args.length, 0, 1);
            byte[] data = bytes(self);
            List<PyObject> parts = new ArrayList<>();
            if (args.length == 0 || args[0] == PyNone.NONE) {
                for (String word : new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).trim().split("[ \\t\\n\\r\\x0b\\f]+"))
                    if (!word.isEmpty()) parts.add(new PyBytes(word.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
                return new PyList(parts);
            }
            byte[] sep = argBytes(args[0]);
            if (sep.length == 0) throw PyErr.format(PyExc.ValueError, "empty separator");
            int start = 0;
            for (int i = indexOf(data, sep, 0); i >= 0; i = indexOf(data, sep, start)) {
                parts.add(new PyBytes(Arrays.copyOfRange(data, start, i)));
                start = i + sep.length;
            }
            parts.add(new PyBytes(Arrays.copyOfRange(data, start, data.length)));
            return new PyList(parts);
        });
        t.addMethod("strip", (self, args, kwnames) -> {
            Args.noKeywords("strip", kwnames);
            Args.checkPositional("strip", args.length, 0, 1);
            byte[] data = bytes(self);
            byte[] chars = args.length == 1 && args[0] != PyNone.NONE ? argBytes(args[0]) : " \t\n\r\u000b\f".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int from = 0, to = data.length;
            while (from < to && contains(chars, data[from])) from++;
            while (to > from && contains(chars, data[to - 1])) to--;
            return new PyBytes(Arrays.copyOfRange(data, from, to));
        });
        t.addMethod("replace", (self, args, kwnames) -> {
            Args.noKeywords("replace", kwnames);
            Args.checkPositional("replace", args.length, 2, 2);
            byte[] data = bytes(self), old = argBytes(args[0]), replacement = argBytes(args[1]);
            if (old.length == 0) return self;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int start = 0;
            for (int i = indexOf(data, old, 0); i >= 0; i = indexOf(data, old, start)) {
                out.write(data, start, i - start);
                out.writeBytes(replacement);
                start = i + old.length;
            }
            out.write(data, start, data.length - start);
            return new PyBytes(out.toByteArray());
        });
        t.addMethod("find", (self, args, kwnames) -> {
            Args.noKeywords("find", kwnames);
            Args.checkPositional("find", args.length, 1, 1);
            return PyInt.of(indexOf(bytes(self), argBytes(args[0]), 0));
        });
        t.addMethod("count", (self, args, kwnames) -> {
            Args.noKeywords("count", kwnames);
            Args.checkPositional("count", args.length, 1, 1);
            byte[] data = bytes(self), sub = argBytes(args[0]);
            if (sub.length == 0) return PyInt.of(data.length + 1);
            int n = 0;
            for (int i = indexOf(data, sub, 0); i >= 0; i = indexOf(data, sub, i + sub.length)) n++;
            return PyInt.of(n);
        });
        t.addMethod("startswith", (self, args, kwnames) -> {
            byte[] data = bytes(self), prefix = argBytes(Args.one("startswith", args, kwnames));
            return PyBool.of(data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length));
        });
        t.addMethod("endswith", (self, args, kwnames) -> {
            byte[] data = bytes(self), suffix = argBytes(Args.one("endswith", args, kwnames));
            return PyBool.of(data.length >= suffix.length
                    && Arrays.equals(data, data.length - suffix.length, data.length, suffix, 0, suffix.length));
        });
        t.addMethod("upper", (self, args, kwnames) -> {
            Args.noArgs("bytes.upper", args, kwnames);
            byte[] data = bytes(self).clone();
            for (int i = 0; i < data.length; i++) if (data[i] >= 'a' && data[i] <= 'z') data[i] -= 32;
            return new PyBytes(data);
        });
        t.addMethod("lower", (self, args, kwnames) -> {
            Args.noArgs("bytes.lower", args, kwnames);
            byte[] data = bytes(self).clone();
            for (int i = 0; i < data.length; i++) if (data[i] >= 'A' && data[i] <= 'Z') data[i] += 32;
            return new PyBytes(data);
        });
    }

    private static byte[] bytes(PyObject self) {
        return ((PyBytes) self).toArray();
    }

    private static byte[] argBytes(PyObject o) {
        if (o instanceof PyBytes b) return b.toArray();
        throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'", o.type().name);
    }

    private static String text(PyObject o, String otherwise, String function, int position) {
        if (o == null) return otherwise;
        if (o instanceof PyStr s) return s.value;
        throw PyErr.format(PyExc.TypeError, "%s() argument %d must be str, not %s", function, position, o.type().name);
    }

    private static boolean contains(byte[] set, byte b) {
        for (byte x : set) if (x == b) return true;
        return false;
    }

    static int indexOf(byte[] data, byte[] sub, int from) {
        outer:
        for (int i = from; i + sub.length <= data.length; i++) {
            for (int k = 0; k < sub.length; k++) if (data[i + k] != sub[k]) continue outer;
            return i;
        }
        return -1;
    }

    /** {@code bytes_new}: from nothing, a size, a str with its encoding, bytes, or an iterable of ints. */
    private static PyObject newBytes(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] kw = Args.keywords("bytes", args, kwnames, "source", "encoding", "errors");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional("bytes", positional.length, 0, 3);
        PyObject source = positional.length > 0 ? positional[0] : kw[0];
        PyObject encoding = positional.length > 1 ? positional[1] : kw[1];
        PyObject errors = positional.length > 2 ? positional[2] : kw[2];
        if (source == null) {
            if (encoding != null || errors != null) throw PyErr.format(PyExc.TypeError, "encoding or errors without sequence argument");
            return new PyBytes(new byte[0]);
        }
        if (source instanceof PyStr s) {
            if (encoding == null) throw PyErr.format(PyExc.TypeError, "string argument without an encoding");
            return new PyBytes(Codecs.encode(s.value, text(encoding, "utf-8", "bytes", 2), text(errors, "strict", "bytes", 3)));
        }
        if (encoding != null) throw PyErr.format(PyExc.TypeError, "encoding without a string argument");
        if (errors != null) throw PyErr.format(PyExc.TypeError, "errors without a string argument");
        if (source instanceof PyBytes b) return new PyBytes(b.toArray());
        if (source.type().nbIndex != null) {
            long n = Number.asSsizeT(source, PyExc.OverflowError);
            if (n < 0) throw PyErr.format(PyExc.ValueError, "negative count");
            if (n > Integer.MAX_VALUE) throw PyErr.noMemory();
            return new PyBytes(new byte[(int) n]);
        }
        if (source.type().tpIter == null && source.type().mpSubscript == null)
            throw PyErr.format(PyExc.TypeError, "cannot convert '%s' object to bytes", source.type().name);
        PyObject[] items = Py.toArray(source);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Number.asSsizeT(items[i], PyExc.ValueError);
            if (v < 0 || v > 255) throw PyErr.format(PyExc.ValueError, "bytes must be in range(0, 256)");
            out[i] = (byte) v;
        }
        return new PyBytes(out);
    }
}
