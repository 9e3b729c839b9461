package pyvm.course.grade;

import java.util.List;
import java.util.Random;

/**
 * Random programs of the walking-skeleton slice: integer and string literals, names, assignment,
 * arithmetic and comparisons, if/elif/else, bounded while loops, a function with positional
 * parameters, calls and print. Every loop counts up to a small bound and nothing else assigns its
 * counter, so every program ends; a division by zero may happen, and is part of what must agree.
 * The grader generates hidden cases with it; the property tests generate their programs with it.
 */
public final class ProgramGenerator {

    private static final List<String> VARIABLES = List.of("a", "b", "c");
    private static final List<String> PARAMETERS = List.of("x", "y");
    private static final List<String> ARITHMETIC = List.of("+", "-", "*", "//", "%");
    private static final List<String> COMPARISONS = List.of("<", "<=", "==", "!=", ">", ">=");

    private final Random random;

    public ProgramGenerator(Random random) {
        this.random = random;
    }

    /** {@return a new program: a function f, three variables, a few statements, a final print} */
    public String program() {
        StringBuilder p = new StringBuilder();
        p.append("def f(x, y):\n    if ").append(condition(PARAMETERS)).append(":\n        return ")
                .append(expression(PARAMETERS, 2)).append("\n    return ").append(expression(PARAMETERS, 2)).append("\n\n\n");
        p.append("a = 1\nb = 2\nc = 3\n");
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) p.append(statement("", 2));
        return p.append("print(a, b, c)\n").toString();
    }

    /** A statement at the given indentation, compound ones nesting at most {@code depth} deep. */
    private String statement(String indent, int depth) {
        int kind = random.nextInt(depth == 0 ? 2 : 4);
        return switch (kind) {
            case 0 -> indent + pick(VARIABLES) + " = " + expression(VARIABLES, 3) + "\n";
            case 1 -> indent + "print(" + printed() + ")\n";
            case 2 -> ifStatement(indent, depth);
            default -> whileLoop(indent, depth);
        };
    }

    private String ifStatement(String indent, int depth) {
        StringBuilder s = new StringBuilder(indent + "if " + condition(VARIABLES) + ":\n" + block(indent, depth));
        if (random.nextBoolean()) s.append(indent).append("elif ").append(condition(VARIABLES)).append(":\n").append(block(indent, depth));
        if (random.nextBoolean()) s.append(indent).append("else:\n").append(block(indent, depth));
        return s.toString();
    }

    /** {@code iN = 0 / while iN < K: ... iN = iN + 1}, with a counter of its own per nesting depth. */
    private String whileLoop(String indent, int depth) {
        String counter = "i" + depth;
        return indent + counter + " = 0\n" + indent + "while " + counter + " < " + random.nextInt(5) + ":\n"
                + block(indent, depth) + indent + "    " + counter + " = " + counter + " + 1\n";
    }

    private String block(String indent, int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) b.append(statement(indent + "    ", depth - 1));
        return b.toString();
    }

    private String printed() {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            if (i > 0) s.append(", ");
            s.append(random.nextInt(4) == 0 ? "'" + word() + "'" : expression(VARIABLES, 3));
        }
        return s.toString();
    }

    private String word() {
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = random.nextInt(7); i < n; i++) w.append((char) ('a' + random.nextInt(26)));
        return w.toString();
    }

    private String condition(List<String> names) {
        return expression(names, 2) + " " + pick(COMPARISONS) + " " + expression(names, 2);
    }

    /** An integer expression over the names, calls of f included outside f, {@code depth} operators deep at most. */
    private String expression(List<String> names, int depth) {
        int kind = depth == 0 ? random.nextInt(3) : random.nextInt(5);
        return switch (kind) {
            case 0 -> String.valueOf(random.nextInt(21));
            case 1 -> pick(names);
            case 2 -> random.nextBoolean() ? "10 ** 20" : "-7";
            case 3 -> "(" + expression(names, depth - 1) + " " + pick(ARITHMETIC) + " " + expression(names, depth - 1) + ")";
            default -> names == PARAMETERS
                    ? expression(names, depth - 1)
                    : "f(" + expression(names, depth - 1) + ", " + expression(names, depth - 1) + ")";
        };
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
