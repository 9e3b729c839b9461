package pyvm.parser;

import java.util.List;
import java.util.Objects;
import pyvm.lexer.Location;

/** ASDL {@code ExceptHandler}; null where CPython has None: {@code type}, {@code name}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Location location) implements Node {
    public ExceptHandler {
        body = List.copyOf(body);
        Objects.requireNonNull(location);
    }
}
