package pyvm.cfg.reference;

/**
 * The docstring a code unit stores: the source text with its common indentation removed, as
 * _PyCompile_CleanDoc of Python/compile.c (3.13) cleans it. Unlike inspect.cleandoc it keeps blank
 * first and last lines; like it, it expands tabs first.
 */
final class Docstrings {

    private Docstrings() {}

    static String clean(String doc) {
        doc = expandTabs(doc, 8);
        int n = doc.length();
        // First pass: the smallest indentation of any non-blank line after the first.
        int p = doc.indexOf('\n');
        p = p < 0 ? n : p + 1;
        int margin = Integer.MAX_VALUE;
        while (p < n) {
            int s = p;
            while (p < n && doc.charAt(p) == ' ') p++;
            if (p < n && doc.charAt(p) != '\n') margin = Math.min(margin, p - s);
            int eol = doc.indexOf('\n', p);
            p = eol < 0 ? n : eol + 1;
        }
        if (margin == Integer.MAX_VALUE) margin = 0;
        // Second pass: the first line without leading spaces, the others without the margin.
        p = 0;
        while (p < n && doc.charAt(p) == ' ') p++;
        if (p == 0 && margin == 0) return doc;
        StringBuilder out = new StringBuilder(n);
        int eol = doc.indexOf('\n', p);
        int end = eol < 0 ? n : eol + 1;
        out.append(doc, p, end);
        p = end;
        while (p < n) {
            for (int i = 0; i < margin && p < n && doc.charAt(p) == ' '; i++) p++;
            eol = doc.indexOf('\n', p);
            end = eol < 0 ? n : eol + 1;
            out.append(doc, p, end);
            p = end;
        }
        return out.toString();
    }

    /** str.expandtabs: tabs to the next multiple of {@code tabsize}, counting from each line start. */
    static String expandTabs(String s, int tabsize) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\t') {
                int spaces = tabsize - column % tabsize;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(ch);
                column = ch == '\n' || ch == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
