package pyvm.parser;

import java.util.List;
import java.util.Objects;
import pyvm.lexer.Location;

/**
 * ASDL {@code stmt} of Parser/Python.asdl (3.13): one record per constructor, its components
 * in ASDL field order, which is the order {@code ast.dump} prints them. The record {@code Expr}
 * hides {@link pyvm.parser.Expr} in this file, hence the qualified name.
 */
public sealed interface Stmt extends Node {

    /** {@return where the statement stands: its {@code lineno}, {@code col_offset}, {@code end_lineno}, {@code end_col_offset}} */
    Location location();

    /** ASDL {@code FunctionDef}; null where CPython has None: {@code returns}, {@code typeComment}. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<pyvm.parser.Expr> decoratorList, pyvm.parser.Expr returns, String typeComment, List<TypeParam> typeParams, Location location) implements Stmt {
        public FunctionDef {
            Objects.requireNonNull(name);
            Objects.requireNonNull(args);
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
            typeParams = List.copyOf(typeParams);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code AsyncFunctionDef}; null where CPython has None: {@code returns}, {@code typeComment}. */
    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<pyvm.parser.Expr> decoratorList, pyvm.parser.Expr returns, String typeComment, List<TypeParam> typeParams, Location location) implements Stmt {
        public AsyncFunctionDef {
            Objects.requireNonNull(name);
            Objects.requireNonNull(args);
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
            typeParams = List.copyOf(typeParams);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code ClassDef}. */
    record ClassDef(String name, List<pyvm.parser.Expr> bases, List<Keyword> keywords, List<Stmt> body, List<pyvm.parser.Expr> decoratorList, List<TypeParam> typeParams, Location location) implements Stmt {
        public ClassDef {
            Objects.requireNonNull(name);
            bases = List.copyOf(bases);
            keywords = List.copyOf(keywords);
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
            typeParams = List.copyOf(typeParams);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Return}; null where CPython has None: {@code value}. */
    record Return(pyvm.parser.Expr value, Location location) implements Stmt {
        public Return {
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Delete}. */
    record Delete(List<pyvm.parser.Expr> targets, Location location) implements Stmt {
        public Delete {
            targets = List.copyOf(targets);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Assign}; null where CPython has None: {@code typeComment}. */
    record Assign(List<pyvm.parser.Expr> targets, pyvm.parser.Expr value, String typeComment, Location location) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code TypeAlias}. */
    record TypeAlias(pyvm.parser.Expr name, List<TypeParam> typeParams, pyvm.parser.Expr value, Location location) implements Stmt {
        public TypeAlias {
            Objects.requireNonNull(name);
            typeParams = List.copyOf(typeParams);
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code AugAssign}. */
    record AugAssign(pyvm.parser.Expr target, Operator op, pyvm.parser.Expr value, Location location) implements Stmt {
        public AugAssign {
            Objects.requireNonNull(target);
            Objects.requireNonNull(op);
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code AnnAssign}; null where CPython has None: {@code value}. */
    record AnnAssign(pyvm.parser.Expr target, pyvm.parser.Expr annotation, pyvm.parser.Expr value, int simple, Location location) implements Stmt {
        public AnnAssign {
            Objects.requireNonNull(target);
            Objects.requireNonNull(annotation);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code For}; null where CPython has None: {@code typeComment}. */
    record For(pyvm.parser.Expr target, pyvm.parser.Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Location location) implements Stmt {
        public For {
            Objects.requireNonNull(target);
            Objects.requireNonNull(iter);
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code AsyncFor}; null where CPython has None: {@code typeComment}. */
    record AsyncFor(pyvm.parser.Expr target, pyvm.parser.Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Location location) implements Stmt {
        public AsyncFor {
            Objects.requireNonNull(target);
            Objects.requireNonNull(iter);
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code While}. */
    record While(pyvm.parser.Expr test, List<Stmt> body, List<Stmt> orelse, Location location) implements Stmt {
        public While {
            Objects.requireNonNull(test);
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code If}. */
    record If(pyvm.parser.Expr test, List<Stmt> body, List<Stmt> orelse, Location location) implements Stmt {
        public If {
            Objects.requireNonNull(test);
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code With}; null where CPython has None: {@code typeComment}. */
    record With(List<WithItem> items, List<Stmt> body, String typeComment, Location location) implements Stmt {
        public With {
            items = List.copyOf(items);
            body = List.copyOf(body);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code AsyncWith}; null where CPython has None: {@code typeComment}. */
    record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment, Location location) implements Stmt {
        public AsyncWith {
            items = List.copyOf(items);
            body = List.copyOf(body);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Match}. */
    record Match(pyvm.parser.Expr subject, List<MatchCase> cases, Location location) implements Stmt {
        public Match {
            Objects.requireNonNull(subject);
            cases = List.copyOf(cases);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Raise}; null where CPython has None: {@code exc}, {@code cause}. */
    record Raise(pyvm.parser.Expr exc, pyvm.parser.Expr cause, Location location) implements Stmt {
        public Raise {
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Try}. */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Location location) implements Stmt {
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orelse = List.copyOf(orelse);
            finalbody = List.copyOf(finalbody);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code TryStar}. */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Location location) implements Stmt {
        public TryStar {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orelse = List.copyOf(orelse);
            finalbody = List.copyOf(finalbody);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Assert}; null where CPython has None: {@code msg}. */
    record Assert(pyvm.parser.Expr test, pyvm.parser.Expr msg, Location location) implements Stmt {
        public Assert {
            Objects.requireNonNull(test);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Import}. */
    record Import(List<Alias> names, Location location) implements Stmt {
        public Import {
            names = List.copyOf(names);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code ImportFrom}; null where CPython has None: {@code module}, {@code level}. */
    record ImportFrom(String module, List<Alias> names, Integer level, Location location) implements Stmt {
        public ImportFrom {
            names = List.copyOf(names);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Global}. */
    record Global(List<String> names, Location location) implements Stmt {
        public Global {
            names = List.copyOf(names);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Nonlocal}. */
    record Nonlocal(List<String> names, Location location) implements Stmt {
        public Nonlocal {
            names = List.copyOf(names);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Expr}. */
    record Expr(pyvm.parser.Expr value, Location location) implements Stmt {
        public Expr {
            Objects.requireNonNull(value);
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Pass}. */
    record Pass(Location location) implements Stmt {
        public Pass {
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Break}. */
    record Break(Location location) implements Stmt {
        public Break {
            Objects.requireNonNull(location);
        }
    }

    /** ASDL {@code Continue}. */
    record Continue(Location location) implements Stmt {
        public Continue {
            Objects.requireNonNull(location);
        }
    }
}
