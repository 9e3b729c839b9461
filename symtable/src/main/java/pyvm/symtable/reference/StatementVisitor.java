package pyvm.symtable.reference;

import static pyvm.symtable.reference.Bits.*;

import java.util.HashSet;
import java.util.List;
import pyvm.lexer.Location;
import pyvm.parser.Alias;
import pyvm.parser.Arg;
import pyvm.parser.Arguments;
import pyvm.parser.ExceptHandler;
import pyvm.parser.Expr;
import pyvm.parser.MatchCase;
import pyvm.parser.Pattern;
import pyvm.parser.Stmt;
import pyvm.parser.TypeParam;
import pyvm.parser.WithItem;
import pyvm.symtable.SymbolTableType;

/**
 * The first pass over statements: {@code symtable_visit_stmt} of Python/symtable.c with the
 * visitors of the nodes only statements hold (except handlers, with items, match cases and their
 * patterns, import aliases). Definitions open blocks; every other statement records its names in
 * the current block.
 */
final class StatementVisitor {

    private final SymtableBuilder st;

    StatementVisitor(SymtableBuilder st) {
        this.st = st;
    }

    void visit(List<Stmt> body) {
        for (Stmt s : body) visit(s);
    }

    void visit(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f ->
                    function(f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), false, f.location());
            case Stmt.AsyncFunctionDef f ->
                    function(f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), true, f.location());
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.TypeAlias t -> typeAlias(t);
            case Stmt.Return r -> {
                if (r.value() != null) {
                    st.expressions.visit(r.value());
                    st.cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> st.expressions.visit(d.targets());
            case Stmt.Assign a -> {
                st.expressions.visit(a.targets());
                st.expressions.visit(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.AugAssign a -> {
                st.expressions.visit(a.target());
                st.expressions.visit(a.value());
            }
            case Stmt.For f -> loop(f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.AsyncFor f -> loop(f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.While w -> {
                st.expressions.visit(w.test());
                visit(w.body());
                visit(w.orelse());
            }
            case Stmt.If i -> {
                st.expressions.visit(i.test());
                visit(i.body());
                visit(i.orelse());
            }
            case Stmt.With w -> with(w.items(), w.body());
            case Stmt.AsyncWith w -> with(w.items(), w.body());
            case Stmt.Match m -> {
                st.expressions.visit(m.subject());
                for (MatchCase c : m.cases()) matchCase(c);
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    st.expressions.visit(r.exc());
                    if (r.cause() != null) st.expressions.visit(r.cause());
                }
            }
            case Stmt.Try t -> tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                st.expressions.visit(a.test());
                if (a.msg() != null) st.expressions.visit(a.msg());
            }
            case Stmt.Import i -> i.names().forEach(this::alias);
            case Stmt.ImportFrom i -> i.names().forEach(this::alias);
            case Stmt.Global g -> declare(g.names(), DEF_GLOBAL, g.location());
            case Stmt.Nonlocal n -> declare(n.names(), DEF_NONLOCAL, n.location());
            case Stmt.Expr e -> st.expressions.visit(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    /**
     * A def: the name binds here, defaults and decorators are evaluated here, the type parameters
     * get a block of their own around the function ({@code .defaults} and {@code .kwdefaults} come in
     * as its parameters), and the annotations are evaluated where the type parameters are visible.
     * CPython passes {@code .defaults} whenever there are type parameters, as its test is of a list
     * pointer that the parser never leaves null.
     */
    private void function(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          List<TypeParam> typeParams, boolean async, Location where) {
        st.addDef(name, DEF_LOCAL, where);
        st.expressions.visit(args.defaults());
        st.expressions.visitWithNull(args.kwDefaults());
        st.expressions.visit(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            boolean hasKwDefaults = args.kwDefaults().stream().anyMatch(d -> d != null);
            st.typeParams.enterTypeParamBlock(name, true, hasKwDefaults, false, where);
            st.typeParams.visit(typeParams);
        }
        annotations(args, returns, where);
        st.enterBlock(name, SymbolTableType.FUNCTION, where);
        if (async) st.cur.coroutine = true;
        st.expressions.parameters(args);
        visit(body);
        st.exitBlock();
        if (generic) st.exitBlock();
    }

    /**
     * A class: the name binds here, the bases and keywords are evaluated here (or in the type
     * parameters' block), and the body is a block whose private names are mangled with the class's
     * name.
     */
    private void classDef(Stmt.ClassDef c) {
        st.addDef(c.name(), DEF_LOCAL, c.location());
        st.expressions.visit(c.decoratorList());
        String enclosingPrivate = st.privateName;
        boolean generic = !c.typeParams().isEmpty();
        if (generic) {
            st.typeParams.enterTypeParamBlock(c.name(), false, false, true, c.location());
            st.privateName = c.name();
            st.cur.mangledNames = new HashSet<>();
            st.typeParams.visit(c.typeParams());
        }
        st.expressions.visit(c.bases());
        c.keywords().forEach(k -> st.expressions.visit(k.value()));
        st.enterBlock(c.name(), SymbolTableType.CLASS, c.location());
        st.privateName = c.name();
        if (generic) {
            st.addDef("__type_params__", DEF_LOCAL, c.location());
            st.addDef(".type_params", USE, c.location());
        }
        visit(c.body());
        st.exitBlock();
        if (generic) st.exitBlock();
        st.privateName = enclosingPrivate;
    }

    /** {@code type X[T] = value}: the value is evaluated lazily, in a block of its own. */
    private void typeAlias(Stmt.TypeAlias t) {
        st.expressions.visit(t.name());
        String name = ((Expr.Name) t.name()).id();
        boolean inClass = st.cur.type == SymbolTableType.CLASS;
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            st.typeParams.enterTypeParamBlock(name, false, false, false, t.location());
            st.typeParams.visit(t.typeParams());
        }
        st.enterBlock(name, SymbolTableType.TYPE_ALIAS, t.location());
        st.cur.canSeeClassScope = inClass;
        if (inClass) st.addDef("__classdict__", USE, t.value().location());
        st.expressions.visit(t.value());
        st.exitBlock();
        if (generic) st.exitBlock();
    }

    /**
     * {@code x: int = v}: a simple name target is annotated and bound, unless a global or nonlocal
     * declaration in a function already claims it; any other target is visited as an expression.
     */
    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int cur = st.lookup(n.id());
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && st.cur != st.top && a.simple() != 0)
                throw st.error(a.location(),
                        ((cur & DEF_GLOBAL) != 0 ? Messages.GLOBAL_ANNOT : Messages.NONLOCAL_ANNOT).formatted(n.id()));
            if (a.simple() != 0) st.addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.location());
            if (a.value() != null) st.addDef(n.id(), DEF_LOCAL, n.location());
        } else {
            st.expressions.visit(a.target());
        }
        annotation(a.annotation());
        if (a.value() != null) st.expressions.visit(a.value());
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        st.expressions.visit(target);
        st.expressions.visit(iter);
        visit(body);
        visit(orelse);
    }

    private void with(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            st.expressions.visit(item.contextExpr());
            if (item.optionalVars() != null) st.expressions.visit(item.optionalVars());
        }
        visit(body);
    }

    private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visit(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) st.expressions.visit(h.type());
            if (h.name() != null) st.addDef(h.name(), DEF_LOCAL, h.location());
            visit(h.body());
        }
        visit(orelse);
        visit(finalbody);
    }

    /**
     * {@code global} and {@code nonlocal}: the declaration must come before any other use of the name
     * in the block; it is remembered, for the errors the second pass may raise about it.
     */
    private void declare(List<String> names, int flag, Location where) {
        boolean global = flag == DEF_GLOBAL;
        for (String name : names) {
            int cur = st.lookup(name);
            if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String message;
                if ((cur & DEF_PARAM) != 0) message = global ? Messages.GLOBAL_PARAM : Messages.NONLOCAL_PARAM;
                else if ((cur & USE) != 0) message = global ? Messages.GLOBAL_AFTER_USE : Messages.NONLOCAL_AFTER_USE;
                else if ((cur & DEF_ANNOT) != 0) message = global ? Messages.GLOBAL_ANNOT : Messages.NONLOCAL_ANNOT;
                else message = global ? Messages.GLOBAL_AFTER_ASSIGN : Messages.NONLOCAL_AFTER_ASSIGN;
                throw st.error(where, message.formatted(name));
            }
            st.addDef(name, flag, where);
            st.recordDirective(name, where);
        }
    }

    /**
     * {@code symtable_visit_alias}: {@code import a.b.c} binds {@code a}; {@code import a.b as c}
     * binds {@code c}; {@code from m import *} binds nothing and is allowed only in a module.
     */
    private void alias(Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        if (name.equals("*")) {
            if (st.cur.type != SymbolTableType.MODULE) throw st.error(a.location(), Messages.IMPORT_STAR_WARNING);
            return;
        }
        int dot = name.indexOf('.');
        st.addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a.location());
    }

    private void matchCase(MatchCase c) {
        pattern(c.pattern());
        if (c.guard() != null) st.expressions.visit(c.guard());
        visit(c.body());
    }

    /** {@code symtable_visit_pattern}: capture names bind; value patterns are expressions. */
    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> st.expressions.visit(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::pattern);
            case Pattern.MatchStar s -> {
                if (s.name() != null) st.addDef(s.name(), DEF_LOCAL, s.location());
            }
            case Pattern.MatchMapping m -> {
                st.expressions.visit(m.keys());
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) st.addDef(m.rest(), DEF_LOCAL, m.location());
            }
            case Pattern.MatchClass c -> {
                st.expressions.visit(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern());
                if (a.name() != null) st.addDef(a.name(), DEF_LOCAL, a.location());
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    /**
     * {@code symtable_visit_annotations}: a def's parameter annotations, then its return annotation.
     * Under {@code from __future__ import annotations} they are checked in a block of their own that
     * the tree never shows.
     */
    private void annotations(Arguments a, Expr returns, Location where) {
        boolean future = st.future.annotations();
        if (future) st.enterBlock("_annotation", SymbolTableType.ANNOTATION, where);
        argAnnotations(a.posonlyargs());
        argAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) st.expressions.visit(a.vararg().annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) st.expressions.visit(a.kwarg().annotation());
        argAnnotations(a.kwonlyargs());
        if (future) st.exitBlock();
        if (returns != null) annotation(returns);
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg arg : args)
            if (arg.annotation() != null) st.expressions.visit(arg.annotation());
    }

    /** {@code symtable_visit_annotation}: one annotation, in a block of its own under the future import. */
    private void annotation(Expr annotation) {
        boolean future = st.future.annotations();
        if (future) st.enterBlock("_annotation", SymbolTableType.ANNOTATION, annotation.location());
        st.expressions.visit(annotation);
        if (future) st.exitBlock();
    }
}
