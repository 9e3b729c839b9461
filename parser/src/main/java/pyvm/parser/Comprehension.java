package pyvm.parser;

import java.util.List;
import java.util.Objects;

/** ASDL {@code comprehension}. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
    public Comprehension {
        Objects.requireNonNull(target);
        Objects.requireNonNull(iter);
        ifs = List.copyOf(ifs);
    }
}
