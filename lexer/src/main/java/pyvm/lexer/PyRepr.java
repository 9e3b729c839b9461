package pyvm.lexer;

/**
 * Python's {@code repr()} of a str, as {@code unicode_repr} in Objects/unicodeobject.c writes it.
 * {@code tokenize} prints every token string through {@code %r}, and dis prints constants the
 * same way, so the one implementation lives here, in the first contract of the pipeline.
 *
 * <p>Strings are seen as Python sees them: a sequence of code points. A Java string's surrogate
 * pairs are one code point; a lone surrogate is a code point of its own, as in Python.
 */
public final class PyRepr {

    private PyRepr() {}

    /**
     * {@return the repr of {@code s}} The quote is {@code '} unless the text holds {@code '} and no
     * {@code "}. The quote and the backslash are escaped; tab, newline and carriage return become
     * {@code \t \n \r}; other ASCII controls and DEL become {@code \xNN}; a code point above ASCII
     * stays as it is when {@link #isPrintable(int) printable}, else becomes {@code \xNN},
     * {@code \}{@code uNNNN} or {@code \UNNNNNNNN}, in lower-case hex, by its size.
     */
    public static String str(String s) {
        return str(s.codePoints().toArray());
    }

    /** {@return the repr of the str made of {@code codePoints}}, as {@link #str(String)} writes it */
    public static String str(int[] codePoints) {
        boolean hasSingle = false, hasDouble = false;
        for (int cp : codePoints) {
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(codePoints.length + 2).append(quote);
        for (int cp : codePoints) {
            if (cp == quote || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(out, "\\x", cp, 2);
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(out, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(out, "\\u", cp, 4);
            } else {
                hex(out, "\\U", cp, 8);
            }
        }
        return out.append(quote).toString();
    }

    /**
     * {@return whether repr leaves the code point as it is} This is CPython's
     * {@code Py_UNICODE_ISPRINTABLE} (and {@code str.isprintable} for one character): every
     * character except those of the general categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, the space
     * excepted, in the Unicode version of CPython 3.13 (15.1.0), whatever the JDK's.
     */
    public static boolean isPrintable(int cp) {
        return PrintableCodePoints.isPrintable(cp);
    }

    private static void hex(StringBuilder out, String prefix, int value, int digits) {
        String h = Integer.toHexString(value);
        out.append(prefix).append("0".repeat(digits - h.length())).append(h);
    }
}
