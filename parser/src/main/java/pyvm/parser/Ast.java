package pyvm.parser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Location;
import pyvm.lexer.PyRepr;

/**
 * The counterpart of Lib/ast.py for the printed forms of a tree: {@link #dump(Node, boolean, Integer)}
 * is {@code ast.dump} of CPython 3.13, so {@code dump(tree, true, 3)} prints exactly what
 * {@code python3.13 -m ast -a FILE} prints; {@link #unparse(Expr)} turns an expression back into
 * source text.
 *
 * <p>ast.py walks a node's {@code _fields} and then its {@code _attributes}; here the fields are the
 * record components, in ASDL order, and the attributes are the one {@link Location} component, which
 * stands for {@code lineno, col_offset, end_lineno, end_col_offset}. Component names are CPython's
 * field names in lowerCamel, so {@code decoratorList} prints as {@code decorator_list}.
 */
public final class Ast {

    private Ast() {}

    /** {@return {@code ast.dump(node)}: one line, without positions} */
    public static String dump(Node node) {
        return dump(node, false, null);
    }

    /** {@return {@code ast.dump(node, indent=indent)}: one field per line, without positions} */
    public static String dump(Node node, int indent) {
        return dump(node, false, indent);
    }

    /**
     * {@return {@code ast.dump(node, include_attributes=includeAttributes, indent=indent)}}
     *
     * @param indent spaces per level, or null for the single-line form (ast.dump's {@code indent=None})
     */
    public static String dump(Node node, boolean includeAttributes, Integer indent) {
        return new Ast.Dumper(includeAttributes, indent == null ? null : " ".repeat(indent)).format(node, 0).text;
    }

    /**
     * Raises the RecursionError that {@code python3.13 -m ast} raises for a tree too deep for it to
     * turn into objects ("maximum recursion depth exceeded during ast construction") or to dump
     * ("maximum recursion depth exceeded"), or returns; {@link TreeDepth} tells where the limits lie.
     * Call it before {@link #dump(Node, boolean, Integer)}, whose own recursion it keeps within bounds.
     *
     * @throws pyvm.lexer.PySyntaxError of type RecursionError, without a location
     */
    public static void checkDepth(Node tree, boolean includeAttributes) {
        TreeDepth.check(tree, includeAttributes);
    }

    /**
     * {@return an expression as source text, as CPython 3.13's compiler writes a postponed annotation
     * ({@code from __future__ import annotations}) into {@code co_consts}}
     *
     * <p>This is Python/ast_unparse.c, not Lib/ast.py's {@code unparse}; the two agree on most
     * expressions, but the C one writes {@code lambda*, k: 1} and {@code f(x for x in y)} where
     * ast.py writes {@code lambda *, k: 1} and {@code f((x for x in y))}. Parsing the text gives
     * back the tree, positions aside, for any tree the parser makes, except for two f-string
     * shapes where CPython's text does not read back either: an f-string is written as {@code f}
     * and the repr of its body, so a str inside a replacement field comes back with its escapes
     * doubled ({@code f"{'a\\nb'}"}), and a brace in a format spec comes back doubled, which a
     * format spec does not allow.
     */
    public static String unparse(Expr expr) {
        return Unparse.exprAsUnicode(expr);
    }

    /** A formatted value and whether it is "simple": ast.py's {@code _format} returns the same pair. */
    private record Formatted(String text, boolean simple) {}

    /** ast.dump's nested {@code _format}, with {@code annotate_fields=True} and {@code show_empty=False}. */
    private record Dumper(boolean includeAttributes, String indent) {

        Formatted format(Object value, int outer) {
            int level = indent == null ? outer : outer + 1;
            String prefix = indent == null ? "" : "\n" + indent.repeat(level);
            String sep = indent == null ? ", " : ",\n" + indent.repeat(level);
            return switch (value) {
                case Node node -> formatNode(node, level, prefix, sep);
                case null -> new Formatted("None", true);
                case List<?> list -> list.isEmpty()
                        ? new Formatted("[]", true)
                        : new Formatted("[" + prefix + String.join(sep, list.stream().map(x -> format(x, level).text).toList()) + "]", false);
                case String s -> new Formatted(PyRepr.str(s), true);
                case ConstantValue c -> new Formatted(ConstantValue.repr(c), true);
                case Integer i -> new Formatted(i.toString(), true);
                default -> throw new IllegalStateException("not an AST value: " + value.getClass());
            };
        }

        private Formatted formatNode(Node node, int level, String prefix, String sep) {
            List<String> args = new ArrayList<>();
            boolean allSimple = true;
            if (node instanceof Record) {
                Location location = null;
                for (RecordComponent component : node.getClass().getRecordComponents()) {
                    Object value = get(node, component);
                    if (component.getType() == Location.class) {
                        location = (Location) value;
                        continue;
                    }
                    // ast.py: a None that is the field's class default, or (show_empty=False) a None or
                    // an empty list, is left out; Constant and MatchSingleton print value=None anyway,
                    // which here is ConstantValue.None, never null.
                    if (value == null || value instanceof List<?> list && list.isEmpty()) continue;
                    Formatted f = format(value, level);
                    allSimple &= f.simple;
                    args.add(fieldName(component.getName()) + "=" + f.text);
                }
                if (includeAttributes && location != null) {
                    args.add("lineno=" + location.lineno());
                    args.add("col_offset=" + location.colOffset());
                    args.add("end_lineno=" + location.endLineno());
                    args.add("end_col_offset=" + location.endColOffset());
                }
            }
            String name = className(node);
            if (allSimple && args.size() <= 3) return new Formatted(name + "(" + String.join(", ", args) + ")", args.isEmpty());
            return new Formatted(name + "(" + prefix + String.join(sep, args) + ")", false);
        }
    }

    /** {@return a field of a node, by its record component} */
    static Object get(Node node, RecordComponent component) {
        try {
            return component.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the Python class name of a node: ASDL's constructor name, or the product type's name} */
    static String className(Node node) {
        return switch (node) {
            case Alias a -> "alias";
            case Arg a -> "arg";
            case Arguments a -> "arguments";
            case Comprehension c -> "comprehension";
            case Keyword k -> "keyword";
            case WithItem w -> "withitem";
            case MatchCase m -> "match_case";
            case Mod m -> m.getClass().getSimpleName();
            case Stmt s -> s.getClass().getSimpleName();
            case Expr e -> e.getClass().getSimpleName();
            case Pattern p -> p.getClass().getSimpleName();
            case TypeParam t -> t.getClass().getSimpleName();
            case ExceptHandler h -> "ExceptHandler";
            case TypeIgnore t -> "TypeIgnore";
            case ExprContext c -> c.name();
            case Boolop o -> o.name();
            case Operator o -> o.name();
            case Unaryop o -> o.name();
            case Cmpop o -> o.name();
        };
    }

    /** {@return the ASDL field name of a record component: {@code decoratorList} is {@code decorator_list}} */
    static String fieldName(String component) {
        StringBuilder out = new StringBuilder();
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) out.append('_').append(Character.toLowerCase(c));
            else out.append(c);
        }
        return out.toString();
    }
}
