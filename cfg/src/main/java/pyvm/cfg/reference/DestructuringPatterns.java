package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.NbOp;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Cmpop;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Pattern;

/**
 * Code for the patterns that take the subject apart: sequences (unpacked, or indexed around a
 * starred wildcard), mappings (MATCH_KEYS, and a dict of the rest for {@code **rest}) and classes
 * (MATCH_CLASS). Each consumes the subject and leaves the subpatterns to {@link Patterns}.
 * Mirrors compiler_pattern_sequence, pattern_helper_sequence_unpack,
 * pattern_helper_sequence_subscr, compiler_pattern_mapping and compiler_pattern_class of
 * Python/compile.c (3.13).
 */
final class DestructuringPatterns {

    private final Compiler c;

    DestructuringPatterns(Compiler c) {
        this.c = c;
    }

    /** compiler_pattern_sequence: a sequence of the right length, then each element. */
    void sequence(Pattern.MatchSequence p, PatternContext pc) {
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
                starWildcard = Patterns.isStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= Patterns.isWildcard(pattern);
        }
        // We need to keep the subject on top during the sequence and length checks:
        pc.onTop++;
        c.addop(Opcode.MATCH_SEQUENCE, loc);
        c.patterns.jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
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

    /** A length check: {@code len(subject) op size}, failing otherwise. */
    private void lengthCheck(Location loc, PatternContext pc, int size, Cmpop op) {
        c.addop(Opcode.GET_LEN, loc);
        c.loadConst(ConstantValue.Int.of(size), loc);
        c.expressions.addCompare(op, loc);
        c.patterns.jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
    }

    /** pattern_helper_sequence_unpack: UNPACK_SEQUENCE or UNPACK_EX, then each subpattern. */
    private void sequenceUnpack(Location loc, List<Pattern> patterns, PatternContext pc) {
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
            c.patterns.subpattern(pattern, pc);
        }
    }

    /**
     * pattern_helper_sequence_subscr: with a starred wildcard, elements are read by index (from the
     * end, through len(), after the star) instead of unpacking everything.
     */
    private void sequenceSubscr(Location loc, List<Pattern> patterns, int star, PatternContext pc) {
        // We need to keep the subject around for extracting elements:
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern pattern = patterns.get(i);
            if (Patterns.isWildcard(pattern) || i == star) continue;
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
            c.patterns.subpattern(pattern, pc);
        }
        // Pop the subject, we're done with it:
        pc.onTop--;
        c.addop(Opcode.POP_TOP, loc);
    }

    /** compiler_pattern_mapping: MATCH_MAPPING, a length check, MATCH_KEYS, then each value. */
    void mapping(Pattern.MatchMapping p, PatternContext pc) {
        Location loc = p.location();
        List<Expr> keys = p.keys();
        int size = keys.size();
        if (size != p.patterns().size())
            throw c.error(loc, "keys (" + size + ") / patterns (" + p.patterns().size() + ") length mismatch in mapping pattern");
        String starTarget = p.rest();
        // We need to keep the subject on top during the mapping and length checks:
        pc.onTop++;
        c.addop(Opcode.MATCH_MAPPING, loc);
        c.patterns.jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
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
        c.patterns.jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        // Use the tuple of values to match sub-patterns against:
        c.addopI(Opcode.UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern pattern : p.patterns()) {
            pc.onTop--;
            c.patterns.subpattern(pattern, pc);
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
            c.patterns.storeName(loc, starTarget, pc);
        } else {
            c.addop(Opcode.POP_TOP, loc);   // Tuple of keys.
            c.addop(Opcode.POP_TOP, loc);   // Subject.
        }
    }

    /** compiler_pattern_class: MATCH_CLASS gives the attributes as a tuple, or None. */
    void classPattern(Pattern.MatchClass p, PatternContext pc) {
        Location loc = p.location();
        List<Pattern> patterns = p.patterns();
        List<String> kwdAttrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size())
            throw c.error(loc, "kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size() + ") length mismatch in class pattern");
        // validate_kwd_attrs: errors point at the patterns, the parser gives the names no location
        for (int i = 0; i < nattrs; i++) {
            c.forbiddenName(kwdPatterns.get(i).location(), kwdAttrs.get(i), ExprContext.Store);
            for (int j = i + 1; j < nattrs; j++)
                if (kwdAttrs.get(i).equals(kwdAttrs.get(j)))
                    throw c.error(kwdPatterns.get(j).location(), "attribute name repeated in class pattern: " + kwdAttrs.get(i));
        }
        c.expressions.visit(p.cls());
        c.loadConst(new ConstantValue.Tuple(kwdAttrs.stream().<ConstantValue>map(ConstantValue.Str::new).toList()), loc);
        c.addopI(Opcode.MATCH_CLASS, nargs, loc);
        c.addopI(Opcode.COPY, 1, loc);
        c.loadConst(ConstantValue.NONE, loc);
        c.addopI(Opcode.IS_OP, 1, loc);
        // TOS is now a tuple of (nargs + nattrs) attributes (or None):
        pc.onTop++;
        c.patterns.jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        c.addopI(Opcode.UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (Patterns.isWildcard(pattern)) {
                c.addop(Opcode.POP_TOP, loc);
                continue;
            }
            c.patterns.subpattern(pattern, pc);
        }
    }
}
