package pyvm.parser;

import java.util.List;

/**
 * The algorithm behind {@link Ast#unparse(Expr)}: Python/ast_unparse.c of CPython 3.13, the C
 * unparser the compiler uses for postponed annotations. It writes operators spaced, parentheses
 * only where precedence needs them, and constants by their repr. Each method names the C function
 * it mirrors; the priority levels are its {@code PR_*} enum.
 */
final class Unparse {

    private Unparse() {}

    // Priority levels, lowest first (the PR_* enum).
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5,
            PR_EXPR = 6, PR_BOR = PR_EXPR, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11,
            PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    /** _PyAST_ExprAsUnicode: the level of a test, so that a tuple gets its parentheses. */
    static String exprAsUnicode(Expr e) {
        StringBuilder out = new StringBuilder();
        expr(out, e, PR_TEST);
        return out.toString();
    }

    private static void open(StringBuilder out, boolean cond) {
        if (cond) out.append('(');
    }

    private static void close(StringBuilder out, boolean cond) {
        if (cond) out.append(')');
    }

    /** append_ast_expr. */
    private static void expr(StringBuilder out, Expr e, int level) {
        switch (e) {
            case Expr.BoolOp b -> {
                String op = b.op() == Boolop.And ? " and " : " or ";
                int pr = b.op() == Boolop.And ? PR_AND : PR_OR;
                open(out, level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) out.append(op);
                    expr(out, b.values().get(i), pr + 1);
                }
                close(out, level > pr);
            }
            case Expr.BinOp b -> binop(out, b, level);
            case Expr.UnaryOp u -> {
                String op = switch (u.op()) {
                    case Invert -> "~";
                    case Not -> "not ";
                    case UAdd -> "+";
                    case USub -> "-";
                };
                int pr = u.op() == Unaryop.Not ? PR_NOT : PR_FACTOR;
                open(out, level > pr);
                out.append(op);
                expr(out, u.operand(), pr);
                close(out, level > pr);
            }
            case Expr.Lambda l -> {
                open(out, level > PR_TEST);
                int positional = l.args().args().size() + l.args().posonlyargs().size();
                out.append(positional > 0 ? "lambda " : "lambda");
                args(out, l.args());
                out.append(": ");
                expr(out, l.body(), PR_TEST);
                close(out, level > PR_TEST);
            }
            case Expr.IfExp i -> {
                open(out, level > PR_TEST);
                expr(out, i.body(), PR_TEST + 1);
                out.append(" if ");
                expr(out, i.test(), PR_TEST + 1);
                out.append(" else ");
                expr(out, i.orelse(), PR_TEST);
                close(out, level > PR_TEST);
            }
            case Expr.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) out.append(", ");
                    Expr key = d.keys().get(i);
                    if (key != null) {
                        expr(out, key, PR_TEST);
                        out.append(": ");
                        expr(out, d.values().get(i), PR_TEST);
                    } else {
                        out.append("**");
                        expr(out, d.values().get(i), PR_EXPR);
                    }
                }
                out.append('}');
            }
            case Expr.Set s -> sequence(out, "{", s.elts(), "}");
            case Expr.GeneratorExp g -> comprehension(out, "(", g.elt(), null, g.generators(), ")");
            case Expr.ListComp l -> comprehension(out, "[", l.elt(), null, l.generators(), "]");
            case Expr.SetComp s -> comprehension(out, "{", s.elt(), null, s.generators(), "}");
            case Expr.DictComp d -> comprehension(out, "{", d.key(), d.value(), d.generators(), "}");
            case Expr.Yield y -> {
                if (y.value() == null) {
                    out.append("(yield)");
                } else {
                    out.append("(yield ");
                    expr(out, y.value(), PR_TEST);
                    out.append(')');
                }
            }
            case Expr.YieldFrom y -> {
                out.append("(yield from ");
                expr(out, y.value(), PR_TEST);
                out.append(')');
            }
            case Expr.Await a -> {
                open(out, level > PR_AWAIT);
                out.append("await ");
                expr(out, a.value(), PR_ATOM);
                close(out, level > PR_AWAIT);
            }
            case Expr.Compare cmp -> compare(out, cmp, level);
            case Expr.Call call -> call(out, call);
            case Expr.Constant k -> {
                if (k.value() instanceof ConstantValue.Ellipsis) {
                    out.append("...");
                } else {
                    if (k.kind() != null) out.append(k.kind());
                    constant(out, k.value());
                }
            }
            case Expr.JoinedStr j -> joinedStr(out, j, false);
            case Expr.FormattedValue f -> formattedValue(out, f);
            case Expr.Attribute a -> {
                expr(out, a.value(), PR_ATOM);
                // integers need a space for the attribute access to be unambiguous
                boolean intValue = a.value() instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int;
                out.append(intValue ? " ." : ".").append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(out, s.value(), PR_ATOM);
                out.append('[');
                expr(out, s.slice(), PR_TUPLE);
                out.append(']');
            }
            case Expr.Starred s -> {
                out.append('*');
                expr(out, s.value(), PR_EXPR);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) expr(out, s.lower(), PR_TEST);
                out.append(':');
                if (s.upper() != null) expr(out, s.upper(), PR_TEST);
                if (s.step() != null) {
                    out.append(':');
                    expr(out, s.step(), PR_TEST);
                }
            }
            case Expr.Name n -> out.append(n.id());
            case Expr.List l -> sequence(out, "[", l.elts(), "]");
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) {
                    out.append("()");
                } else {
                    open(out, level > PR_TUPLE);
                    for (int i = 0; i < t.elts().size(); i++) {
                        if (i > 0) out.append(", ");
                        expr(out, t.elts().get(i), PR_TEST);
                    }
                    if (t.elts().size() == 1) out.append(',');
                    close(out, level > PR_TUPLE);
                }
            }
            case Expr.NamedExpr n -> {
                open(out, level > PR_TUPLE);
                expr(out, n.target(), PR_ATOM);
                out.append(" := ");
                expr(out, n.value(), PR_ATOM);
                close(out, level > PR_TUPLE);
            }
        }
    }

    /** append_ast_binop: {@code **} is right-associative, the others left. */
    private static void binop(StringBuilder out, Expr.BinOp b, int level) {
        String op = switch (b.op()) {
            case Add -> " + ";
            case Sub -> " - ";
            case Mult -> " * ";
            case MatMult -> " @ ";
            case Div -> " / ";
            case Mod -> " % ";
            case LShift -> " << ";
            case RShift -> " >> ";
            case BitOr -> " | ";
            case BitXor -> " ^ ";
            case BitAnd -> " & ";
            case FloorDiv -> " // ";
            case Pow -> " ** ";
        };
        int pr = switch (b.op()) {
            case Add, Sub -> PR_ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> PR_TERM;
            case LShift, RShift -> PR_SHIFT;
            case BitOr -> PR_BOR;
            case BitXor -> PR_BXOR;
            case BitAnd -> PR_BAND;
            case Pow -> PR_POWER;
        };
        int rassoc = b.op() == Operator.Pow ? 1 : 0;
        open(out, level > pr);
        expr(out, b.left(), pr + rassoc);
        out.append(op);
        expr(out, b.right(), pr + 1 - rassoc);
        close(out, level > pr);
    }

    private static void compare(StringBuilder out, Expr.Compare cmp, int level) {
        open(out, level > PR_CMP);
        expr(out, cmp.left(), PR_CMP + 1);
        for (int i = 0; i < cmp.comparators().size(); i++) {
            out.append(switch (cmp.ops().get(i)) {
                case Eq -> " == ";
                case NotEq -> " != ";
                case Lt -> " < ";
                case LtE -> " <= ";
                case Gt -> " > ";
                case GtE -> " >= ";
                case Is -> " is ";
                case IsNot -> " is not ";
                case In -> " in ";
                case NotIn -> " not in ";
            });
            expr(out, cmp.comparators().get(i), PR_CMP + 1);
        }
        close(out, level > PR_CMP);
    }

    /** append_ast_call: a lone generator expression argument keeps its own parentheses only. */
    private static void call(StringBuilder out, Expr.Call call) {
        expr(out, call.func(), PR_ATOM);
        if (call.args().size() == 1 && call.keywords().isEmpty() && call.args().getFirst() instanceof Expr.GeneratorExp g) {
            expr(out, g, PR_TEST);
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr arg : call.args()) {
            if (!first) out.append(", ");
            first = false;
            expr(out, arg, PR_TEST);
        }
        for (Keyword kw : call.keywords()) {
            if (!first) out.append(", ");
            first = false;
            out.append(kw.arg() == null ? "**" : kw.arg() + "=");
            expr(out, kw.value(), PR_TEST);
        }
        out.append(')');
    }

    private static void sequence(StringBuilder out, String open, List<Expr> elts, String close) {
        out.append(open);
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) out.append(", ");
            expr(out, elts.get(i), PR_TEST);
        }
        out.append(close);
    }

    private static void comprehension(StringBuilder out, String open, Expr elt, Expr value,
                                      List<Comprehension> generators, String close) {
        out.append(open);
        expr(out, elt, PR_TEST);
        if (value != null) {
            out.append(": ");
            expr(out, value, PR_TEST);
        }
        for (Comprehension gen : generators) {
            out.append(gen.isAsync() != 0 ? " async for " : " for ");
            expr(out, gen.target(), PR_TUPLE);
            out.append(" in ");
            expr(out, gen.iter(), PR_TEST + 1);
            for (Expr test : gen.ifs()) {
                out.append(" if ");
                expr(out, test, PR_TEST + 1);
            }
        }
        out.append(close);
    }

    /** append_ast_args: the parameters of a lambda. */
    private static void args(StringBuilder out, Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs().size();
        int count = args.args().size();
        int defaults = args.defaults().size();
        for (int i = 0; i < posonly + count; i++) {
            if (!first) out.append(", ");
            first = false;
            arg(out, i < posonly ? args.posonlyargs().get(i) : args.args().get(i - posonly));
            int di = i - posonly - count + defaults;
            if (di >= 0) {
                out.append('=');
                expr(out, args.defaults().get(di), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) out.append(", /");
        }
        if (args.vararg() != null || !args.kwonlyargs().isEmpty()) {
            if (!first) out.append(", ");
            first = false;
            out.append('*');
            if (args.vararg() != null) arg(out, args.vararg());
        }
        int kwCount = args.kwonlyargs().size();
        int kwDefaults = args.kwDefaults().size();
        for (int i = 0; i < kwCount; i++) {
            if (!first) out.append(", ");
            first = false;
            arg(out, args.kwonlyargs().get(i));
            int di = i - kwCount + kwDefaults;
            if (di >= 0 && args.kwDefaults().get(di) != null) {
                out.append('=');
                expr(out, args.kwDefaults().get(di), PR_TEST);
            }
        }
        if (args.kwarg() != null) {
            if (!first) out.append(", ");
            out.append("**");
            arg(out, args.kwarg());
        }
    }

    private static void arg(StringBuilder out, Arg arg) {
        out.append(arg.arg());
        if (arg.annotation() != null) {
            out.append(": ");
            expr(out, arg.annotation(), PR_TEST);
        }
    }

    /** append_ast_constant: tuples item by item, other constants by their repr, infinity as 1e309. */
    private static void constant(StringBuilder out, ConstantValue v) {
        if (v instanceof ConstantValue.Tuple t) {
            out.append('(');
            for (int i = 0; i < t.items().size(); i++) {
                if (i > 0) out.append(", ");
                constant(out, t.items().get(i));
            }
            if (t.items().size() == 1) out.append(',');
            out.append(')');
            return;
        }
        String repr = ConstantValue.repr(v);
        boolean infinite = v instanceof ConstantValue.Float f && Double.isInfinite(f.value());
        if (infinite || v instanceof ConstantValue.Complex) repr = repr.replace("inf", "1e309");
        out.append(repr);
    }

    /** append_joinedstr: {@code f} and the repr of the body, or just the body in a format spec. */
    private static void joinedStr(StringBuilder out, Expr.JoinedStr j, boolean isFormatSpec) {
        StringBuilder body = new StringBuilder();
        for (Expr v : j.values()) fstringElement(body, v, isFormatSpec);
        if (isFormatSpec) out.append(body);
        else out.append('f').append(ConstantValue.repr(new ConstantValue.Str(body.toString())));
    }

    private static void fstringElement(StringBuilder out, Expr e, boolean isFormatSpec) {
        switch (e) {
            case Expr.Constant k when k.value() instanceof ConstantValue.Str s ->
                    out.append(s.value().replace("{", "{{").replace("}", "}}"));
            case Expr.JoinedStr j -> joinedStr(out, j, isFormatSpec);
            case Expr.FormattedValue f -> formattedValue(out, f);
            default -> throw new IllegalStateException("unknown expression kind inside f-string: " + e);
        }
    }

    /** append_formattedvalue: a space after the brace when the expression starts with one. */
    private static void formattedValue(StringBuilder out, Expr.FormattedValue f) {
        StringBuilder value = new StringBuilder();
        expr(value, f.value(), PR_TEST + 1);
        out.append(value.charAt(0) == '{' ? "{ " : "{").append(value);
        switch (f.conversion()) {
            case 'a' -> out.append("!a");
            case 'r' -> out.append("!r");
            case 's' -> out.append("!s");
            default -> { }
        }
        if (f.formatSpec() != null) {
            out.append(':');
            fstringElement(out, f.formatSpec(), true);
        }
        out.append('}');
    }
}
