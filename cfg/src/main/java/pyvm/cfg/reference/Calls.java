package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Keyword;
import pyvm.symtable.Flag;
import pyvm.symtable.Scope;
import pyvm.symtable.Symbol;

/**
 * Code for calls: the callable and a NULL (or a method and its object, or {@code super()}'s
 * arguments), then the arguments and CALL, CALL_KW or, with {@code *} and {@code **},
 * CALL_FUNCTION_EX. Mirrors compiler_call, maybe_optimize_method_call, can_optimize_super_call,
 * compiler_call_helper and compiler_subkwargs of Python/compile.c.
 */
final class Calls {

    private final Compiler c;

    Calls(Compiler c) {
        this.c = c;
    }

    /** compiler_call: a method call if it can be one, else the callable, a NULL and the arguments. */
    void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) return;
        c.expressions.visit(e.func());
        c.addop(Opcode.PUSH_NULL, e.func().location());
        callHelper(e.location(), 0, e.args(), e.keywords());
    }

    /**
     * maybe_optimize_method_call: {@code obj.meth(args)} loads the method and obj together with
     * LOAD_ATTR's method bit, so no bound method object is made.
     */
    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) return false;
        if (isImportOriginated(meth.value())) return false;
        int argsl = e.args().size();
        int kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= Expressions.STACK_USE_GUIDELINE) return false;
        if (e.args().stream().anyMatch(a -> a instanceof Expr.Starred)) return false;
        if (e.keywords().stream().anyMatch(k -> k.arg() == null)) return false;
        Location loc = meth.location();
        if (canOptimizeSuperCall(meth)) {
            Expr.Call call = (Expr.Call) meth.value();
            loadArgsForSuper(call);
            c.addopName(call.args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_METHOD : Opcode.LOAD_SUPER_METHOD, meth.attr(), loc);
            loc = Expressions.matchAttrStart(loc, meth);
            c.addop(Opcode.NOP, loc);
        } else {
            c.expressions.visit(meth.value());
            loc = Expressions.matchAttrStart(loc, meth);
            c.addopName(Opcode.LOAD_METHOD, meth.attr(), loc);
        }
        for (Expr arg : e.args()) c.expressions.visit(arg);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) c.expressions.visit(k.value());
            callSimpleKwHelper(loc, e.keywords());
            c.addopI(Opcode.CALL_KW, argsl + kwdsl, Expressions.matchAttrStart(e.location(), meth));
        } else {
            c.addopI(Opcode.CALL, argsl, Expressions.matchAttrStart(e.location(), meth));
        }
        return true;
    }

    /**
     * can_optimize_super_call: {@code super().attr} and {@code super(C, self).attr} load the
     * attribute with LOAD_SUPER_ATTR, without making a super object, when {@code super} is surely
     * the builtin and, for the zero-argument form, the function has a first argument and the
     * {@code __class__} cell.
     */
    boolean canOptimizeSuperCall(Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call e) || !(e.func() instanceof Expr.Name name)
                || !name.id().equals("super") || attr.attr().equals("__class__") || !e.keywords().isEmpty())
            return false;
        Symbol here = c.u.symbol("super");
        if (here == null || here.scope() != Scope.GLOBAL_IMPLICIT || c.topSymbol("super") != null) return false;
        if (e.args().size() == 2) return e.args().stream().noneMatch(a -> a instanceof Expr.Starred);
        if (!e.args().isEmpty()) return false;
        if (c.u.argcount == 0 && c.u.posonlyargcount == 0) return false;
        Symbol cls = c.u.symbol("__class__");
        return cls != null && cls.scope() == Scope.FREE;
    }

    /** load_args_for_super: {@code super}, then the class and the instance, given or implied. */
    void loadArgsForSuper(Expr.Call e) {
        c.nameop(((Expr.Name) e.func()).id(), ExprContext.Load, e.func().location());
        if (e.args().size() == 2) {
            c.expressions.visit(e.args().get(0));
            c.expressions.visit(e.args().get(1));
            return;
        }
        c.nameop("__class__", ExprContext.Load, e.location());
        c.nameop(c.u.varnames.keySet().iterator().next(), ExprContext.Load, e.location());
    }

    /** is_import_originated: a module-level name bound by an import is not worth a method load. */
    private boolean isImportOriginated(Expr e) {
        if (!(e instanceof Expr.Name n)) return false;
        Symbol s = c.topSymbol(n.id());
        return s != null && s.flags().contains(Flag.DEF_IMPORT);
    }

    /**
     * compiler_call_helper: positional arguments, then keyword values and a tuple of their names,
     * then CALL or CALL_KW; with {@code *} or {@code **} arguments, or too many, a tuple of the
     * positional arguments and a dict of the keyword ones for CALL_FUNCTION_EX.
     *
     * @param n how many arguments are already on the stack (the class body and name of a class)
     */
    void callHelper(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        if (args.size() + keywords.size() * 2 > Expressions.STACK_USE_GUIDELINE
                || args.stream().anyMatch(a -> a instanceof Expr.Starred)
                || keywords.stream().anyMatch(k -> k.arg() == null)) {
            exCall(loc, n, args, keywords);
            return;
        }
        for (Expr arg : args) c.expressions.visit(arg);
        if (!keywords.isEmpty()) {
            for (Keyword k : keywords) c.expressions.visit(k.value());
            callSimpleKwHelper(loc, keywords);
            c.addopI(Opcode.CALL_KW, n + args.size() + keywords.size(), loc);
            return;
        }
        c.addopI(Opcode.CALL, n + args.size(), loc);
    }

    /** The ex_call part of compiler_call_helper. */
    private void exCall(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        if (n == 0 && args.size() == 1 && args.getFirst() instanceof Expr.Starred s) c.expressions.visit(s.value());
        else c.displays.starunpack(loc, args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        if (!keywords.isEmpty()) {
            boolean haveDict = false;
            int nseen = 0;   // the keyword arguments on the stack since the last dict
            for (int i = 0; i < keywords.size(); i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() != null) {
                    nseen++;
                    continue;
                }
                if (nseen > 0) {
                    subkwargs(loc, keywords.subList(i - nseen, i));
                    if (haveDict) c.addopI(Opcode.DICT_MERGE, 1, loc);
                    haveDict = true;
                    nseen = 0;
                }
                if (!haveDict) {
                    c.addopI(Opcode.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                c.expressions.visit(kw.value());
                c.addopI(Opcode.DICT_MERGE, 1, loc);
            }
            if (nseen > 0) {
                subkwargs(loc, keywords.subList(keywords.size() - nseen, keywords.size()));
                if (haveDict) c.addopI(Opcode.DICT_MERGE, 1, loc);
            }
        }
        c.addopI(Opcode.CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1, loc);
    }

    /** compiler_subkwargs: a run of named keyword arguments as one dict. */
    private void subkwargs(Location loc, List<Keyword> keywords) {
        int n = keywords.size();
        boolean big = n * 2 > Expressions.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (Keyword k : keywords) c.expressions.visit(k.value());
            callSimpleKwHelper(loc, keywords);
            c.addopI(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) c.addopI(Opcode.BUILD_MAP, 0, Instruction.NO_LOCATION);
        for (Keyword k : keywords) {
            c.loadConst(new ConstantValue.Str(k.arg()), loc);
            c.expressions.visit(k.value());
            if (big) c.addopI(Opcode.MAP_ADD, 1, Instruction.NO_LOCATION);
        }
        if (!big) c.addopI(Opcode.BUILD_MAP, n, loc);
    }

    /** compiler_call_simple_kw_helper: the keyword names as one constant tuple. */
    private void callSimpleKwHelper(Location loc, List<Keyword> keywords) {
        List<ConstantValue> names = keywords.stream().<ConstantValue>map(k -> new ConstantValue.Str(k.arg())).toList();
        c.loadConst(new ConstantValue.Tuple(names), loc);
    }

    /** validate_keywords: a keyword names no constant and is given once. */
    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword key = keywords.get(i);
            if (key.arg() == null) continue;
            c.forbiddenName(key.location(), key.arg(), ExprContext.Store);
            for (Keyword other : keywords.subList(i + 1, keywords.size()))
                if (key.arg().equals(other.arg()))
                    throw c.error(other.location(), "keyword argument repeated: " + key.arg());
        }
    }
}
