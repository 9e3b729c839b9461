package pyvm.vm.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code str}, {@code unicode_methods} in Objects/unicodeobject.c, with their
 * Argument Clinic checks. Whitespace is what {@code str.isspace} calls whitespace; case mappings
 * are the JDK's, whose Unicode tables may be newer than CPython 3.13's.
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
        t.addMethod("upper", (self, args, kwnames) -> {
            Args.noArgs("str.upper", args, kwnames);
            return PyStr.of(str(self).toUpperCase(java.util.Locale.ROOT));
        });
        t.addMethod("lower", (self, args, kwnames) -> {
            Args.noArgs("str.lower", args, kwnames);
            return PyStr.of(str(self).toLowerCase(java.util.Locale.ROOT));
        });
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
        predicate(t, "isdigit", cp -> Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER && Character.digit(cp, 10) >= 0);
        predicate(t, "isdecimal", cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER);
        predicate(t, "isalpha", Character::isLetter);
        predicate(t, "isalnum", cp -> Character.isLetterOrDigit(cp));
        predicate(t, "isspace", StrMethods::isSpace);
        t.addMethod("isupper", (self, args, kwnames) -> {
            Args.noArgs("str.isupper", args, kwnames);
            String s = str(self);
            return PyBool.of(s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase));
        });
        t.addMethod("islower", (self, args, kwnames) -> {
            Args.noArgs("str.islower", args, kwnames);
            String s = str(self);
            return PyBool.of(s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase));
        });
        t.addMethod("capitalize", (self, args, kwnames) -> {
            Args.noArgs("str.capitalize", args, kwnames);
            String s = str(self);
            if (s.isEmpty()) return self;
            int first = s.codePointAt(0);
            return PyStr.of(Character.toString(Character.toTitleCase(first))
                    + s.substring(Character.charCount(first)).toLowerCase(java.util.Locale.ROOT));
        });
        t.addMethod("center", (self, args, kwnames) -> PyStr.of(justify(self, args, kwnames, "center", '^')));
        t.addMethod("ljust", (self, args, kwnames) -> PyStr.of(justify(self, args, kwnames, "ljust", '<')));
        t.addMethod("rjust", (self, args, kwnames) -> PyStr.of(justify(self, args, kwnames, "rjust", '>')));

        t.addMethod("splitlines", (self, args, kwnames) -> {
            PyObject[] kw = Args.keywords("splitlines", args, kwnames, "keepends");
            PyObject[] positional = Args.positional(args, kwnames);
            Args.checkPositional("splitlines", positional.length, 0, 1);
            PyObject keep = positional.length > 0 ? positional[0] : kw[0];
            return splitlines(str(self), keep != null && Py.isTrue(keep));
        });
        t.addMethod("partition", (self, args, kwnames) -> partition(str(self), Args.one("str.partition", args, kwnames), false));
        t.addMethod("rpartition", (self, args, kwnames) -> partition(str(self), Args.one("str.rpartition", args, kwnames), true));
        t.addMethod("title", (self, args, kwnames) -> {
            Args.noArgs("str.title", args, kwnames);
            StringBuilder out = new StringBuilder();
            boolean previousCased = false;
            for (int cp : str(self).codePoints().toArray()) {
                out.appendCodePoint(previousCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
                previousCased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
            }
            return PyStr.of(out.toString());
        });
        t.addMethod("swapcase", (self, args, kwnames) -> {
            Args.noArgs("str.swapcase", args, kwnames);
            StringBuilder out = new StringBuilder();
            for (int cp : str(self).codePoints().toArray())
                out.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp)
                        : Character.isLowerCase(cp) ? Character.toUpperCase(cp) : cp);
            return PyStr.of(out.toString());
        });
        t.addMethod("casefold", (self, args, kwnames) -> {
            Args.noArgs("str.casefold", args, kwnames);
            return PyStr.of(str(self).toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT));
        });
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
        t.addMethod("expandtabs", (self, args, kwnames) -> {
            PyObject[] kw = Args.keywords("expandtabs", args, kwnames, "tabsize");
            PyObject[] positional = Args.positional(args, kwnames);
            PyObject size = positional.length > 0 ? positional[0] : kw[0];
            long tab = size == null ? 8 : Number.asSsizeT(size, PyExc.OverflowError);
            StringBuilder out = new StringBuilder();
            long column = 0;
            for (int cp : str(self).codePoints().toArray()) {
                if (cp == '\t') {
                    if (tab > 0) {
                        long n = tab - column % tab;
                        out.append(" ".repeat((int) n));
                        column += n;
                    }
                } else {
                    out.appendCodePoint(cp);
                    column = cp == '\n' || cp == '\r' ? 0 : column + 1;
                }
            }
            return PyStr.of(out.toString());
        });
        t.addMethod("isidentifier", (self, args, kwnames) -> {
            Args.noArgs("str.isidentifier", args, kwnames);
            String s = str(self);
            if (s.isEmpty()) return PyBool.FALSE;
            int first = s.codePointAt(0);
            return PyBool.of((first == '_' || Character.isUnicodeIdentifierStart(first))
                    && s.codePoints().skip(1).allMatch(cp -> cp == '_' || Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)));
        });
        t.addMethod("istitle", (self, args, kwnames) -> {
            Args.noArgs("str.istitle", args, kwnames);
            boolean cased = false, previousCased = false;
            for (int cp : str(self).codePoints().toArray()) {
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    if (previousCased) return PyBool.FALSE;
                    previousCased = cased = true;
                } else if (Character.isLowerCase(cp)) {
                    if (!previousCased) return PyBool.FALSE;
                    previousCased = cased = true;
                } else {
                    previousCased = false;
                }
            }
            return PyBool.of(cased);
        });
        predicate(t, "isnumeric", cp -> Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER
                || Character.getType(cp) == Character.LETTER_NUMBER || Character.getNumericValue(cp) >= 0 && Character.isIdeographic(cp));
        t.addMethod("isascii", (self, args, kwnames) -> {
            Args.noArgs("str.isascii", args, kwnames);
            return PyBool.of(((PyStr) self).isAscii());
        });
        t.addMethod("isprintable", (self, args, kwnames) -> {
            Args.noArgs("str.isprintable", args, kwnames);
            return PyBool.of(str(self).codePoints().allMatch(pyvm.lexer.PyRepr::isPrintable));
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
        t.addMethod("zfill", (self, args, kwnames) -> {
            long width = Number.asSsizeT(Args.one("str.zfill", args, kwnames), PyExc.OverflowError);
            String s = str(self);
            int length = ((PyStr) self).length();
            if (width <= length) return self;
            String zeros = "0".repeat((int) (width - length));
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) return PyStr.of(s.charAt(0) + zeros + s.substring(1));
            return PyStr.of(zeros + s);
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

    private interface CodePointTest { boolean test(int cp); }

    /** The {@code str.is*} predicates: true when the string is not empty and every code point passes. */
    private static void predicate(PyType t, String name, CodePointTest test) {
        t.addMethod(name, (self, args, kwnames) -> {
            Args.noArgs("str." + name, args, kwnames);
            String s = str(self);
            return PyBool.of(!s.isEmpty() && s.codePoints().allMatch(test::test));
        });
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

    /** {@code center}/{@code ljust}/{@code rjust}: padded with a fill character (a space unless given). */
    private static String justify(PyObject self, PyObject[] args, String[] kwnames, String name, char align) {
        Args.noKeywords(name, kwnames);
        Args.checkPositional(name, args.length, 1, 2);
        long width = Number.asSsizeT(args[0], PyExc.OverflowError);
        String fill = " ";
        if (args.length == 2) {
            if (!(args[1] instanceof PyStr f) || f.length() != 1)
                throw PyErr.format(PyExc.TypeError, "The fill character must be exactly one character long");
            fill = f.value;
        }
        String s = str(self);
        int length = ((PyStr) self).length();
        if (width <= length) return s;
        int pad = (int) (width - length);
        return switch (align) {
            case '<' -> s + fill.repeat(pad);
            case '>' -> fill.repeat(pad) + s;
            default -> {
                int leftPad = pad / 2 + (pad & (int) width & 1);
                yield fill.repeat(leftPad) + s + fill.repeat(pad - leftPad);
            }
        };
    }
}
