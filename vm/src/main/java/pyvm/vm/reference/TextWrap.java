package pyvm.vm.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two functions of Lib/textwrap.py that tracebacks use: {@code dedent} and {@code indent}. */
final class TextWrap {

    private TextWrap() {}

    private static final Pattern WHITESPACE_ONLY = Pattern.compile("^[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern LEADING = Pattern.compile("(^[ \\t]*)(?:[^ \\t\\n])", Pattern.MULTILINE);

    /** {@code textwrap.dedent}: the leading spaces and tabs that every non-blank line shares, removed. */
    static String dedent(String text) {
        text = WHITESPACE_ONLY.matcher(text).replaceAll("");
        String margin = null;
        Matcher m = LEADING.matcher(text);
        while (m.find()) {
            String indent = m.group(1);
            if (margin == null || indent.startsWith(margin)) {
                if (margin == null) margin = indent;
            } else if (margin.startsWith(indent)) {
                margin = indent;
            } else {
                int i = 0;
                while (i < margin.length() && i < indent.length() && margin.charAt(i) == indent.charAt(i)) i++;
                margin = margin.substring(0, i);
            }
        }
        if (margin == null || margin.isEmpty()) return text;
        return Pattern.compile("^" + Pattern.quote(margin), Pattern.MULTILINE).matcher(text).replaceAll("");
    }

    /** {@code textwrap.indent(text, prefix, lambda line: True)}: the prefix on every line, blank ones too. */
    static String indentAll(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("(?<=\n)")) if (!line.isEmpty()) out.append(prefix).append(line);
        return out.toString();
    }
}
