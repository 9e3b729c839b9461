package pyvm.dis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares listings as /work/shared/tools/conform.py does, so that the tests and the conformance
 * figures agree on what "identical" means. Two things in a listing do not come from the code object:
 * the address in a code object's repr (CPython prints where the object is in memory), and the order
 * of a frozenset's items in its repr, which for {@code python -m dis} is the order of a set built in
 * memory (it depends on string hashing) but for a .pyc is the order marshal sorted the items into.
 */
final class Listings {

    private Listings() {}

    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+");
    private static final Pattern FROZENSET = Pattern.compile("frozenset\\(\\{(.*?)\\}\\)\\)$", Pattern.MULTILINE);

    /** {@return the listing with addresses as {@code 0x?} and the items of a trailing frozenset sorted} */
    static String normalize(String listing) {
        String s = ADDRESS.matcher(listing).replaceAll(" at 0x?");
        Matcher m = FROZENSET.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> items = splitTop(m.group(1));
            items.sort(null);
            m.appendReplacement(out, Matcher.quoteReplacement("frozenset({" + String.join(", ", items) + "}))"));
        }
        return m.appendTail(out).toString();
    }

    /** conform.py's split_top: the repr split at the commas that are not inside brackets or quotes. */
    private static List<String> splitTop(String repr) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (char c : repr.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString().strip());
        return parts;
    }

    /** A readable diff: the first line where the listings differ, with both versions of it. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        return "listing differs at line " + (i + 1) + " (of " + e.length + " expected, " + a.length + " actual):\n"
                + "  expected: " + (i < e.length ? e[i] : "<end of listing>") + "\n"
                + "  actual:   " + (i < a.length ? a[i] : "<end of listing>");
    }
}
