package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.NbOp;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Cmpop;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.MatchCase;
import pyvm.parser.Pattern;
import pyvm.parser.Stmt;

/**
 * Code for the match statement (PEP 634). Each pattern consumes the subject on top of the stack and
 * jumps to a "fail pop" block on a mismatch, which pops whatever the pattern had pushed so far; the
 * names a pattern captures wait on the stack, under the items still in use, until the whole pattern
 * has matched, and are stored then. Mirrors compiler_match and the compiler_pattern_* and
 * pattern_helper_* routines of Python/compile.c (3.13).
 */
final class Patterns {

    private final Compiler c;

    Patterns(Compiler c) {
        this.c = c;
    }

    /**
     * pattern_context: the names captured so far, whether an irrefutable pattern is allowed here,
     * the fail-pop labels by how many items they pop, and how many items above the captures are
     * still in use.
     */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        int onTop;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
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
            Context pc = new Context();
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
    private void pattern(Pattern p, Context pc) {
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
            case Pattern.MatchSequence s -> sequence(s, pc);
            case Pattern.MatchMapping m -> mapping(m, pc);
            case Pattern.MatchClass k -> classPattern(k, pc);
            case Pattern.MatchStar s -> storeName(p.location(), s.name(), pc);
            case Pattern.MatchAs a -> as(a, pc);
            case Pattern.MatchOr o -> or(o, pc);
        }
    }

    /** compiler_pattern_subpattern: like {@link #pattern}, with irrefutable patterns allowed. */
    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    /** ensure_fail_pop: labels for popping up to {@code n} items. */
    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(c.newLabel());
    }

    /** jump_to_fail_pop: the items on top, and the captures, are popped on failure. */
    private void jumpToFailPop(Location loc, Context pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.addJump(op, pc.failPop.get(pops), loc);
    }

    /** emit_and_reset_fail_pop: the fail-pop blocks, each a POP_TOP falling into the next. */
    private void emitAndResetFailPop(Location loc, Context pc) {
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
    private void storeName(Location loc, String name, Context pc) {
        if (name == null) {
            c.addop(Opcode.POP_TOP, loc);
            return;
        }
        if (pc.stores.contains(name)) throw duplicateStore(loc, name);
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private pyvm.lexer.PySyntaxError duplicateStore(Location loc, String name) {
        return c.error(loc, "multiple assignments to name " + pyvm.lexer.PyRepr.str(name) + " in pattern");
    }

    /** compiler_pattern_as. */
    private void as(Pattern.MatchAs p, Context pc) {
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

    /** compiler_pattern_sequence: a sequence of the right length, then each element. */
    private void sequence(Pattern.MatchSequence p, Context pc) {
        Location loc = p.location();
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern pattern = patterns.get(i);
            if (pattern instanceof Pattern.MatchStar) {
                if (star >= 0) throw c.error(loc, "multiple starred names in sequence pattern");
                starWildcard = isStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(pattern);
        }
        // We need to keep the subject on top during the sequence and length checks:
        pc.onTop++;
        c.addop(Opcode.MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            lengthCheck(loc, pc, size, Cmpop.Eq);
        } else if (size > 1) {
            lengthCheck(loc, pc, size - 1, Cmpop.GtE);
        }
        // Whatever comes next should consume the subject:
        pc.onTop--;
        if (onlyWildcard) {
            // Patterns like: [] / [_] / [_, _] / [*_] / [_, *_] / [_, _, *_] / etc.
            c.addop(Opcode.POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscr(loc, patterns, star, pc);
        } else {
            sequenceUnpack(loc, patterns, pc);
        }
    }

    private void lengthCheck(Location loc, Context pc, int size, Cmpop op) {
        c.addop(Opcode.GET_LEN, loc);
        c.loadConst(ConstantValue.Int.of(size), loc);
        c.expressions.addCompare(op, loc);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
    }

    /** pattern_helper_sequence_unpack: UNPACK_SEQUENCE or UNPACK_EX, then each subpattern. */
    private void sequenceUnpack(Location loc, List<Pattern> patterns, Context pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (!(patterns.get(i) instanceof Pattern.MatchStar)) continue;
            if (seenStar) throw c.error(loc, "multiple starred expressions in sequence pattern");
            if (i >= 1 << 8 || n - i - 1 >= Integer.MAX_VALUE >> 8)
                throw c.error(loc, "too many expressions in star-unpacking sequence pattern");
            c.addopI(Opcode.UNPACK_EX, i + ((n - i - 1) << 8), loc);
            seenStar = true;
        }
        if (!seenStar) c.addopI(Opcode.UNPACK_SEQUENCE, n, loc);
        // The new subjects remain on the stack after each subpattern match:
        pc.onTop += n;
        for (Pattern pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
    }

    /**
     * pattern_helper_sequence_subscr: with a starred wildcard, elements are read by index (from the
     * end, through len(), after the star) instead of unpacking everything.
     */
    private void sequenceSubscr(Location loc, List<Pattern> patterns, int star, Context pc) {
        // We need to keep the subject around for extracting elements:
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern pattern = patterns.get(i);
            if (isWildcard(pattern) || i == star) continue;
            c.addopI(Opcode.COPY, 1, loc);
            if (i < star) {
                c.loadConst(ConstantValue.Int.of(i), loc);
            } else {
                // The subject may not support negative indexing! Compute a nonnegative index:
                c.addop(Opcode.GET_LEN, loc);
                c.loadConst(ConstantValue.Int.of(size - i), loc);
                c.addopI(Opcode.BINARY_OP, NbOp.NB_SUBTRACT.ordinal(), loc);
            }
            c.addop(Opcode.BINARY_SUBSCR, loc);
            subpattern(pattern, pc);
        }
        // Pop the subject, we're done with it:
        pc.onTop--;
        c.addop(Opcode.POP_TOP, loc);
    }

    /** compiler_pattern_mapping: MATCH_MAPPING, a length check, MATCH_KEYS, then each value. */
    private void mapping(Pattern.MatchMapping p, Context pc) {
        Location loc = p.location();
        List<Expr> keys = p.keys();
        int size = keys.size();
        if (size != p.patterns().size())
            throw c.error(loc, "keys (" + size + ") / patterns (" + p.patterns().size() + ") length mismatch in mapping pattern");
        String starTarget = p.rest();
        // We need to keep the subject on top during the mapping and length checks:
        pc.onTop++;
        c.addop(Opcode.MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            // If the pattern is just "{}", we're done! Pop the subject:
            pc.onTop--;
            c.addop(Opcode.POP_TOP, loc);
            return;
        }
        if (size > 0) lengthCheck(loc, pc, size, Cmpop.GtE);
        // Collect the keys (literals or dotted names) into a tuple for MATCH_KEYS and **rest.
        List<ConstantValue> seen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            if (key == null)
                throw c.error(p.patterns().get(i).location(), "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            if (key instanceof Expr.Constant k) {
                if (seen.stream().anyMatch(v -> FrozenSetLayout.pyEquals(v, k.value())))
                    throw c.error(loc, "mapping pattern checks duplicate key (" + ConstantValue.repr(k.value()) + ")");
                seen.add(k.value());
            } else if (!(key instanceof Expr.Attribute)) {
                throw c.error(loc, "mapping pattern keys may only match literals and attribute lookups");
            }
            c.expressions.visit(key);
        }
        c.addopI(Opcode.BUILD_TUPLE, size, loc);
        c.addop(Opcode.MATCH_KEYS, loc);
        // There's now a tuple of keys and a tuple of values on top of the subject:
        pc.onTop += 2;
        c.addopI(Opcode.COPY, 1, loc);
        c.loadConst(ConstantValue.NONE, loc);
        c.addopI(Opcode.IS_OP, 1, loc);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        // Use the tuple of values to match sub-patterns against:
        c.addopI(Opcode.UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern pattern : p.patterns()) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
        // A match: what follows consumes the tuple of keys and the subject.
        pc.onTop -= 2;
        if (starTarget != null) {
            // rest = dict(subject), then del rest[key] for each key
            c.addopI(Opcode.BUILD_MAP, 0, loc);           // [subject, keys, empty]
            c.addopI(Opcode.SWAP, 3, loc);                // [empty, keys, subject]
            c.addopI(Opcode.DICT_UPDATE, 2, loc);         // [copy, keys]
            c.addopI(Opcode.UNPACK_SEQUENCE, size, loc);  // [copy, keys...]
            for (int left = size; left > 0; left--) {
                c.addopI(Opcode.COPY, 1 + left, loc);     // [copy, keys..., copy]
                c.addopI(Opcode.SWAP, 2, loc);            // [copy, keys..., copy, key]
                c.addop(Opcode.DELETE_SUBSCR, loc);       // [copy, keys...]
            }
            storeName(loc, starTarget, pc);
        } else {
            c.addop(Opcode.POP_TOP, loc);   // Tuple of keys.
            c.addop(Opcode.POP_TOP, loc);   // Subject.
        }
    }

    /** compiler_pattern_class: MATCH_CLASS gives the attributes as a tuple, or None. */
    private void classPattern(Pattern.MatchClass p, Context pc) {
        Location loc = p.location();
        List<Pattern> patterns = p.patterns();
        List<String> kwdAttrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size())
            throw c.error(loc, "kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size() + ") length mismatch in class pattern");
        for (int i = 0; i < nattrs; i++)
            for (int j = i + 1; j < nattrs; j++)
                if (kwdAttrs.get(i).equals(kwdAttrs.get(j)))
                    throw c.error(kwdPatterns.get(j).location(), "attribute name repeated in class pattern: " + kwdAttrs.get(i));
        c.expressions.visit(p.cls());
        c.loadConst(new ConstantValue.Tuple(kwdAttrs.stream().<ConstantValue>map(ConstantValue.Str::new).toList()), loc);
        c.addopI(Opcode.MATCH_CLASS, nargs, loc);
        c.addopI(Opcode.COPY, 1, loc);
        c.loadConst(ConstantValue.NONE, loc);
        c.addopI(Opcode.IS_OP, 1, loc);
        // TOS is now a tuple of (nargs + nattrs) attributes (or None):
        pc.onTop++;
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        c.addopI(Opcode.UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(pattern)) {
                c.addop(Opcode.POP_TOP, loc);
                continue;
            }
            subpattern(pattern, pc);
        }
    }

    /**
     * compiler_pattern_or: each alternative tries a copy of the subject with its own fail-pop
     * blocks; all must bind the same names, which are rotated into the first alternative's order.
     */
    private void or(Pattern.MatchOr p, Context pc) {
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
