package pyvm.course;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random programs of the walking-skeleton slice: integer and string literals, names, assignment,
 * arithmetic and comparisons, if/elif/else, bounded while loops, functions with positional parameters,
 * calls and print. Every loop counts up to a small bound and nothing else assigns its counter, so
 * every program ends; a division by zero may happen, and is part of what must agree.
 */
final class SlicePrograms {

    private static final List<String> VARIABLES = List.of("a", "b", "c");
    private static final List<String> ARITHMETIC = List.of("+", "-", "*", "//", "%");
    private static final List<String> COMPARISONS = List.of("<", "<=", "==", "!=", ">", ">=");

    private SlicePrograms() {}

    static Arbitrary<String> programs() {
        Arbitrary<String> functions = Combinators.combine(expression(List.of("x", "y"), 2), expression(List.of("x", "y"), 2))
                .as((e1, e2) -> "def f(x, y):\n    if x < y:\n        return " + e1 + "\n    return " + e2 + "\n\n");
        Arbitrary<String> body = block(VARIABLES, "", 2).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
        return Combinators.combine(functions, body).as((f, b) -> f + "a = 1\nb = 2\nc = 3\n" + b + "print(a, b, c)\n");
    }

    /** A statement (possibly compound) at the given indentation, nesting at most {@code depth} deep. */
    private static Arbitrary<String> block(List<String> names, String indent, int depth) {
        Arbitrary<String> assignment = Combinators.combine(Arbitraries.of(VARIABLES), expression(names, 3))
                .as((v, e) -> indent + v + " = " + e + "\n");
        Arbitrary<String> print = Arbitraries.oneOf(expression(names, 3), Arbitraries.strings().alpha().ofMaxLength(6).map(s -> "'" + s + "'"))
                .list().ofMinSize(1).ofMaxSize(3).map(l -> indent + "print(" + String.join(", ", l) + ")\n");
        if (depth == 0) return Arbitraries.oneOf(assignment, print);
        String inner = indent + "    ";
        Arbitrary<String> nested = block(names, inner, depth - 1).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        Arbitrary<String> ifElse = Combinators.combine(condition(names), nested, nested, nested, Arbitraries.integers().between(0, 2))
                .as((c, t, m, e, form) -> indent + "if " + c + ":\n" + t
                        + (form >= 1 ? indent + "elif " + c.replace("<", ">") + ":\n" + m : "")
                        + (form == 2 ? indent + "else:\n" + e : ""));
        String counter = "i" + depth;
        Arbitrary<String> loop = Combinators.combine(Arbitraries.integers().between(0, 4), nested)
                .as((n, b) -> indent + counter + " = 0\n" + indent + "while " + counter + " < " + n + ":\n"
                        + b + inner + counter + " = " + counter + " + 1\n");
        return Arbitraries.oneOf(assignment, print, ifElse, loop);
    }

    private static Arbitrary<String> condition(List<String> names) {
        return Combinators.combine(expression(names, 2), Arbitraries.of(COMPARISONS), expression(names, 2))
                .as((l, op, r) -> l + " " + op + " " + r);
    }

    /** An integer expression over the names, calls of f included, at most {@code depth} operators deep. */
    private static Arbitrary<String> expression(List<String> names, int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 20).map(String::valueOf),
                Arbitraries.of(names),
                Arbitraries.of("10 ** 20", "-7"));
        if (depth == 0) return leaf;
        Arbitrary<String> smaller = expression(names, depth - 1);
        Arbitrary<String> binary = Combinators.combine(smaller, Arbitraries.of(ARITHMETIC), smaller)
                .as((l, op, r) -> "(" + l + " " + op + " " + r + ")");
        Arbitrary<String> call = names.contains("x") ? binary
                : Combinators.combine(smaller, smaller).as((l, r) -> "f(" + l + ", " + r + ")");
        return Arbitraries.oneOf(leaf, binary, call);
    }
}
