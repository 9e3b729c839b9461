package pyvm.parser;

import java.util.List;
import java.util.Objects;

/** ASDL {@code match_case}; null where CPython has None: {@code guard}. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {
    public MatchCase {
        Objects.requireNonNull(pattern);
        body = List.copyOf(body);
    }
}
