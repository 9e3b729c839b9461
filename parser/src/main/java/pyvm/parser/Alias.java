package pyvm.parser;

import java.util.Objects;
import pyvm.lexer.Location;

/** ASDL {@code alias}; null where CPython has None: {@code asname}. */
public record Alias(String name, String asname, Location location) implements Node {
    public Alias {
        Objects.requireNonNull(name);
        Objects.requireNonNull(location);
    }
}
