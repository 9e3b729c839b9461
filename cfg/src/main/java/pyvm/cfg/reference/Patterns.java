package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Cmpop;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.MatchCase;
import pyvm.parser.Pattern;
import pyvm.parser.Stmt;

/**
 * Code for the match statement (PEP 634). Each pattern consumes the subject on top of the stack and
 * jumps to a "fail pop" block on a mismatch, which pops whatever the pattern had pushed so far; the
 * names a pattern captures wait on the stack, under the items still in use, until the whole pattern
 * has matched, and are stored then. Mirrors compiler_match, compiler_pattern and the
 * compiler_pattern_* and pattern_helper_* routines of Python/compile.c (3.13) for values, singletons,
 * captures and alternatives; {@link DestructuringPatterns} has sequences, mappings and classes.
 */
final class Patterns {

    private final Compiler c;

    Patterns(Compiler c) {
        this.c = c;
    }

    static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    /** compiler_match_inner. */
    void match(Stmt.Match s) {
        c.expressions.visit(s.subject());
        Label end = c.newLabel();
        List<MatchCase> cases = s.cases();
        MatchCase last = cases.getLast();
        boolean hasDefault = isWildcard(last.pattern()) && cases.size() > 1;
        int n = cases.size() - (hasDefault ? 1 : 0);
        for (int i = 0; i < n; i++) {
            MatchCase m = cases.get(i);
            Location loc = m.pattern().location();
            // Only copy the subject if we're *not* on the last case:
            if (i != n - 1) c.addopI(Opcode.COPY, 1, loc);
            PatternContext pc = new PatternContext();
            // Irrefutable cases must be either guarded, last, or both:
            pc.allowIrrefutable = m.guard() != null || i == cases.size() - 1;
            pattern(m.pattern(), pc);
            // It's a match! Store all of the captured names (they're on the stack).
            for (String name : pc.stores) c.nameop(name, ExprContext.Store, loc);
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                c.controlFlow.jumpIf(m.guard(), pc.failPop.getFirst(), false);
            }
            // Success! Pop the subject off, we're done with it:
            if (i != n - 1) c.addop(Opcode.POP_TOP, loc);
            c.statements.visitAll(m.body());
            c.addJump(Opcode.JUMP, end, Instruction.NO_LOCATION);
            // the cleanup of a failed match reports the pattern's line, not the body's
            emitAndResetFailPop(loc, pc);
        }
        if (hasDefault) {
            // A trailing "case _" saves pushing and popping in the loop above.
            Location loc = last.pattern().location();
            if (cases.size() == 1) c.addop(Opcode.POP_TOP, loc);   // no matches: done with the subject
            else c.addop(Opcode.NOP, loc);   // line coverage for the default case
            if (last.guard() != null) c.controlFlow.jumpIf(last.guard(), end, false);
            c.statements.visitAll(last.body());
        }
        c.useLabel(end);
    }

    /** compiler_pattern. */
    private void pattern(Pattern p, PatternContext pc) {
        switch (p) {
            case Pattern.MatchValue v -> {
                if (!(v.value() instanceof Expr.Constant || v.value() instanceof Expr.Attribute))
                    throw c.error(p.location(), "patterns may only match literals and attribute lookups");
                c.expressions.visit(v.value());
                c.expressions.addCompare(Cmpop.Eq, p.location());
                c.addop(Opcode.TO_BOOL, p.location());
                jumpToFailPop(p.location(), pc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                c.loadConst(s.value(), p.location());
                c.expressions.addCompare(Cmpop.Is, p.location());
                jumpToFailPop(p.location(), pc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> c.destructuringPatterns.sequence(s, pc);
            case Pattern.MatchMapping m -> c.destructuringPatterns.mapping(m, pc);
            case Pattern.MatchClass k -> c.destructuringPatterns.classPattern(k, pc);
            case Pattern.MatchStar s -> storeName(p.location(), s.name(), pc);
            case Pattern.MatchAs a -> as(a, pc);
            case Pattern.MatchOr o -> or(o, pc);
        }
    }

    /** compiler_pattern_subpattern: like {@link #pattern}, with irrefutable patterns allowed. */
    void subpattern(Pattern p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    /** ensure_fail_pop: labels for popping up to {@code n} items. */
    private void ensureFailPop(PatternContext pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(c.newLabel());
    }

    /** jump_to_fail_pop: the items on top, and the captures, are popped on failure. */
    void jumpToFailPop(Location loc, PatternContext pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.addJump(op, pc.failPop.get(pops), loc);
    }

    /** emit_and_reset_fail_pop: the fail-pop blocks, each a POP_TOP falling into the next. */
    private void emitAndResetFailPop(Location loc, PatternContext pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            c.useLabel(pc.failPop.get(i));
            c.addop(Opcode.POP_TOP, loc);
        }
        c.useLabel(pc.failPop.getFirst());
        pc.failPop = new ArrayList<>();
    }

    /** pattern_helper_rotate: 3.10's ROT_N as SWAPs. */
    private void rotate(Location loc, int count) {
        while (count > 1) c.addopI(Opcode.SWAP, count--, loc);
    }

    /** pattern_helper_store_name: a capture waits under the items in use; {@code _} just pops. */
    void storeName(Location loc, String name, PatternContext pc) {
        if (name == null) {
            c.addop(Opcode.POP_TOP, loc);
            return;
        }
        c.forbiddenName(loc, name, ExprContext.Store);
        if (pc.stores.contains(name)) throw duplicateStore(loc, name);
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    pyvm.lexer.PySyntaxError duplicateStore(Location loc, String name) {
        return c.error(loc, "multiple assignments to name " + pyvm.lexer.PyRepr.str(name) + " in pattern");
    }






    /** compiler_pattern_as. */
    private void as(Pattern.MatchAs p, PatternContext pc) {
        Location loc = p.location();
        if (p.pattern() == null) {
            // An irrefutable match:
            if (!pc.allowIrrefutable) {
                if (p.name() != null)
                    throw c.error(loc, "name capture " + pyvm.lexer.PyRepr.str(p.name()) + " makes remaining patterns unreachable");
                throw c.error(loc, "wildcard makes remaining patterns unreachable");
            }
            storeName(loc, p.name(), pc);
            return;
        }
        // Need to make a copy for (possibly) storing later:
        pc.onTop++;
        c.addopI(Opcode.COPY, 1, loc);
        pattern(p.pattern(), pc);
        // Success! Store it:
        pc.onTop--;
        storeName(loc, p.name(), pc);
    }


    /**
     * compiler_pattern_or: each alternative tries a copy of the subject with its own fail-pop
     * blocks; all must bind the same names, which are rotated into the first alternative's order.
     */
    private void or(Pattern.MatchOr p, PatternContext pc) {
        Label end = c.newLabel();
        List<Pattern> alternatives = p.patterns();
        // We're going to be messing with pc. Keep the original info handy:
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        // the names bound by the first alternative, which the others must bind too
        List<String> control = null;
        for (int i = 0; i < alternatives.size(); i++) {
            Pattern alt = alternatives.get(i);
            pc.stores = new ArrayList<>();
            // An irrefutable sub-pattern must be last, if it is allowed at all:
            pc.allowIrrefutable = i == alternatives.size() - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            c.addopI(Opcode.COPY, 1, alt.location());
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw c.error(p.location(), "alternative patterns bind different names");
            } else if (nstores > 0) {
                // There were captures: reorder them to match the control's order.
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    int istores = pc.stores.indexOf(control.get(icontrol));
                    if (istores < 0) throw c.error(p.location(), "alternative patterns bind different names");
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        // rotated = stores[:rotations]; del stores[:rotations];
                        // stores[icontrol-istores:icontrol-istores] = rotated
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        // Do the same thing to the stack, using several rotations:
                        for (int r = 0; r < rotations; r++) rotate(alt.location(), icontrol + 1);
                    }
                }
            }
            c.addJump(Opcode.JUMP, end, alt.location());
            emitAndResetFailPop(alt.location(), pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        // No match. Pop the remaining copy of the subject and fail:
        c.addop(Opcode.POP_TOP, p.location());
        jumpToFailPop(p.location(), pc, Opcode.JUMP);
        c.useLabel(end);
        // Between the new captures and where they belong: the other captures, the copy of the
        // subject, anything else on top, and the captures stashed before.
        int nrots = control.size() + 1 + pc.onTop + pc.stores.size();
        for (String name : control) {
            rotate(p.location(), nrots);
            if (pc.stores.contains(name)) throw duplicateStore(p.location(), name);
            pc.stores.add(name);
        }
        // Pop the copy of the subject:
        c.addop(Opcode.POP_TOP, p.location());
    }
}
