package pyvm.parser;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;

/**
 * The two depths that decide whether {@code python3.13 -m ast} can show a tree ({@link Ast#checkDepth}).
 * The parser limits only nesting that its own rules recurse on; a chain such as {@code 1+1+...+1} or
 * {@code a.b.c...} is read in a loop, so its tree can be far deeper than any bracket nesting, and the
 * steps after the parser meet it with limits of their own:
 * <ul>
 * <li>{@code ast.parse} turns the tree into Python objects in C (ast2obj in Python/Python-ast.c), one
 *     level per node; the singletons {@code Load()}, {@code Add()}, ... are not counted. The limit is
 *     C's recursion limit, 10000, less what the caller already holds: 6 levels under {@code -m ast}.
 * <li>{@code ast.dump} formats the objects with {@code _format}, which calls itself for each field value
 *     under the interpreter's recursion limit of 1000; a list's items are formatted in a generator
 *     expression that {@code str.join} drives, which costs two levels more than a plain field, and
 *     {@code -m ast}'s own calls take 5.
 * </ul>
 * These shares were measured with python3.13: {@code 1+1+...+1} fails from 9992 operators (ast
 * construction) and from 990 (dump), with or without {@code -a}; the same chain one list deeper, as in
 * {@code [a.b.b..., 1]} or a function's body, fails from 987.
 *
 * <p>The walk keeps its own stack, so that a tree of any depth is measured without Java's stack.
 */
final class TreeDepth {

    private TreeDepth() {}

    private static final int AST_CONSTRUCTION_LIMIT = 10000 - 6;
    private static final int DUMP_FRAME_LIMIT = 1000 - 5;

    /** A value still to measure: how many nodes hold it, and how many {@code _format} frames deep it is formatted. */
    private record Pending(Object value, int nodes, int frames) {}

    static void check(Node tree, boolean includeAttributes) {
        int deepestNode = 0, deepestFrame = 0;
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(tree, 1, 1));
        while (!pending.isEmpty()) {
            Pending p = pending.pop();
            deepestFrame = Math.max(deepestFrame, p.frames);
            if (!(p.value instanceof Node node && node instanceof Record)) continue;   // a str, an int, a constant, or Load(), Add(), ...
            deepestNode = Math.max(deepestNode, p.nodes);
            for (RecordComponent component : node.getClass().getRecordComponents()) {
                Object value = Ast.get(node, component);
                if (value instanceof Location) {
                    if (includeAttributes) deepestFrame = Math.max(deepestFrame, p.frames + 1);
                } else if (value instanceof List<?> items) {
                    for (Object item : items) pending.push(new Pending(item, p.nodes + 1, p.frames + 3));
                } else if (value != null) {
                    pending.push(new Pending(value, p.nodes + 1, p.frames + 1));
                }
            }
        }
        if (deepestNode > AST_CONSTRUCTION_LIMIT) throw recursionError(" during ast construction");
        if (deepestFrame > DUMP_FRAME_LIMIT) throw recursionError("");
    }

    private static PySyntaxError recursionError(String during) {
        return PySyntaxError.withoutLocation(PySyntaxError.Type.RecursionError, "maximum recursion depth exceeded" + during);
    }
}
