package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;

/**
 * {@code 'a %s b %r' % (x, y)} becomes the f-string {@code f'a {x!s} b {y!r}'} when the format
 * uses only %s, %r and %a with simple width and precision. Mirrors optimize_format, parse_literal,
 * parse_format and simple_format_arg_parse of Python/ast_opt.c (3.13). The literal parts have no
 * location, as CPython makes them.
 */
final class FormatOptimizer {

    private FormatOptimizer() {}

    private static final int MAXDIGITS = 3;
    private static final Location NONE = new Location(-1, -1, -1, -1);

    /** optimize_format: {@return the f-string, or {@code node} unchanged when the format is not simple} */
    static Expr optimize(Expr.BinOp node, String fmt, List<Expr> elts) {
        int[] pos = {0};
        int cnt = 0;
        List<Expr> seq = new ArrayList<>();
        int[] cps = fmt.codePoints().toArray();
        while (true) {
            Expr lit = literal(cps, pos);
            if (lit != null) seq.add(lit);
            if (pos[0] >= cps.length) break;
            // More format units than items.
            if (cnt >= elts.size()) return node;
            pos[0]++;   // the '%'
            Expr expr = format(cps, pos, elts.get(cnt));
            cnt++;
            if (expr == null) return node;
            seq.add(expr);
        }
        // More items than format units.
        if (cnt < elts.size()) return node;
        return new Expr.JoinedStr(seq, node.location());
    }

    /** parse_literal: the text up to the next single '%', with '%%' read as '%'. */
    private static Expr literal(int[] cps, int[] ppos) {
        int start = ppos[0], pos = start;
        while (pos < cps.length) {
            if (cps[pos] != '%') pos++;
            else if (pos + 1 < cps.length && cps[pos + 1] == '%') pos += 2;
            else break;
        }
        ppos[0] = pos;
        if (pos == start) return null;
        String text = new String(cps, start, pos - start).replace("%%", "%");
        return new Expr.Constant(new ConstantValue.Str(text), null, NONE);
    }

    /** parse_format: one %s, %r or %a unit as a formatted value with its width and precision. */
    private static Expr format(int[] cps, int[] ppos, Expr arg) {
        int pos = ppos[0];
        boolean ljust = false;
        int width = -1, prec = -1;
        int ch;
        // flags
        while (true) {
            if (pos >= cps.length) return null;
            ch = cps[pos++];
            if (ch == '-') ljust = true;
            else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') break;
        }
        // a width and a precision of fewer than MAXDIGITS digits each
        if (ch >= '0' && ch <= '9') {
            width = 0;
            for (int digits = 1; ch >= '0' && ch <= '9'; digits++) {
                width = width * 10 + (ch - '0');
                if (pos >= cps.length) return null;
                ch = cps[pos++];
                if (digits >= MAXDIGITS) return null;
            }
        }
        if (ch == '.') {
            if (pos >= cps.length) return null;
            ch = cps[pos++];
            prec = 0;
            for (int digits = 1; ch >= '0' && ch <= '9'; digits++) {
                prec = prec * 10 + (ch - '0');
                if (pos >= cps.length) return null;
                ch = cps[pos++];
                if (digits >= MAXDIGITS) return null;
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') return null;
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) spec.append('>');
        if (width >= 0) spec.append(width);
        if (prec >= 0) spec.append('.').append(prec);
        Expr formatSpec = spec.isEmpty() ? null : new Expr.Constant(new ConstantValue.Str(spec.toString()), null, NONE);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.location());
    }
}
