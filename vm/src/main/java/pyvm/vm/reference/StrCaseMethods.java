package pyvm.vm.reference;

/**
 * The methods of {@code str} that change case, test characters, or pad: part of
 * {@code unicode_methods} in Objects/unicodeobject.c; the others are in {@link StrMethods}. Case
 * mappings and character classes are the JDK's, whose Unicode tables may be newer than CPython 3.13's.
 */
final class StrCaseMethods {

    private StrCaseMethods() {}

    static void fill(PyType t) {
        t.addMethod("upper", (self, args, kwnames) -> {
            Args.noArgs("str.upper", args, kwnames);
            return PyStr.of(str(self).toUpperCase(java.util.Locale.ROOT));
        });
        t.addMethod("lower", (self, args, kwnames) -> {
            Args.noArgs("str.lower", args, kwnames);
            return PyStr.of(str(self).toLowerCase(java.util.Locale.ROOT));
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

    private interface CodePointTest { boolean test(int cp); }

    /** The {@code str.is*} predicates: true when the string is not empty and every code point passes. */
    private static void predicate(PyType t, String name, CodePointTest test) {
        t.addMethod(name, (self, args, kwnames) -> {
            Args.noArgs("str." + name, args, kwnames);
            String s = str(self);
            return PyBool.of(!s.isEmpty() && s.codePoints().allMatch(test::test));
        });
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
