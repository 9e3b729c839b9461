package pyvm.parser;

import java.util.Objects;

/** ASDL {@code TypeIgnore}. */
public record TypeIgnore(int lineno, String tag) implements Node {
    public TypeIgnore {
        Objects.requireNonNull(tag);
    }
}
