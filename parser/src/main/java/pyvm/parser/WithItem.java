package pyvm.parser;

import java.util.Objects;

/** ASDL {@code withitem}; null where CPython has None: {@code optionalVars}. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
    public WithItem {
        Objects.requireNonNull(contextExpr);
    }
}
