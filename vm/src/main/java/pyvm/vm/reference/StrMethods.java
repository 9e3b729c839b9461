package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code str} that search, split, join, strip, replace and encode: part of
 * {@code unicode_methods} in Objects/unicodeobject.c, with their Argument Clinic checks. Those that
 * change case, test characters or pad are in {@link StrCaseMethods}. Whitespace is what
 * {@code str.isspace} calls whitespace.
 */
final class StrMethods {

    private StrMethods() {}

    static void fill(PyType t) {
        t.addMethod("format", (self, args, kwnames) -> StrFormat.format(str(self), args, kwnames));
        t.addMethod("join", (self, args, kwnames) -> join(str(self), Args.one("str.join", args, kwnames)));
        t.addMethod("split", (self, args, kwnames) -> split(str(self), args, kwnames, "split", false));
        t.addMethod("rsplit", (self, args, kwnames) -> split(str(self), args, kwnames, "rsplit", true));
        t.addMethod("strip", (self, args, kwnames) -> strip(str(self), args, kwnames, "strip", true, true));
        t.addMethod("lstrip", (self, args, kwnames) -> strip(str(self), args, kwnames, "lstrip", true, false));
        t.addMethod("rstrip", (self, args, kwnames) -> strip(str(self), args, kwnames, "rstrip", false, true));
        t.addMethod("replace", (self, args, kwnames) -> {
            Args.noKeywords("replace", kwnames);
            Args.checkPositional("replace", args.length, 2, 3);
            String old = arg(args[0], "replace", 1), replacement = arg(args[1], "replace", 2);
            long count = args.length == 3 ? Number.asSsizeT(args[2], PyExc.OverflowError) : -1;
            return PyStr.of(replace(str(self), old, replacement, count));
        });
        t.addMethod("startswith", (self, args, kwnames) -> PyBool.of(affix(str(self), args, kwnames, "startswith", true)));
        t.addMethod("endswith", (self, args, kwnames) -> PyBool.of(affix(str(self), args, kwnames, "endswith", false)));
        t.addMethod("find", (self, args, kwnames) -> PyInt.of(find(self, args, kwnames, "find", false)));
        t.addMethod("rfind", (self, args, kwnames) -> PyInt.of(find(self, args, kwnames, "rfind", true)));
        t.addMethod("index", (self, args, kwnames) -> {
            long i = find(self, args, kwnames, "index", false);
            if (i < 0) throw PyErr.format(PyExc.ValueError, "substring not found");
            return PyInt.of(i);
        });
        t.addMethod("count", (self, args, kwnames) -> {
            Args.noKeywords("count", kwnames);
            Args.checkPositional("count", args.length, 1, 1);
            String s = str(self), sub = arg(args[0], "count", 1);
            if (sub.isEmpty()) return PyInt.of(((PyStr) self).length() + 1);
            int n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
            return PyInt.of(n);
        });

        t.addMethod("splitlines", (self, args, kwnames) -> {
            PyObject[] kw = Args.keywords("splitlines", args, kwnames, "keepends");
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("splitlines", positional.length, 0, 1);
            PyObject keep = positional.length > 0 ? positional[0] : kw[0];
            return splitlines(str(self), keep != null && Py.isTrue(keep));
        });
        t.addMethod("partition", (self, args, kwnames) -> partition(str(self), Args.one("str.partition", args, kwnames), false));
        t.addMethod("rpartition", (self, args, kwnames) -> partition(str(self), Args.one("str.rpartition", args, kwnames), true));
        t.addMethod("removeprefix", (self, args, kwnames) -> {
            String s = str(self), prefix = arg(Args.one("str.removeprefix", args, kwnames), "removeprefix", 1);
            return s.startsWith(prefix) ? PyStr.of(s.substring(prefix.length())) : self;
        });
        t.addMethod("removesuffix", (self, args, kwnames) -> {
            String s = str(self), suffix = arg(Args.one("str.removesuffix", args, kwnames), "removesuffix", 1);
            return !suffix.isEmpty() && s.endsWith(suffix) ? PyStr.of(s.substring(0, s.length() - suffix.length())) : self;
        });
        t.addMethod("rindex", (self, args, kwnames) -> {
            long i = find(self, args, kwnames, "rindex", true);
            if (i < 0) throw PyErr.format(PyExc.ValueError, "substring not found");
            return PyInt.of(i);
        });
        t.addMethod("encode", (self, args, kwnames) -> {
            PyObject[] kw = Args.keywords("encode", args, kwnames, "encoding", "errors");
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("encode", positional.length, 0, 2);
            PyObject encoding = positional.length > 0 ? positional[0] : kw[0];
            PyObject errors = positional.length > 1 ? positional[1] : kw[1];
            return new PyBytes(Codecs.encode(str(self), encoding == null ? "utf-8" : arg(encoding, "encode", 1),
                    errors == null ? "strict" : arg(errors, "encode", 2)));
        });
    }

    private static String str(PyObject self) {
        return ((PyStr) self).value;
    }

    /** An argument that must be a str: {@code replace() argument 1 must be str, not int}. */
    private static String arg(PyObject o, String function, int position) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.format(PyExc.TypeError, "%s() argument %d must be str, not %s", function, position, o.type().name);
    }

    /** {@code Py_UNICODE_ISSPACE}: the bidirectional classes WS, B and S, and the Zs category. */
    static boolean isSpace(int cp) {
        if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** {@code str.join(iterable)}. */
    private static PyObject join(String sep, PyObject iterable) {
        if (iterable.type().tpIter == null && iterable.type().mpSubscript == null)
            throw PyErr.format(PyExc.TypeError, "can only join an iterable");
        PyObject[] items = Py.toArray(iterable);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s))
                throw PyErr.format(PyExc.TypeError, "sequence item %d: expected str instance, %s found", i, items[i].type().name);
            if (i > 0) out.append(sep);
            out.append(s.value);
        }
        return PyStr.of(out.toString());
    }

    /** {@code str.split(sep=None, maxsplit=-1)} and {@code rsplit}. */
    private static PyObject split(String s, PyObject[] args, String[] kwnames, String name, boolean fromRight) {
        PyObject[] kw = Args.keywords(name, args, kwnames, "sep", "maxsplit");
        PyObject[] positional = Args.positional(args, kwnames);
        Args.checkPositional(name, positional.length, 0, 2);
        PyObject sepArg = positional.length > 0 ? positional[0] : kw[0];
        PyObject maxArg = positional.length > 1 ? positional[1] : kw[1];
        long max = maxArg == null ? -1 : Number.asSsizeT(maxArg, PyExc.OverflowError);
        if (max < 0) max = Long.MAX_VALUE;
        List<PyObject> parts = new ArrayList<>();
        if (sepArg == null || sepArg == PyNone.NONE) {
            List<String> words = new ArrayList<>();
            int[] cps = s.codePoints().toArray();
            int i = fromRight ? cps.length - 1 : 0;
            int step = fromRight ? -1 : 1;
            while (true) {
                while (i >= 0 && i < cps.length && isSpace(cps[i])) i += step;
                if (i < 0 || i >= cps.length) break;
                if (words.size() == max) {
                    int from = fromRight ? 0 : i, to = fromRight ? i + 1 : cps.length;
                    String rest = new String(cps, from, to - from);
                    words.add(rest);
                    break;
                }
                int start = i;
                while (i >= 0 && i < cps.length && !isSpace(cps[i])) i += step;
                int from = fromRight ? i + 1 : start, to = fromRight ? start + 1 : i;
                words.add(new String(cps, from, to - from));
            }
            if (fromRight) java.util.Collections.reverse(words);
            for (String w : words) parts.add(PyStr.of(w));
            return new PyList(parts);
        }
        String sep = arg(sepArg, name, 1);
        if (sep.isEmpty()) throw PyErr.format(PyExc.ValueError, "empty separator");
        List<String> pieces = new ArrayList<>();
        if (!fromRight) {
            int start = 0;
            for (int i = s.indexOf(sep); i >= 0 && pieces.size() < max; i = s.indexOf(sep, start)) {
                pieces.add(s.substring(start, i));
                start = i + sep.length();
            }
            pieces.add(s.substring(start));
        } else {
            int end = s.length();
            for (int i = s.lastIndexOf(sep, end - sep.length()); i >= 0 && pieces.size() < max; i = s.lastIndexOf(sep, end - sep.length())) {
                pieces.add(0, s.substring(i + sep.length(), end));
                end = i;
                if (end - sep.length() < 0) break;
            }
            pieces.add(0, s.substring(0, end));
        }
        for (String p : pieces) parts.add(PyStr.of(p));
        return new PyList(parts);
    }

    /** {@code str.splitlines(keepends=False)}: at every line boundary Python knows. */
    private static PyObject splitlines(String s, boolean keepends) {
        List<PyObject> lines = new ArrayList<>();
        int start = 0, i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int eol = i + 1;
            boolean boundary = "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0;
            if (c == '\r' && eol < s.length() && s.charAt(eol) == '\n') eol++;
            if (boundary) {
                lines.add(PyStr.of(s.substring(start, keepends ? eol : i)));
                start = eol;
            }
            i = eol;
        }
        if (start < s.length()) lines.add(PyStr.of(s.substring(start)));
        return new PyList(lines);
    }

    /** {@code str.partition(sep)} and {@code rpartition}: the text before, the separator, the text after. */
    private static PyObject partition(String s, PyObject sepArg, boolean last) {
        String sep = arg(sepArg, last ? "rpartition" : "partition", 1);
        if (sep.isEmpty()) throw PyErr.format(PyExc.ValueError, "empty separator");
        int i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return last ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(s)) : PyTuple.of(PyStr.of(s), PyStr.EMPTY, PyStr.EMPTY);
        return PyTuple.of(PyStr.of(s.substring(0, i)), PyStr.of(sep), PyStr.of(s.substring(i + sep.length())));
    }

    /** {@code str.strip([chars])} and its one-sided forms. */
    private static PyObject strip(String s, PyObject[] args, String[] kwnames, String name, boolean left, boolean right) {
        Args.noKeywords(name, kwnames);
        Args.checkPositional(name, args.length, 0, 1);
        String chars = args.length == 1 && args[0] != PyNone.NONE ? arg(args[0], name, 1) : null;
        int[] cps = s.codePoints().toArray();
        int from = 0, to = cps.length;
        while (left && from < to && stripped(cps[from], chars)) from++;
        while (right && to > from && stripped(cps[to - 1], chars)) to--;
        return PyStr.of(new String(cps, from, to - from));
    }

    private static boolean stripped(int cp, String chars) {
        return chars == null ? isSpace(cp) : chars.codePoints().anyMatch(c -> c == cp);
    }

    /** {@code replace}: at most {@code count} occurrences, left to right; an empty {@code old} matches between code points. */
    private static String replace(String s, String old, String replacement, long count) {
        if (count < 0) count = Long.MAX_VALUE;
        StringBuilder out = new StringBuilder();
        if (old.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            long n = 0;
            for (int cp : cps) {
                if (n++ < count) out.append(replacement);
                out.appendCodePoint(cp);
            }
            if (n < count) out.append(replacement);
            return out.toString();
        }
        int start = 0;
        long n = 0;
        for (int i = s.indexOf(old); i >= 0 && n < count; i = s.indexOf(old, start), n++) {
            out.append(s, start, i).append(replacement);
            start = i + old.length();
        }
        return out.append(s.substring(start)).toString();
    }

    /** {@code startswith}/{@code endswith}: a str or a tuple of strs. */
    private static boolean affix(String s, PyObject[] args, String[] kwnames, String name, boolean start) {
        Args.noKeywords(name, kwnames);
        Args.checkPositional(name, args.length, 1, 1);
        if (args[0] instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (!(t.get(i) instanceof PyStr a))
                    throw PyErr.format(PyExc.TypeError, "tuple for %s must only contain str, not %s", name, t.get(i).type().name);
                if (start ? s.startsWith(a.value) : s.endsWith(a.value)) return true;
            }
            return false;
        }
        if (!(args[0] instanceof PyStr a))
            throw PyErr.format(PyExc.TypeError, "%s first arg must be str or a tuple of str, not %s", name, args[0].type().name);
        return start ? s.startsWith(a.value) : s.endsWith(a.value);
    }

    /** {@code find}/{@code rfind}/{@code index}: the code point index of the substring, or -1. */
    private static long find(PyObject self, PyObject[] args, String[] kwnames, String name, boolean last) {
        Args.noKeywords(name, kwnames);
        Args.checkPositional(name, args.length, 1, 1);
        String s = str(self), sub = arg(args[0], name, 1);
        int i = last ? s.lastIndexOf(sub) : s.indexOf(sub);
        return i < 0 ? -1 : s.codePointCount(0, i);
    }

}
