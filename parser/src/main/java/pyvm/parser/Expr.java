package pyvm.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Objects;
import pyvm.lexer.Location;

/**
 * ASDL {@code expr} of Parser/Python.asdl (3.13): one record per constructor, its components
 * in ASDL field order, which is the order {@code ast.dump} prints them. The record {@code List}
 * hides {@code java.util.List} in this file, hence the qualified name.
 */
public sealed interface Expr extends Node {

    /** {@return where the expression stands: its {@code lineno}, {@code col_offset}, {@code end_lineno}, {@code end_col_offset}} */
    Location location();

    /** ASDL {@code BoolOp}. */
    record BoolOp(Boolop op, java.util.List<Expr> values, Location location) implements Expr {
        public BoolOp {
            Objects.requireNonNull(op);
            values = java.util.List.copyOf(values);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code NamedExpr}. */
    record NamedExpr(Expr target, Expr value, Location location) implements Expr {
        public NamedExpr {
            Objects.requireNonNull(target);
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code BinOp}. */
    record BinOp(Expr left, Operator op, Expr right, Location location) implements Expr {
        public BinOp {
            Objects.requireNonNull(left);
            Objects.requireNonNull(op);
            Objects.requireNonNull(right);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code UnaryOp}. */
    record UnaryOp(Unaryop op, Expr operand, Location location) implements Expr {
        public UnaryOp {
            Objects.requireNonNull(op);
            Objects.requireNonNull(operand);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Lambda}. */
    record Lambda(Arguments args, Expr body, Location location) implements Expr {
        public Lambda {
            Objects.requireNonNull(args);
            Objects.requireNonNull(body);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code IfExp}. */
    record IfExp(Expr test, Expr body, Expr orelse, Location location) implements Expr {
        public IfExp {
            Objects.requireNonNull(test);
            Objects.requireNonNull(body);
            Objects.requireNonNull(orelse);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Dict}; null where CPython has None: the entries of {@code keys} for {@code **mapping}. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Location location) implements Expr {
        public Dict {
            keys = Collections.unmodifiableList(new ArrayList<>(keys));
            values = java.util.List.copyOf(values);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Set}. */
    record Set(java.util.List<Expr> elts, Location location) implements Expr {
        public Set {
            elts = java.util.List.copyOf(elts);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code ListComp}. */
    record ListComp(Expr elt, java.util.List<Comprehension> generators, Location location) implements Expr {
        public ListComp {
            Objects.requireNonNull(elt);
            generators = java.util.List.copyOf(generators);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code SetComp}. */
    record SetComp(Expr elt, java.util.List<Comprehension> generators, Location location) implements Expr {
        public SetComp {
            Objects.requireNonNull(elt);
            generators = java.util.List.copyOf(generators);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code DictComp}. */
    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Location location) implements Expr {
        public DictComp {
            Objects.requireNonNull(key);
            Objects.requireNonNull(value);
            generators = java.util.List.copyOf(generators);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code GeneratorExp}. */
    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Location location) implements Expr {
        public GeneratorExp {
            Objects.requireNonNull(elt);
            generators = java.util.List.copyOf(generators);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Await}. */
    record Await(Expr value, Location location) implements Expr {
        public Await {
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Yield}; null where CPython has None: {@code value}. */
    record Yield(Expr value, Location location) implements Expr {
        public Yield {
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code YieldFrom}. */
    record YieldFrom(Expr value, Location location) implements Expr {
        public YieldFrom {
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Compare}. */
    record Compare(Expr left, java.util.List<Cmpop> ops, java.util.List<Expr> comparators, Location location) implements Expr {
        public Compare {
            Objects.requireNonNull(left);
            ops = java.util.List.copyOf(ops);
            comparators = java.util.List.copyOf(comparators);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Call}. */
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Location location) implements Expr {
        public Call {
            Objects.requireNonNull(func);
            args = java.util.List.copyOf(args);
            keywords = java.util.List.copyOf(keywords);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code FormattedValue}; null where CPython has None: {@code formatSpec}. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Location location) implements Expr {
        public FormattedValue {
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code JoinedStr}. */
    record JoinedStr(java.util.List<Expr> values, Location location) implements Expr {
        public JoinedStr {
            values = java.util.List.copyOf(values);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Constant}; null where CPython has None: {@code kind}. */
    record Constant(ConstantValue value, String kind, Location location) implements Expr {
        public Constant {
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Attribute}. */
    record Attribute(Expr value, String attr, ExprContext ctx, Location location) implements Expr {
        public Attribute {
            Objects.requireNonNull(value);
            Objects.requireNonNull(attr);
            Objects.requireNonNull(ctx);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Subscript}. */
    record Subscript(Expr value, Expr slice, ExprContext ctx, Location location) implements Expr {
        public Subscript {
            Objects.requireNonNull(value);
            Objects.requireNonNull(slice);
            Objects.requireNonNull(ctx);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Starred}. */
    record Starred(Expr value, ExprContext ctx, Location location) implements Expr {
        public Starred {
            Objects.requireNonNull(value);
            Objects.requireNonNull(ctx);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Name}. */
    record Name(String id, ExprContext ctx, Location location) implements Expr {
        public Name {
            Objects.requireNonNull(id);
            Objects.requireNonNull(ctx);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code List}. */
    record List(java.util.List<Expr> elts, ExprContext ctx, Location location) implements Expr {
        public List {
            elts = java.util.List.copyOf(elts);
            Objects.requireNonNull(ctx);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Tuple}. */
    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Location location) implements Expr {
        public Tuple {
            elts = java.util.List.copyOf(elts);
            Objects.requireNonNull(ctx);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Slice}; null where CPython has None: {@code lower}, {@code upper}, {@code step}. */
    record Slice(Expr lower, Expr upper, Expr step, Location location) implements Expr {
        public Slice {
            Objects.requireNonNull(location);
        }
    }
}
