package pyvm.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import pyvm.lexer.Location;

/**
 * Random expression trees in the shapes the parser makes (see {@link UnparsePropertiesTest} for
 * what that rules out). Every node stands at one dummy location: the property compares trees
 * without positions.
 *
 * <p>Each depth is built once from the one below it, so a tree of depth 4 needs five generators,
 * not one per branch. A second chain of the same shape, without str, bytes and f-strings, makes
 * the expressions inside an f-string's replacement fields.
 */
final class GeneratedTrees {

    private GeneratedTrees() {}

    private static final Location AT = new Location(1, 0, 1, 0);

    /** Names, soft keywords and non-ASCII ones included, all NFKC-normal as the lexer leaves them. */
    private static final List<String> NAMES = List.of("x", "y", "_", "a1", "match", "case", "type", "print", "π", "名前");

    /** Characters that make str and bytes reprs interesting: quotes, escapes, controls, non-ASCII, braces. */
    private static final String TEXT = "ab '\"\\\n\t\r\0\u007f{}é中\u200b\ud83d\ude00\ud800";

    /** {@return expressions of at most {@code depth} levels of nesting} */
    static Arbitrary<Expr> expressions(int depth) {
        Arbitrary<Expr> inField = atoms(false);
        Arbitrary<Expr> e = atoms(true);
        for (int i = 0; i < depth; i++) {
            inField = shared(deeper(inField, null, false));
            e = shared(deeper(e, inField, true));
        }
        return e;
    }

    /**
     * The same generator behind an identity: jqwik hashes an arbitrary by its structure, which
     * for one level used by many branches of the next would walk every path through the levels.
     */
    private static <T> Arbitrary<T> shared(Arbitrary<T> level) {
        return Arbitraries.lazy(() -> level);
    }

    /** One more level: an atom or a compound whose operands come from {@code sub}. */
    private static Arbitrary<Expr> deeper(Arbitrary<Expr> sub, Arbitrary<Expr> inField, boolean strings) {
        List<Arbitrary<Expr>> forms = new ArrayList<>(List.of(
                atoms(strings), atoms(strings), operators(sub), operators(sub), calls(sub), calls(sub),
                displays(sub), comprehensions(sub), lambda(sub)));
        if (inField != null) forms.add(joinedStr(inField));
        return Arbitraries.oneOf(forms);
    }

    // ---- atoms ---------------------------------------------------------------------------

    private static Arbitrary<Expr> atoms(boolean strings) {
        Arbitrary<ConstantValue> plain = Arbitraries.oneOf(ints(), floats(),
                floats().map(f -> new ConstantValue.Complex(0.0, ((ConstantValue.Float) f).value())),
                Arbitraries.of(new ConstantValue.Bool(true), new ConstantValue.Bool(false), ConstantValue.NONE, ConstantValue.ELLIPSIS));
        Arbitrary<Expr> constants = plain.map(v -> new Expr.Constant(v, null, AT));
        if (!strings) return Arbitraries.oneOf(name(), constants);
        Arbitrary<Expr> str = Combinators.combine(text(), Arbitraries.of("", "u"))
                .as((s, kind) -> new Expr.Constant(new ConstantValue.Str(s), kind.isEmpty() ? null : kind, AT));
        Arbitrary<Expr> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(6)
                .map(b -> new Expr.Constant(new ConstantValue.Bytes(b), null, AT));
        return Arbitraries.oneOf(name(), name(), constants, str, bytes);
    }

    private static Arbitrary<Expr> name() {
        return Arbitraries.of(NAMES).map(id -> new Expr.Name(id, ExprContext.Load, AT));
    }

    private static Arbitrary<ConstantValue> ints() {
        return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(40)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.TWO.pow(64), BigInteger.TEN.pow(100)))
                .map(ConstantValue.Int::new);
    }

    /** Non-negative doubles: any bit pattern of a finite one (jqwik's longs would favour small ones), edge values, and infinity. */
    private static Arbitrary<ConstantValue> floats() {
        return Arbitraries.oneOf(
                        Arbitraries.randomValue(random -> Double.longBitsToDouble(random.nextLong(Double.doubleToLongBits(Double.MAX_VALUE) + 1))),
                        Arbitraries.of(0.0, 0.1, 0.5, 1.0, 1e16, 1e-5, 1e22, 123456789012345678.0, Double.MIN_VALUE,
                                Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY))
                .map(ConstantValue.Float::new);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(TEXT.toCharArray()).ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(4));
    }

    // ---- operators -----------------------------------------------------------------------

    private static Arbitrary<Expr> operators(Arbitrary<Expr> sub) {
        return Arbitraries.oneOf(
                Combinators.combine(sub, Arbitraries.of(Operator.class), sub).as((l, op, r) -> new Expr.BinOp(l, op, r, AT)),
                Combinators.combine(Arbitraries.of(Unaryop.class), sub).as((op, v) -> new Expr.UnaryOp(op, v, AT)),
                Combinators.combine(Arbitraries.of(Boolop.class), sub.list().ofMinSize(2).ofMaxSize(3))
                        .as((op, vs) -> new Expr.BoolOp(op, vs, AT)),
                Combinators.combine(sub, Arbitraries.of(Cmpop.class).list().ofMinSize(1).ofMaxSize(3), sub.list().ofSize(3))
                        .as((l, ops, cs) -> new Expr.Compare(l, ops, cs.subList(0, ops.size()), AT)),
                Combinators.combine(sub, sub, sub).as((t, b, o) -> new Expr.IfExp(t, b, o, AT)),
                Combinators.combine(storeName(), sub).as((t, v) -> new Expr.NamedExpr(t, v, AT)),
                sub.map(v -> new Expr.Await(v, AT)),
                sub.injectNull(0.3).map(v -> new Expr.Yield(v, AT)),
                sub.map(v -> new Expr.YieldFrom(v, AT)));
    }

    // ---- calls, attributes, subscripts -------------------------------------------------------

    private static Arbitrary<Expr> calls(Arbitrary<Expr> sub) {
        Arbitrary<Expr> arg = Arbitraries.oneOf(sub, sub, starred(sub));
        Arbitrary<List<Keyword>> keywords = Combinators.combine(
                        Arbitraries.of(NAMES).injectNull(0.3).list().uniqueElements().ofMaxSize(3), sub.list().ofSize(3))
                .as((names, values) -> {
                    List<Keyword> kws = new ArrayList<>();
                    for (int i = 0; i < names.size(); i++) kws.add(new Keyword(names.get(i), values.get(i), AT));
                    return kws;
                });
        Arbitrary<Expr> slice = Arbitraries.oneOf(sub, slice(sub),
                Arbitraries.oneOf(sub, slice(sub), starred(sub)).list().ofMaxSize(3).map(es -> new Expr.Tuple(es, ExprContext.Load, AT)));
        return Arbitraries.oneOf(
                Combinators.combine(sub, arg.list().ofMaxSize(3), keywords).as((f, args, kws) -> new Expr.Call(f, args, kws, AT)),
                Combinators.combine(sub, generatorExp(sub)).as((f, g) -> new Expr.Call(f, List.of(g), List.of(), AT)),
                Combinators.combine(sub, Arbitraries.of(NAMES)).as((v, attr) -> new Expr.Attribute(v, attr, ExprContext.Load, AT)),
                Combinators.combine(sub, slice).as((v, s) -> new Expr.Subscript(v, s, ExprContext.Load, AT)));
    }

    private static Arbitrary<Expr> slice(Arbitrary<Expr> sub) {
        Arbitrary<Expr> part = sub.injectNull(0.4);
        return Combinators.combine(part, part, part).as((lower, upper, step) -> new Expr.Slice(lower, upper, step, AT));
    }

    private static Arbitrary<Expr> starred(Arbitrary<Expr> sub) {
        return sub.map(v -> new Expr.Starred(v, ExprContext.Load, AT));
    }

    // ---- displays and comprehensions --------------------------------------------------------

    private static Arbitrary<Expr> displays(Arbitrary<Expr> sub) {
        Arbitrary<List<Expr>> elts = Arbitraries.oneOf(sub, sub, starred(sub)).list().ofMaxSize(3);
        return Arbitraries.oneOf(
                elts.map(es -> new Expr.Tuple(es, ExprContext.Load, AT)),
                elts.map(es -> new Expr.List(es, ExprContext.Load, AT)),
                elts.filter(es -> !es.isEmpty()).map(es -> new Expr.Set(es, AT)),
                Combinators.combine(sub.injectNull(0.3).list().ofMaxSize(3), sub.list().ofSize(3))
                        .as((keys, values) -> new Expr.Dict(keys, values.subList(0, keys.size()), AT)));
    }

    private static Arbitrary<Expr> comprehensions(Arbitrary<Expr> sub) {
        Arbitrary<List<Comprehension>> gens = comprehension(sub).list().ofMinSize(1).ofMaxSize(2);
        return Arbitraries.oneOf(generatorExp(sub),
                Combinators.combine(sub, gens).as((e, g) -> new Expr.ListComp(e, g, AT)),
                Combinators.combine(sub, gens).as((e, g) -> new Expr.SetComp(e, g, AT)),
                Combinators.combine(sub, sub, gens).as((k, v, g) -> new Expr.DictComp(k, v, g, AT)));
    }

    private static Arbitrary<Expr> generatorExp(Arbitrary<Expr> sub) {
        return Combinators.combine(sub, comprehension(sub).list().ofMinSize(1).ofMaxSize(2))
                .as((e, g) -> new Expr.GeneratorExp(e, g, AT));
    }

    private static Arbitrary<Comprehension> comprehension(Arbitrary<Expr> sub) {
        return Combinators.combine(target(), sub, sub.list().ofMaxSize(2), Arbitraries.of(0, 1))
                .as(Comprehension::new);
    }

    /** What a {@code for} binds: a name, an attribute, a subscript, or a tuple or list of names with one starred. */
    private static Arbitrary<Expr> target() {
        Arbitrary<Expr> names = storeName().list().ofMinSize(1).ofMaxSize(3).map(ns -> {
            List<Expr> elts = new ArrayList<>(ns);
            elts.set(0, new Expr.Starred(elts.getFirst(), ExprContext.Store, AT));
            return new Expr.Tuple(elts, ExprContext.Store, AT);
        });
        return Arbitraries.oneOf(storeName(), storeName(), names,
                storeName().list().ofMinSize(1).ofMaxSize(3).map(ns -> new Expr.Tuple(ns, ExprContext.Store, AT)),
                storeName().list().ofMaxSize(3).map(ns -> new Expr.List(ns, ExprContext.Store, AT)),
                name().map(v -> new Expr.Attribute(v, "attr", ExprContext.Store, AT)),
                Combinators.combine(name(), name()).as((v, i) -> new Expr.Subscript(v, i, ExprContext.Store, AT)));
    }

    private static Arbitrary<Expr> storeName() {
        return Arbitraries.of(NAMES).map(id -> new Expr.Name(id, ExprContext.Store, AT));
    }

    // ---- lambda, f-strings --------------------------------------------------------------------

    /** A lambda over parameters of every kind, with defaults for the last positional ones. */
    private static Arbitrary<Expr> lambda(Arbitrary<Expr> sub) {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 2);
        return Combinators.combine(count, count, Arbitraries.of(false, true), Arbitraries.of(false, true),
                        sub.list().ofMaxSize(2), sub.injectNull(0.5).list().ofMaxSize(2), sub)
                .as((posonly, positional, hasVararg, hasKwarg, defaults, kwDefaults, body) -> {
                    List<Arg> params = new ArrayList<>();
                    for (String name : List.of("p", "q", "r", "s", "t", "u", "v", "w")) params.add(new Arg(name, null, null, AT));
                    int kwonly = kwDefaults.size();
                    Arguments args = new Arguments(params.subList(0, posonly), params.subList(posonly, posonly + positional),
                            hasVararg ? params.get(4) : null, params.subList(5, 5 + kwonly), kwDefaults,
                            hasKwarg ? params.get(7) : null, defaults.subList(0, Math.min(defaults.size(), posonly + positional)));
                    return new Expr.Lambda(args, body, AT);
                });
    }

    /** An f-string: constant parts merged and non-empty, fields with a conversion and a format spec. */
    private static Arbitrary<Expr> joinedStr(Arbitrary<Expr> inField) {
        Arbitrary<Expr> spec = Arbitraries.oneOf(
                        Arbitraries.strings().withChars("<>^=+-#0123456789,._% xX!:").ofMinLength(1).ofMaxLength(4).map(s -> (Object) s),
                        formattedValue(inField, Arbitraries.just(null)).map(f -> (Object) f))
                .list().ofMaxSize(3).map(GeneratedTrees::joined);
        Arbitrary<Object> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars(TEXT.toCharArray()).ofMinLength(1).ofMaxLength(4).map(s -> (Object) s),
                formattedValue(inField, spec.injectNull(0.5)).map(f -> (Object) f));
        return piece.list().ofMaxSize(4).map(GeneratedTrees::joined);
    }

    private static Arbitrary<Expr> formattedValue(Arbitrary<Expr> inField, Arbitrary<Expr> spec) {
        return Combinators.combine(inField, Arbitraries.of(-1, (int) 's', (int) 'r', (int) 'a'), spec)
                .as((v, conversion, s) -> new Expr.FormattedValue(v, conversion, s, AT));
    }

    /** The JoinedStr of pieces (text or a FormattedValue), adjacent texts merged as the parser merges them. */
    private static Expr joined(List<Object> pieces) {
        List<Expr> values = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object piece : pieces) {
            if (piece instanceof String s) {
                text.append(s);
                continue;
            }
            if (!text.isEmpty()) values.add(new Expr.Constant(new ConstantValue.Str(text.toString()), null, AT));
            text.setLength(0);
            values.add((Expr) piece);
        }
        if (!text.isEmpty()) values.add(new Expr.Constant(new ConstantValue.Str(text.toString()), null, AT));
        return new Expr.JoinedStr(values, AT);
    }
}
