package pyvm.parser;

import java.util.Objects;
import pyvm.lexer.Location;

/** ASDL {@code keyword}; null where CPython has None: {@code arg}. */
public record Keyword(String arg, Expr value, Location location) implements Node {
    public Keyword {
        Objects.requireNonNull(value);
        Objects.requireNonNull(location);
    }
}
