package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Stmt;

/**
 * Code for statements. Mirrors compiler_visit_stmt of Python/compile.c: the simple statements are
 * here, branches and loops in {@link ControlFlow}, definitions in {@link Functions}.
 */
final class Statements {

    private final Compiler c;

    Statements(Compiler c) {
        this.c = c;
    }

    /** VISIT_SEQ over statements. */
    void visitAll(List<Stmt> body) {
        for (Stmt s : body) visit(s);
    }

    /**
     * compiler_body: a module's or class's statements, with SETUP_ANNOTATIONS first if some
     * annotated assignment needs {@code __annotations__}, and the docstring stored as {@code __doc__}.
     */
    void body(Location loc, List<Stmt> stmts) {
        if (findAnn(stmts)) c.addop(Opcode.SETUP_ANNOTATIONS, loc);
        if (stmts.isEmpty()) return;
        int first = 0;
        String docstring = Functions.docstring(stmts);
        if (docstring != null) {
            first = 1;
            Stmt.Expr st = (Stmt.Expr) stmts.getFirst();
            c.loadConst(new ConstantValue.Str(Docstrings.clean(docstring)), st.value().location());
            c.nameop("__doc__", ExprContext.Store, Instruction.NO_LOCATION);
        }
        visitAll(stmts.subList(first, stmts.size()));
    }

    /** find_ann: an annotated assignment in these statements, compound ones searched, nested scopes not. */
    static boolean findAnn(List<Stmt> stmts) {
        for (Stmt st : stmts) {
            boolean found = switch (st) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.AsyncFor f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Stmt.If i -> findAnn(i.body()) || findAnn(i.orelse());
                case Stmt.With w -> findAnn(w.body());
                case Stmt.AsyncWith w -> findAnn(w.body());
                case Stmt.Try t -> t.handlers().stream().anyMatch(h -> findAnn(h.body()))
                        || findAnn(t.body()) || findAnn(t.finalbody()) || findAnn(t.orelse());
                case Stmt.TryStar t -> t.handlers().stream().anyMatch(h -> findAnn(h.body()))
                        || findAnn(t.body()) || findAnn(t.finalbody()) || findAnn(t.orelse());
                case Stmt.Match m -> m.cases().stream().anyMatch(k -> findAnn(k.body()));
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    /**
     * compiler_annassign: the assignment first; then, for a simple name in a module or class, the
     * annotation stored in {@code __annotations__}; complex targets only evaluate what they would
     * check at run time.
     */
    private void annAssign(Stmt.AnnAssign s) {
        Location loc = s.location();
        Expr target = s.target();
        if (s.value() != null) {
            c.expressions.visit(s.value());
            c.expressions.visit(target);
        }
        boolean moduleOrClass = c.u.scopeType == ScopeType.MODULE || c.u.scopeType == ScopeType.CLASS;
        switch (target) {
            case Expr.Name n -> {
                c.forbiddenName(loc, n.id(), ExprContext.Store);
                if (s.simple() != 0 && moduleOrClass) {
                    if (c.future.annotations()) c.expressions.annexpr(s.annotation());
                    else c.expressions.visit(s.annotation());
                    c.addopName(Opcode.LOAD_NAME, "__annotations__", loc);
                    c.loadConst(new ConstantValue.Str(pyvm.symtable.Mangling.maybeMangle(c.u.privateName, c.u.ste, n.id())), loc);
                    c.addop(Opcode.STORE_SUBSCR, loc);
                }
            }
            case Expr.Attribute a -> {
                if (s.value() == null) checkAnnExpr(a.value());
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscr(sub.slice());
                }
            }
            default -> throw new IllegalStateException("invalid node type for annotated assignment: " + target);
        }
        // Annotation is evaluated last, unless postponed (check_annotation).
        if (s.simple() == 0 && moduleOrClass && !c.future.annotations()) checkAnnExpr(s.annotation());
    }

    /** check_ann_expr: evaluated for its errors only. */
    private void checkAnnExpr(Expr e) {
        c.expressions.visit(e);
        c.addop(Opcode.POP_TOP, e.location());
    }

    /** check_ann_subscr: everything in a subscript is evaluated. */
    private void checkAnnSubscr(Expr e) {
        switch (e) {
            case Expr.Slice sl -> {
                if (sl.lower() != null) checkAnnExpr(sl.lower());
                if (sl.upper() != null) checkAnnExpr(sl.upper());
                if (sl.step() != null) checkAnnExpr(sl.step());
            }
            case Expr.Tuple t -> t.elts().forEach(this::checkAnnSubscr);
            default -> checkAnnExpr(e);
        }
    }

    /** compiler_visit_stmt. */
    void visit(Stmt s) {
        Location loc = s.location();
        switch (s) {
            case Stmt.FunctionDef f -> c.functions.function(f);
            case Stmt.Return r -> returnStatement(r);
            case Stmt.Assign a -> {
                c.expressions.visit(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) c.addopI(Opcode.COPY, 1, loc);
                    c.expressions.visit(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.While w -> c.controlFlow.whileStatement(w);
            case Stmt.If i -> c.controlFlow.ifStatement(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.Expr e -> expressionStatement(e.value(), loc);
            case Stmt.Pass p -> c.addop(Opcode.NOP, loc);
            case Stmt.Break b -> c.controlFlow.breakStatement(b);
            case Stmt.Continue k -> c.controlFlow.continueStatement(k);
            case Stmt.Delete d -> {
                for (Expr target : d.targets()) c.expressions.visit(target);
            }
            case Stmt.AsyncFunctionDef f -> c.functions.function(f);
            case Stmt.ClassDef k -> c.classes.classDef(k);
            case Stmt.TypeAlias t -> c.typeParams.typeAlias(t);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> c.controlFlow.forStatement(f);
            case Stmt.AsyncFor f -> c.controlFlow.asyncFor(f);
            case Stmt.With w -> c.exceptions.with(w, 0);
            case Stmt.AsyncWith w -> c.exceptions.asyncWith(w, 0);
            case Stmt.Match m -> c.patterns.match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    c.expressions.visit(r.exc());
                    n++;
                    if (r.cause() != null) {
                        c.expressions.visit(r.cause());
                        n++;
                    }
                }
                c.addopI(Opcode.RAISE_VARARGS, n, loc);
            }
            case Stmt.Try t -> c.exceptions.tryStatement(t);
            case Stmt.TryStar t -> c.exceptionGroups.tryStar(t);
            case Stmt.Assert a -> c.controlFlow.assertStatement(a);
            case Stmt.Import i -> c.imports.importStatement(i);
            case Stmt.ImportFrom i -> c.imports.fromImport(i);
        }
    }

    /**
     * compiler_stmt_expr: evaluate and discard. A constant on its own line compiles to a NOP that
     * keeps the line for tracing; the POP_TOP has no location of its own.
     */
    private void expressionStatement(Expr value, Location loc) {
        if (value instanceof Expr.Constant) {
            c.addop(Opcode.NOP, loc);
            return;
        }
        c.expressions.visit(value);
        c.addop(Opcode.POP_TOP, Instruction.NO_LOCATION);
    }

    /**
     * compiler_return: a constant is loaded after the unwinding (so LOAD_CONST + RETURN_VALUE can
     * become RETURN_CONST); any other value is computed first and kept on the stack through it.
     */
    private void returnStatement(Stmt.Return s) {
        Location loc = s.location();
        Expr value = s.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        if (!c.u.isFunctionLike()) throw c.error(loc, "'return' outside function");
        if (value != null && c.u.ste.coroutine() && c.u.ste.generator())
            throw c.error(loc, "'return' with value in async generator");
        if (preserveTos) {
            c.expressions.visit(value);
        } else if (value != null) {
            // Emit instruction with line number for return value
            loc = value.location();
            c.addop(Opcode.NOP, loc);
        }
        if (value == null || value.location().lineno() != s.location().lineno()) {
            loc = s.location();
            c.addop(Opcode.NOP, loc);
        }
        loc = c.frameBlocks.unwindStack(loc, preserveTos, false).loc();
        if (value == null) c.loadConst(ConstantValue.NONE, loc);
        else if (!preserveTos) c.loadConst(((Expr.Constant) value).value(), loc);
        c.addop(Opcode.RETURN_VALUE, loc);
    }

    /**
     * compiler_augassign: load the target (keeping what locates it), apply the in-place operator,
     * store back.
     */
    private void augAssign(Stmt.AugAssign s) {
        Expr target = s.target();
        Location loc = target.location();
        switch (target) {
            case Expr.Name n -> c.nameop(n.id(), ExprContext.Load, loc);
            case Expr.Attribute a -> {
                c.expressions.visit(a.value());
                c.addopI(Opcode.COPY, 1, loc);
                c.addopName(Opcode.LOAD_ATTR, a.attr(), Expressions.matchAttrStart(loc, a));
            }
            case Expr.Subscript sub -> {
                c.expressions.visit(sub.value());
                if (Displays.isTwoElementSlice(sub.slice())) {
                    c.displays.slice((Expr.Slice) sub.slice());
                    c.addopI(Opcode.COPY, 3, loc);
                    c.addopI(Opcode.COPY, 3, loc);
                    c.addopI(Opcode.COPY, 3, loc);
                    c.addop(Opcode.BINARY_SLICE, loc);
                } else {
                    c.expressions.visit(sub.slice());
                    c.addopI(Opcode.COPY, 2, loc);
                    c.addopI(Opcode.COPY, 2, loc);
                    c.addop(Opcode.BINARY_SUBSCR, loc);
                }
            }
            default -> throw new IllegalStateException("invalid node type for augmented assignment: " + target);
        }
        c.expressions.visit(s.value());
        c.addopI(Opcode.BINARY_OP, Expressions.binaryOp(s.op(), true).ordinal(), s.location());
        switch (target) {
            case Expr.Name n -> c.nameop(n.id(), ExprContext.Store, loc);
            case Expr.Attribute a -> {
                Location attrLoc = Expressions.matchAttrStart(loc, a);
                c.addopI(Opcode.SWAP, 2, attrLoc);
                c.addopName(Opcode.STORE_ATTR, a.attr(), attrLoc);
            }
            case Expr.Subscript sub -> {
                if (Displays.isTwoElementSlice(sub.slice())) {
                    c.addopI(Opcode.SWAP, 4, loc);
                    c.addopI(Opcode.SWAP, 3, loc);
                    c.addopI(Opcode.SWAP, 2, loc);
                    c.addop(Opcode.STORE_SLICE, loc);
                } else {
                    c.addopI(Opcode.SWAP, 3, loc);
                    c.addopI(Opcode.SWAP, 2, loc);
                    c.addop(Opcode.STORE_SUBSCR, loc);
                }
            }
            default -> throw new IllegalStateException("invalid node type for augmented assignment: " + target);
        }
    }
}
