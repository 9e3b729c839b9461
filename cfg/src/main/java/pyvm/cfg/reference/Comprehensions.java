package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Comprehension;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.symtable.Flag;
import pyvm.symtable.Scope;
import pyvm.symtable.Symbol;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.SymbolTableType;

/**
 * Code for comprehensions and generator expressions, with {@code for} and {@code async for}
 * clauses. A generator expression is a generator function of its own, called with the outermost
 * iterator. Since 3.13 (PEP 709) list, set and dict comprehensions are inlined: their loop runs in
 * the enclosing code, and the names they bind are saved on the stack (LOAD_FAST_AND_CLEAR) and
 * restored afterwards, also when an exception leaves the comprehension. Mirrors
 * compiler_comprehension, compiler_sync_comprehension_generator,
 * compiler_async_comprehension_generator, push_inlined_comprehension_state,
 * pop_inlined_comprehension_state and restore_inlined_comprehension_locals of Python/compile.c
 * (3.13).
 */
final class Comprehensions {

    /** What the comprehension builds (COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP). */
    enum Kind { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    private final Compiler c;

    Comprehensions(Compiler c) {
        this.c = c;
    }

    /** The names an inlined comprehension saved and will restore, and its cleanup handler. */
    private record InlinedState(List<String> pushedLocals, List<String> fastHidden, Label cleanup, Label end) {}

    void visit(Expr e) {
        switch (e) {
            case Expr.GeneratorExp g -> comprehension(e, Kind.GENEXP, "<genexpr>", g.generators(), g.elt(), null);
            case Expr.ListComp l -> comprehension(e, Kind.LISTCOMP, "<listcomp>", l.generators(), l.elt(), null);
            case Expr.SetComp s -> comprehension(e, Kind.SETCOMP, "<setcomp>", s.generators(), s.elt(), null);
            case Expr.DictComp d -> comprehension(e, Kind.DICTCOMP, "<dictcomp>", d.generators(), d.key(), d.value());
            default -> throw new IllegalStateException("not a comprehension: " + e);
        }
    }

    /** compiler_comprehension. */
    private void comprehension(Expr e, Kind kind, String name, List<Comprehension> generators, Expr elt, Expr val) {
        Location loc = e.location();
        SymbolTable entry = c.u.ste.child(SymbolTableType.FUNCTION, loc);
        boolean inlined = entry.compInlined();
        boolean asyncGenerator = entry.coroutine();
        ScopeType scopeType = c.u.scopeType;
        if (asyncGenerator && kind != Kind.GENEXP && scopeType != ScopeType.ASYNC_FUNCTION
                && scopeType != ScopeType.COMPREHENSION)
            throw c.error(loc, "asynchronous comprehension outside of an asynchronous function");
        Comprehension outermost = generators.getFirst();
        InlinedState state = null;
        if (inlined) {
            c.expressions.visit(outermost.iter());
            getIter(outermost);
            state = pushInlinedState(loc, entry);
        } else {
            c.enterScope(name, ScopeType.COMPREHENSION, entry, loc.lineno());
            c.u.argcount = 1;
        }
        if (kind != Kind.GENEXP) {
            c.addopI(switch (kind) {
                case LISTCOMP -> Opcode.BUILD_LIST;
                case SETCOMP -> Opcode.BUILD_SET;
                case DICTCOMP -> Opcode.BUILD_MAP;
                case GENEXP -> throw new IllegalStateException("unreachable");
            }, 0, loc);
            if (inlined) c.addopI(Opcode.SWAP, 2, loc);
        }
        generator(loc, generators, 0, 0, elt, val, kind, inlined);
        if (inlined) {
            popInlinedState(loc, state);
            return;
        }
        if (kind != Kind.GENEXP) c.addop(Opcode.RETURN_VALUE, loc);
        else c.functions.wrapInStopIterationHandler();
        CodeUnit code = c.exitScope(true);
        c.functions.makeClosure(loc, code, 0);
        c.expressions.visit(outermost.iter());
        getIter(outermost);
        c.addopI(Opcode.CALL, 0, loc);
        if (asyncGenerator && kind != Kind.GENEXP) {
            // an asynchronous comprehension that is not inlined is a coroutine: await it
            c.addopI(Opcode.GET_AWAITABLE, 0, loc);
            c.loadConst(ConstantValue.NONE, loc);
            c.expressions.addYieldFrom(loc, true);
        }
    }

    /** The outermost iterator, made from the outermost iterable: an asynchronous one for {@code async for}. */
    private void getIter(Comprehension outermost) {
        c.addop(outermost.isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER, outermost.iter().location());
    }

    /** compiler_comprehension_generator: one {@code for} clause, synchronous or asynchronous. */
    private void generator(Location loc, List<Comprehension> generators, int genIndex, int depth,
                           Expr elt, Expr val, Kind kind, boolean iterOnStack) {
        if (generators.get(genIndex).isAsync() != 0)
            asyncGenerator(loc, generators, genIndex, depth, elt, val, kind, iterOnStack);
        else syncGenerator(loc, generators, genIndex, depth, elt, val, kind, iterOnStack);
    }

    /**
     * compiler_sync_comprehension_generator: one {@code for} clause: its loop, its {@code if}s, then
     * the next clause or, innermost, the element added to the result (or yielded).
     *
     * @param depth        how many iterators are on the stack above the result
     * @param iterOnStack  the iterator is already on the stack (the outermost one of an inlined comprehension)
     */
    private void syncGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
                               Expr elt, Expr val, Kind kind, boolean iterOnStack) {
        Label start = c.newLabel();
        Label ifCleanup = c.newLabel();
        Label anchor = c.newLabel();
        Comprehension gen = generators.get(genIndex);
        boolean loop = true;
        if (!iterOnStack) {
            if (genIndex == 0) {
                // Receive outermost iter as an implicit argument
                c.u.argcount = 1;
                c.addopI(Opcode.LOAD_FAST, 0, loc);
            } else {
                // Fast path for the temporary variable assignment idiom: for y in [f(x)]
                List<Expr> elts = switch (gen.iter()) {
                    case Expr.List l -> l.elts();
                    case Expr.Tuple t -> t.elts();
                    default -> List.of();
                };
                if (elts.size() == 1 && !(elts.getFirst() instanceof Expr.Starred)) {
                    c.expressions.visit(elts.getFirst());
                    loop = false;
                } else {
                    c.expressions.visit(gen.iter());
                    c.addop(Opcode.GET_ITER, gen.iter().location());
                }
            }
        }
        if (loop) {
            depth++;
            c.useLabel(start);
            c.addJump(Opcode.FOR_ITER, anchor, gen.iter().location());
        }
        c.expressions.visit(gen.target());
        for (Expr test : gen.ifs()) c.controlFlow.jumpIf(test, ifCleanup, false);
        if (genIndex + 1 < generators.size())
            generator(loc, generators, genIndex + 1, depth, elt, val, kind, false);
        Location eltLoc = genIndex + 1 < generators.size() ? elt.location() : addElement(elt, val, kind, depth);
        c.useLabel(ifCleanup);
        if (loop) {
            c.addJump(Opcode.JUMP, start, eltLoc);
            c.useLabel(anchor);
            // END_FOR first: a generator's FOR_ITER jumps to it, other iterators past it.
            c.addop(Opcode.END_FOR, Instruction.NO_LOCATION);
            c.addop(Opcode.POP_TOP, Instruction.NO_LOCATION);
        }
    }

    /**
     * Innermost, the element is added to the result, {@code depth} iterators below the top of the
     * stack, or yielded. Returns the location of the instruction that adds it.
     */
    private Location addElement(Expr elt, Expr val, Kind kind, int depth) {
        Location eltLoc = elt.location();
        switch (kind) {
            case GENEXP -> {
                c.expressions.visit(elt);
                c.expressions.addYield(eltLoc);
                c.addop(Opcode.POP_TOP, eltLoc);
            }
            case LISTCOMP -> {
                c.expressions.visit(elt);
                c.addopI(Opcode.LIST_APPEND, depth + 1, eltLoc);
            }
            case SETCOMP -> {
                c.expressions.visit(elt);
                c.addopI(Opcode.SET_ADD, depth + 1, eltLoc);
            }
            case DICTCOMP -> {
                // With '{k: v}', k is evaluated before v, so we do the same.
                c.expressions.visit(elt);
                c.expressions.visit(val);
                eltLoc = new Location(elt.location().lineno(), elt.location().colOffset(),
                        val.location().endLineno(), val.location().endColOffset());
                c.addopI(Opcode.MAP_ADD, depth + 1, eltLoc);
            }
        }
        return eltLoc;
    }

    /**
     * compiler_async_comprehension_generator: an {@code async for} clause awaits __anext__ under a
     * handler, whose StopAsyncIteration ends the loop at END_ASYNC_FOR.
     */
    private void asyncGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
                                Expr elt, Expr val, Kind kind, boolean iterOnStack) {
        Label start = c.newLabel();
        Label except = c.newLabel();
        Label ifCleanup = c.newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                // Receive outermost iter as an implicit argument
                c.u.argcount = 1;
                c.addopI(Opcode.LOAD_FAST, 0, loc);
            } else {
                c.expressions.visit(gen.iter());
                c.addop(Opcode.GET_AITER, gen.iter().location());
            }
        }
        c.useLabel(start);
        // Runtime will push a block here, so we need to account for that
        c.frameBlocks.push(loc, FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        c.addJump(Opcode.SETUP_FINALLY, except, loc);
        c.addop(Opcode.GET_ANEXT, loc);
        c.loadConst(ConstantValue.NONE, loc);
        c.expressions.addYieldFrom(loc, true);
        c.addop(Opcode.POP_BLOCK, loc);
        c.expressions.visit(gen.target());
        for (Expr test : gen.ifs()) c.controlFlow.jumpIf(test, ifCleanup, false);
        depth++;
        if (genIndex + 1 < generators.size())
            generator(loc, generators, genIndex + 1, depth, elt, val, kind, false);
        Location eltLoc = genIndex + 1 < generators.size() ? elt.location() : addElement(elt, val, kind, depth);
        c.useLabel(ifCleanup);
        c.addJump(Opcode.JUMP, start, eltLoc);
        c.frameBlocks.pop(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR);
        c.useLabel(except);
        c.addop(Opcode.END_ASYNC_FOR, loc);
    }

    /**
     * push_inlined_comprehension_state: the comprehension's own symbols stand in for the block's
     * while it is compiled; the names it binds are saved on the stack and cleared, and become fast
     * locals in a module or class body; a cleanup handler restores them if an exception escapes.
     */
    private InlinedState pushInlinedState(Location loc, SymbolTable entry) {
        Unit u = c.u;
        boolean inClassBlock = u.ste.type() == SymbolTableType.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        List<String> pushedLocals = new ArrayList<>();
        List<String> fastHidden = new ArrayList<>();
        for (Symbol symbol : entry.symbols().values()) {
            String k = symbol.name();
            Symbol outer = u.symbol(k);
            Scope scope = symbol.scope();
            Scope outsc = outer == null ? null : outer.scope();
            boolean boundHere = symbol.flags().contains(Flag.DEF_LOCAL) && !symbol.flags().contains(Flag.DEF_NONLOCAL);
            if (boundHere || inClassBlock) {
                // local names bound in comprehension must be isolated from outer scope; push the
                // existing value (which may be NULL if not defined) on the stack
                c.addopI(Opcode.LOAD_FAST_AND_CLEAR, Unit.add(u.varnames, k), loc);
                if (scope == Scope.CELL) {
                    if (outsc == Scope.FREE) c.addopI(Opcode.MAKE_CELL, Unit.add(u.freevars, k), loc);
                    else c.addopI(Opcode.MAKE_CELL, Unit.add(u.cellvars, k), loc);
                }
                pushedLocals.add(k);
            }
            if (scope != outsc && scope != Scope.FREE && !(scope == Scope.CELL && outsc == Scope.FREE)) {
                // A name with another scope inside than outside is handled with the inside one
                // while the comprehension compiles. One free inside is handled as outside; one free
                // outside and a cell inside stays free: *_DEREF either way.
                u.symbolOverrides.put(k, symbol);
            }
            if ((boundHere || inClassBlock) && !u.isFunctionLike() && !Boolean.TRUE.equals(u.fasthidden.get(k))) {
                // non-function scope: override this name to use fast locals
                u.fasthidden.put(k, true);
                fastHidden.add(k);
            }
        }
        if (pushedLocals.isEmpty()) return new InlinedState(pushedLocals, fastHidden, null, null);
        // The outermost iterable is on the stack below the saved names; bring it back to the top.
        c.addopI(Opcode.SWAP, pushedLocals.size() + 1, loc);
        Label cleanup = c.newLabel();
        Label end = c.newLabel();
        // no fblock for this "virtual" try/finally: a comprehension has no return, break or continue
        c.addJump(Opcode.SETUP_FINALLY, cleanup, loc);
        return new InlinedState(pushedLocals, fastHidden, cleanup, end);
    }

    /** pop_inlined_comprehension_state. */
    private void popInlinedState(Location loc, InlinedState state) {
        Unit u = c.u;
        u.inInlinedComp--;
        u.symbolOverrides.clear();
        if (state.cleanup() != null) {
            c.addop(Opcode.POP_BLOCK, Instruction.NO_LOCATION);
            c.addJump(Opcode.JUMP_NO_INTERRUPT, state.end(), Instruction.NO_LOCATION);
            // cleanup from an exception inside the comprehension: discard the incomplete result
            c.useLabel(state.cleanup());
            c.addopI(Opcode.SWAP, 2, Instruction.NO_LOCATION);
            c.addop(Opcode.POP_TOP, Instruction.NO_LOCATION);
            restoreLocals(loc, state.pushedLocals());
            c.addopI(Opcode.RERAISE, 0, Instruction.NO_LOCATION);
            c.useLabel(state.end());
            restoreLocals(loc, state.pushedLocals());
        }
        // set to false rather than removed: the names stay CO_FAST_HIDDEN
        for (String k : state.fastHidden()) u.fasthidden.put(k, false);
    }

    /** restore_inlined_comprehension_locals: the result back on top, then the saved names restored. */
    private void restoreLocals(Location loc, List<String> pushedLocals) {
        c.addopI(Opcode.SWAP, pushedLocals.size() + 1, loc);
        for (String k : pushedLocals.reversed())
            c.addopI(Opcode.STORE_FAST_MAYBE_NULL, Unit.add(c.u.varnames, k), loc);
    }
}
