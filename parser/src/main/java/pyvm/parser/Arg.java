package pyvm.parser;

import java.util.Objects;
import pyvm.lexer.Location;

/** ASDL {@code arg}; null where CPython has None: {@code annotation}, {@code typeComment}. */
public record Arg(String arg, Expr annotation, String typeComment, Location location) implements Node {
    public Arg {
        Objects.requireNonNull(arg);
        Objects.requireNonNull(location);
    }
}
