package pyvm.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * ASDL {@code arguments}; null where CPython has None: {@code vararg}, {@code kwarg}, and the entries
 * of {@code kwDefaults} for keyword-only parameters without a default.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    public Arguments {
        posonlyargs = List.copyOf(posonlyargs);
        args = List.copyOf(args);
        kwonlyargs = List.copyOf(kwonlyargs);
        kwDefaults = Collections.unmodifiableList(new ArrayList<>(kwDefaults));
        defaults = List.copyOf(defaults);
    }
}
