package pyvm.parser;

import java.util.List;

/** ASDL {@code arguments}; null where CPython has None: {@code vararg}, {@code kwarg}. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    public Arguments {
        posonlyargs = List.copyOf(posonlyargs);
        args = List.copyOf(args);
        kwonlyargs = List.copyOf(kwonlyargs);
        kwDefaults = List.copyOf(kwDefaults);
        defaults = List.copyOf(defaults);
    }
}
