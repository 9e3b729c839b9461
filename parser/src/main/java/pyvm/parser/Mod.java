package pyvm.parser;

import java.util.List;
import java.util.Objects;

/**
 * ASDL {@code mod} of Parser/Python.asdl (3.13): one record per constructor, its components
 * in ASDL field order, which is the order {@code ast.dump} prints them.
 */
public sealed interface Mod extends Node {

    /** ASDL {@code Module}. */
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {
        public Module {
            body = List.copyOf(body);
            typeIgnores = List.copyOf(typeIgnores);
        }
    }

    /** ASDL {@code Interactive}. */
    record Interactive(List<Stmt> body) implements Mod {
        public Interactive {
            body = List.copyOf(body);
        }
    }

    /** ASDL {@code Expression}. */
    record Expression(Expr body) implements Mod {
        public Expression {
            Objects.requireNonNull(body);
        }
    }

    /** ASDL {@code FunctionType}. */
    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {
        public FunctionType {
            argtypes = List.copyOf(argtypes);
            Objects.requireNonNull(returns);
        }
    }
}
