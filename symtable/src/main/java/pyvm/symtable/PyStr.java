package pyvm.symtable;

/**
 * Python's {@code repr} of a str (Objects/unicodeobject.c, {@code unicode_repr}), which the listing
 * uses for file and symbol names: single quotes unless the text holds a single quote and no double
 * one; backslash escapes for the quote, the backslash, {@code \t \n \r} and characters that
 * {@code str.isprintable()} rejects.
 */
final class PyStr {

    private PyStr() {}

    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') out.append('\\').appendCodePoint(cp);
            else if (cp == '\t') out.append("\\t");
            else if (cp == '\n') out.append("\\n");
            else if (cp == '\r') out.append("\\r");
            else if (cp < 0x7f && cp >= 0x20) out.appendCodePoint(cp);
            else if (isPrintable(cp)) out.appendCodePoint(cp);
            else if (cp <= 0xff) out.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) out.append(String.format("\\u%04x", cp));
            else out.append(String.format("\\U%08x", cp));
        });
        return out.append(quote).toString();
    }

    // Py_UNICODE_ISPRINTABLE: not in the categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space aside).
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
