package pyvm.parser;

import java.util.Objects;
import pyvm.lexer.Location;

/**
 * ASDL {@code type_param} of Parser/Python.asdl (3.13): one record per constructor, its components
 * in ASDL field order, which is the order {@code ast.dump} prints them.
 */
public sealed interface TypeParam extends Node {

    /** {@return where the type parameter stands: its {@code lineno}, {@code col_offset}, {@code end_lineno}, {@code end_col_offset}} */
    Location location();

    /** ASDL {@code TypeVar}; null where CPython has None: {@code bound}, {@code defaultValue}. */
    record TypeVar(String name, Expr bound, Expr defaultValue, Location location) implements TypeParam {
        public TypeVar {
            Objects.requireNonNull(name);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code ParamSpec}; null where CPython has None: {@code defaultValue}. */
    record ParamSpec(String name, Expr defaultValue, Location location) implements TypeParam {
        public ParamSpec {
            Objects.requireNonNull(name);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code TypeVarTuple}; null where CPython has None: {@code defaultValue}. */
    record TypeVarTuple(String name, Expr defaultValue, Location location) implements TypeParam {
        public TypeVarTuple {
            Objects.requireNonNull(name);
            Objects.requireNonNull(location);
        }
    }
}
