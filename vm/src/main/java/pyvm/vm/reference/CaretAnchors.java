package pyvm.vm.reference;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.parser.Expr;
import pyvm.parser.Mod;
import pyvm.parser.Stmt;
import pyvm.vm.Compiler;

/**
 * The decisions of a traceback's caret line that need the source parsed, as Lib/traceback.py makes
 * them with {@code ast.parse}: where a binary operator, a subscript's brackets or a call's parentheses
 * are ({@code _extract_caret_anchors_from_line_segment}), and whether the carets would only repeat the
 * whole line ({@code _should_show_carets}). The parsing is the compiler stages' own; with no compiler
 * there are no anchors and only the plain rule decides.
 */
final class CaretAnchors {

    /**
     * {@code _Anchors}: the carets between the left end and the right start are the secondary ones.
     * Line numbers count from the first line of the segment.
     */
    record Anchors(int leftEndLineno, int leftEndOffset, int rightStartLineno, int rightStartOffset,
                   char primaryChar, char secondaryChar) {}

    /** Null when there is no compiler. */
    private final Compiler compiler;

    CaretAnchors(Compiler compiler) {
        this.compiler = compiler;
    }

    private Mod.Module parse(String source) {
        if (compiler == null) return null;
        try {
            return compiler.parse(source.getBytes(StandardCharsets.UTF_8), "<unknown>");
        } catch (PySyntaxError e) {
            return null;
        }
    }

    /** {@code _extract_caret_anchors_from_line_segment}; null where Python's gives None or raises. */
    Anchors extract(String segment) {
        try {
            Mod.Module tree = parse("(\n" + segment + "\n)");
            if (tree == null || tree.body().size() != 1 || !(tree.body().get(0) instanceof Stmt.Expr statement)) return null;
            Segment s = new Segment(segment.split("\r\n|\r|\n", -1));
            Expr e = statement.value();
            if (e instanceof Expr.BinOp b) return s.binOp(b);
            if (e instanceof Expr.Subscript sub) return s.brackets(sub.value(), sub.location(), c -> c == '[');
            if (e instanceof Expr.Call call) return s.brackets(call.func(), call.location(), c -> c == '(');
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code _should_show_carets}: not under a whole {@code return f(...)} or {@code x = f(...)}. */
    boolean shouldShowCarets(int startOffset, int endOffset, List<String> allLines, Anchors anchors) {
        Mod.Module tree = parse(String.join("\n", allLines));
        if (tree != null) {
            if (tree.body().isEmpty()) return false;
            Expr value = null;
            if (tree.body().get(0) instanceof Stmt.Return r && r.value() instanceof Expr.Call call && call.func() instanceof Expr.Name)
                value = call;
            if (tree.body().get(0) instanceof Stmt.Assign a && a.value() instanceof Expr.Call call
                    && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name)
                value = call;
            if (value != null) {
                Location l = ((Expr.Call) value).location();
                if (l.lineno() == 1 && l.endLineno() == allLines.size() && l.colOffset() == startOffset && l.endColOffset() == endOffset)
                    return false;
            }
        }
        if (anchors != null) return true;
        String first = allLines.get(0), last = allLines.get(allLines.size() - 1);
        return !FrameSummary.lstrip(first.substring(0, Math.min(startOffset, first.length()))).isEmpty()
                || !FrameSummary.rstrip(last.substring(Math.min(endOffset, last.length()))).isEmpty();
    }

    /** The segment's lines and the position helpers of {@code _extract_caret_anchors_from_line_segment}. */
    private record Segment(String[] lines) {

        /** {@code normalize}: a byte offset on a line of the segment as a character offset. */
        int normalize(int lineno, int offset) {
            return FrameSummary.byteToCharOffset(lines[lineno], offset);
        }

        /** {@code next_valid_char}: the position itself, or the start of the next non-empty line. */
        int[] nextValidChar(int lineno, int col) {
            while (lineno < lines.length && col >= lines[lineno].length()) {
                col = 0;
                lineno++;
            }
            if (lineno >= lines.length) throw new IllegalStateException("past the segment");
            return new int[] {lineno, col};
        }

        /** {@code increment_until}: forward to a character that is not in a comment or continuation and satisfies {@code stop}. */
        int[] incrementUntil(int lineno, int col, IntPredicate stop) {
            while (true) {
                char ch = lines[lineno].charAt(col);
                if (ch == '\\' || ch == '#') {
                    int[] p = nextValidChar(lineno + 1, 0);
                    lineno = p[0];
                    col = p[1];
                } else if (!stop.test(ch)) {
                    int[] p = nextValidChar(lineno, col + 1);
                    lineno = p[0];
                    col = p[1];
                } else {
                    return new int[] {lineno, col};
                }
            }
        }

        /** {@code setup_positions}: where an expression ends, in the segment's lines. */
        int[] endOf(Location l, boolean forceValid) {
            int lineno = l.endLineno() - 2;
            int col = normalize(lineno, l.endColOffset());
            return forceValid ? nextValidChar(lineno, col) : new int[] {lineno, col};
        }

        /** The operator of a binary operation: one or two characters after the left operand. */
        Anchors binOp(Expr.BinOp b) {
            int[] p = endOf(b.left().location(), true);
            p = incrementUntil(p[0], p[1], c -> !StrMethods.isSpace(c) && c != ')');
            int lineno = p[0], col = p[1];
            int rightCol = col + 1;
            Location right = b.right().location();
            if (rightCol < lines[lineno].length()
                    && (right.lineno() - 2 > lineno || rightCol < normalize(right.lineno() - 2, right.colOffset()))
                    && !StrMethods.isSpace(lines[lineno].charAt(rightCol)) && "\\#".indexOf(lines[lineno].charAt(rightCol)) < 0)
                rightCol++;
            return new Anchors(lineno, col, lineno, rightCol, '~', '^');
        }

        /** The brackets of a subscript or a call: from the opening one to the end of the expression. */
        Anchors brackets(Expr before, Location whole, IntPredicate open) {
            int[] left = endOf(before.location(), true);
            left = incrementUntil(left[0], left[1], open);
            int[] right = endOf(whole, false);
            return new Anchors(left[0], left[1], right[0], right[1], '~', '^');
        }
    }
}
