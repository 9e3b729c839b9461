package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.reference.PegParser.Rule;

/**
 * ASSIGNMENT TARGETS of Grammar/python.gram: what may stand left of {@code =}, after {@code for},
 * after {@code as} in a {@code with}, and after {@code del}. A target is a name, an attribute or a
 * subscript ending a {@code t_primary} chain, or a tuple or list of targets, in Store (or Del)
 * context; {@link #setContext} is _PyPegen_set_expr_context of Parser/action_helpers.c.
 */
final class Targets {

    private Targets() {}

    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    static Expr starTargets(PegParser p) {
        int start = p.mark;
        Expr a = starTarget(p);
        if (a == null) return null;
        if (!p.at(COMMA)) return a;
        List<Expr> elts = new ArrayList<>(List.of(a));
        while (p.expect(COMMA) != null) {
            Expr b = starTarget(p);
            if (b == null) break;
            elts.add(b);
        }
        return new Expr.Tuple(elts, ExprContext.Store, p.locFrom(start));
    }

    // star_targets_list_seq: ','.star_target+ [',']
    private static List<Expr> starTargetsListSeq(PegParser p) {
        List<Expr> a = p.gather(() -> starTarget(p));
        if (a != null) p.expect(COMMA);
        return a;
    }

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    private static List<Expr> starTargetsTupleSeq(PegParser p) {
        int start = p.mark;
        Expr a = starTarget(p);
        if (a == null || p.expect(COMMA) == null) {
            p.mark = start;
            return null;
        }
        List<Expr> elts = new ArrayList<>(List.of(a));
        for (Expr b = starTarget(p); b != null; b = p.expect(COMMA) == null ? null : starTarget(p)) elts.add(b);
        return elts;
    }

    // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    static Expr starTarget(PegParser p) {
        return p.memo(Rule.STAR_TARGET, () -> {
            int start = p.mark;
            if (p.expect(STAR) != null) {
                Expr a = p.at(STAR) ? null : starTarget(p);
                if (a != null) return new Expr.Starred(setContext(a, ExprContext.Store), ExprContext.Store, p.locFrom(start));
                p.mark = start;
                return null;
            }
            return targetWithStarAtom(p);
        });
    }

    // target_with_star_atom (memo):
    //     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
    static Expr targetWithStarAtom(PegParser p) {
        return p.memo(Rule.TARGET_WITH_STAR_ATOM, () -> {
            Expr a = subscriptAttributeTarget(p, ExprContext.Store);
            return a != null ? a : starAtom(p);
        });
    }

    // star_atom:
    //     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
    //     | '[' [star_targets_list_seq] ']'
    private static Expr starAtom(PegParser p) {
        int start = p.mark;
        Expr.Name name = p.name();
        if (name != null) return setContext(name, ExprContext.Store);
        if (p.expect(LPAR) != null) {
            Expr a = targetWithStarAtom(p);
            if (a != null && p.expect(RPAR) != null) return setContext(a, ExprContext.Store);
            p.mark = start + 1;
            List<Expr> elts = starTargetsTupleSeq(p);
            if (p.expect(RPAR) != null) return new Expr.Tuple(elts == null ? List.of() : elts, ExprContext.Store, p.locFrom(start));
        } else if (p.expect(LSQB) != null) {
            List<Expr> elts = starTargetsListSeq(p);
            if (p.expect(RSQB) != null) return new Expr.List(elts == null ? List.of() : elts, ExprContext.Store, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    static Expr singleTarget(PegParser p) {
        Expr a = singleSubscriptAttributeTarget(p);
        if (a != null) return a;
        Expr.Name name = p.name();
        if (name != null) return setContext(name, ExprContext.Store);
        int start = p.mark;
        if (p.expect(LPAR) != null) {
            a = singleTarget(p);
            if (a != null && p.expect(RPAR) != null) return a;
        }
        p.mark = start;
        return null;
    }

    // single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    static Expr singleSubscriptAttributeTarget(PegParser p) {
        return subscriptAttributeTarget(p, ExprContext.Store);
    }

    /** {@code t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead}, in {@code ctx}. */
    private static Expr subscriptAttributeTarget(PegParser p, ExprContext ctx) {
        int start = p.mark;
        Expr a = tPrimary(p);
        if (a == null) return null;
        int afterA = p.mark;
        if (p.expect(DOT) != null) {
            Expr.Name b = p.name();
            if (b != null && !tLookahead(p)) return new Expr.Attribute(a, b.id(), ctx, p.locFrom(start));
        }
        p.mark = afterA;
        if (p.expect(LSQB) != null) {
            Expr b = Primaries.slices(p);
            if (b != null && p.expect(RSQB) != null && !tLookahead(p)) return new Expr.Subscript(a, b, ctx, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    // t_primary:
    //     | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
    //     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
    //     | atom &t_lookahead
    static Expr tPrimary(PegParser p) {
        return p.memo(Rule.T_PRIMARY, () -> {
            int start = p.mark;
            Expr a = Atoms.atom(p);
            if (a == null || !tLookahead(p)) {
                p.mark = start;
                return null;
            }
            while (true) {
                int saved = p.mark;
                Expr b = Primaries.trailer(p, a, start);
                if (b == null) break;
                if (!tLookahead(p)) {
                    p.mark = saved;
                    break;
                }
                a = b;
            }
            return a;
        });
    }

    // t_lookahead: '(' | '[' | '.'
    private static boolean tLookahead(PegParser p) {
        return p.at(LPAR) || p.at(LSQB) || p.at(DOT);
    }

    // del_targets: ','.del_target+ [',']
    static List<Expr> delTargets(PegParser p) {
        List<Expr> a = p.gather(() -> delTarget(p));
        if (a != null) p.expect(COMMA);
        return a;
    }

    // del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
    private static Expr delTarget(PegParser p) {
        return p.memo(Rule.DEL_TARGET, () -> {
            Expr a = subscriptAttributeTarget(p, ExprContext.Del);
            return a != null ? a : delTAtom(p);
        });
    }

    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    private static Expr delTAtom(PegParser p) {
        int start = p.mark;
        Expr.Name name = p.name();
        if (name != null) return setContext(name, ExprContext.Del);
        if (p.expect(LPAR) != null) {
            Expr a = delTarget(p);
            if (a != null && p.expect(RPAR) != null) return setContext(a, ExprContext.Del);
            p.mark = start + 1;
            List<Expr> elts = delTargets(p);
            if (p.expect(RPAR) != null) return new Expr.Tuple(elts == null ? List.of() : elts, ExprContext.Del, p.locFrom(start));
        } else if (p.expect(LSQB) != null) {
            List<Expr> elts = delTargets(p);
            if (p.expect(RSQB) != null) return new Expr.List(elts == null ? List.of() : elts, ExprContext.Del, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    /** {@return {@code e} in Store context} */
    static Expr store(Expr e) {
        return setContext(e, ExprContext.Store);
    }

    /** _PyPegen_set_expr_context: the same expression in context {@code ctx}, its parts too. */
    static Expr setContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) return new Expr.Name(n.id(), ctx, n.location());
        if (e instanceof Expr.Tuple t) return new Expr.Tuple(setContext(t.elts(), ctx), ctx, t.location());
        if (e instanceof Expr.List l) return new Expr.List(setContext(l.elts(), ctx), ctx, l.location());
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.value(), s.slice(), ctx, s.location());
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.value(), a.attr(), ctx, a.location());
        if (e instanceof Expr.Starred s) return new Expr.Starred(setContext(s.value(), ctx), ctx, s.location());
        return e;
    }

    private static List<Expr> setContext(List<Expr> elts, ExprContext ctx) {
        return elts.stream().map(e -> setContext(e, ctx)).toList();
    }
}
