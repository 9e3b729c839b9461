package pyvm.parser;

import java.util.List;
import java.util.Objects;
import pyvm.lexer.Location;

/**
 * ASDL {@code pattern} of Parser/Python.asdl (3.13): one record per constructor, its components
 * in ASDL field order, which is the order {@code ast.dump} prints them.
 */
public sealed interface Pattern extends Node {

    /** {@return where the pattern stands: its {@code lineno}, {@code col_offset}, {@code end_lineno}, {@code end_col_offset}} */
    Location location();

    /** ASDL {@code MatchValue}. */
    record MatchValue(Expr value, Location location) implements Pattern {
        public MatchValue {
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code MatchSingleton}. */
    record MatchSingleton(ConstantValue value, Location location) implements Pattern {
        public MatchSingleton {
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code MatchSequence}. */
    record MatchSequence(List<Pattern> patterns, Location location) implements Pattern {
        public MatchSequence {
            patterns = List.copyOf(patterns);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code MatchMapping}; null where CPython has None: {@code rest}. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Location location) implements Pattern {
        public MatchMapping {
            keys = List.copyOf(keys);
            patterns = List.copyOf(patterns);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code MatchClass}. */
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Location location) implements Pattern {
        public MatchClass {
            Objects.requireNonNull(cls);
            patterns = List.copyOf(patterns);
            kwdAttrs = List.copyOf(kwdAttrs);
            kwdPatterns = List.copyOf(kwdPatterns);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code MatchStar}; null where CPython has None: {@code name}. */
    record MatchStar(String name, Location location) implements Pattern {
        public MatchStar {
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code MatchAs}; null where CPython has None: {@code pattern}, {@code name}. */
    record MatchAs(Pattern pattern, String name, Location location) implements Pattern {
        public MatchAs {
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code MatchOr}. */
    record MatchOr(List<Pattern> patterns, Location location) implements Pattern {
        public MatchOr {
            patterns = List.copyOf(patterns);
            Objects.requireNonNull(location);
        }
    }
}
