package pyvm.parser.reference;

import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;
import pyvm.parser.Cmpop;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;

/**
 * The ways a rule raises a SyntaxError, one method per macro of Parser/pegen.h
 * ({@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION}, {@code ..._KNOWN_RANGE}, {@code ..._STARTING_FROM},
 * {@code RAISE_SYNTAX_ERROR}, {@code RAISE_INDENTATION_ERROR}, {@code ..._ON_NEXT_TOKEN},
 * {@code RAISE_SYNTAX_ERROR_INVALID_TARGET}), and _PyPegen_get_expr_name, which names an
 * expression in messages. Each returns the error for the rule to throw.
 */
final class Errors {

    private Errors() {}

    /** The three kinds of target CPython checks ({@code TARGETS_TYPE} in pegen.h). */
    enum Targets { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION: the error spans node or token {@code a}. */
    static PySyntaxError knownLocation(PegParser p, Location a, String message) {
        return at(p, PySyntaxError.Type.SyntaxError, a, message);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of {@code a} to the end of {@code b}. */
    static PySyntaxError knownRange(PegParser p, Location a, Location b, String message) {
        return at(p, PySyntaxError.Type.SyntaxError, Location.span(a, b), message);
    }

    /**
     * RAISE_SYNTAX_ERROR_STARTING_FROM: from the start of {@code a} to where the tokenizer stands,
     * which is the end of the furthest token fetched; that end is not shifted by one as the others are.
     */
    static PySyntaxError startingFrom(PegParser p, Location a, String message) {
        Token furthest = p.tokens.get(p.fill - 1);
        String text = p.source.line(a.lineno());
        Location end = furthest.location();
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, p.filename, a.lineno(),
                PySyntaxError.characterOffset(text, a.colOffset()) + 1, end.endLineno(),
                PySyntaxError.characterOffset(text, end.endColOffset()), text);
    }

    /** RAISE_SYNTAX_ERROR: at the furthest token fetched. */
    static PySyntaxError atLastToken(PegParser p, String message) {
        return atToken(p, PySyntaxError.Type.SyntaxError, p.tokens.get(p.fill - 1), message);
    }

    /** RAISE_INDENTATION_ERROR: an IndentationError at the furthest token fetched. */
    static PySyntaxError indentation(PegParser p, String message) {
        return atToken(p, PySyntaxError.Type.IndentationError, p.tokens.get(p.fill - 1), message);
    }

    /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token after the mark. */
    static PySyntaxError onNextToken(PegParser p, String message) {
        return atToken(p, PySyntaxError.Type.SyntaxError, p.peek(), message);
    }

    /**
     * _PyPegen_raise_error's choice of position for a token. The C tokenizer gives INDENT and DEDENT
     * no column, so CPython reports the column the tokenizer stands at (after the indentation), with
     * no end, and traceback then prints no carets.
     */
    static PySyntaxError atToken(PegParser p, PySyntaxError.Type type, Token t, String message) {
        if (atEndOfFile(p, t)) {
            // The C tokenizer stands after the last line, counting the newline it adds if missing.
            int last = p.source.lastLineno();
            String text = p.source.line(last);
            int length = text.endsWith("\n") ? text.length() - 1 : text.length();
            return new PySyntaxError(type, message, p.filename, last, text.codePointCount(0, length) + 1, last, -1, text);
        }
        if (t.type() == TokenType.INDENT || t.type() == TokenType.DEDENT) {
            Location l = t.location();
            String text = p.source.line(l.lineno());
            return new PySyntaxError(type, message, p.filename, l.lineno(),
                    PySyntaxError.characterOffset(text, l.endColOffset()), l.endLineno(), -1, text);
        }
        return at(p, type, t.location(), message);
    }

    /**
     * RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token. The ENDMARKER, and the DEDENTs before it, have no
     * column in the C tokenizer and stand on the last line, so the error is at column 0 there.
     */
    static PySyntaxError knownLocation(PegParser p, Token t, String message) {
        if (!atEndOfFile(p, t)) return knownLocation(p, t.location(), message);
        int last = p.source.lastLineno();
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, p.filename, last, 0, last, 0, p.source.line(last));
    }

    /** Lib/tokenize.py puts the ENDMARKER and the DEDENTs at the end of a file on a line after the last. */
    private static boolean atEndOfFile(PegParser p, Token t) {
        return p.source.lastLineno() > 0 && t.location().lineno() > p.source.lastLineno();
    }

    private static PySyntaxError at(PegParser p, PySyntaxError.Type type, Location where, String message) {
        return PySyntaxError.at(type, message, p.filename, where, p.source.line(where.lineno()));
    }

    /**
     * RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to X" or "cannot delete X" at the first part
     * of {@code e} that cannot be a target, or null when every part can.
     */
    static PySyntaxError invalidTarget(PegParser p, Targets type, Expr e) {
        Expr invalid = invalidTarget(e, type);
        if (invalid == null) return null;
        String format = type == Targets.DEL_TARGETS ? Messages.CANNOT_DELETE : Messages.CANNOT_ASSIGN_TO;
        return knownLocation(p, invalid.location(), format.formatted(exprName(invalid)));
    }

    /**
     * _PyPegen_get_invalid_target: the first sub-expression of {@code e} that cannot be assigned to.
     * Only lists, tuples and starred expressions are looked into; anything else but a name, an
     * attribute or a subscript is itself the invalid target.
     */
    static Expr invalidTarget(Expr e, Targets type) {
        if (e instanceof Expr.List l) return first(l.elts(), type);
        if (e instanceof Expr.Tuple t) return first(t.elts(), type);
        if (e instanceof Expr.Starred s) return type == Targets.DEL_TARGETS ? e : invalidTarget(s.value(), type);
        // `for a in b` parses as a comparison when it is not a valid for statement.
        if (e instanceof Expr.Compare c && type == Targets.FOR_TARGETS)
            return c.ops().get(0) == Cmpop.In ? invalidTarget(c.left(), type) : null;
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) return null;
        return e;
    }

    private static Expr first(java.util.List<Expr> elts, Targets type) {
        for (Expr elt : elts) {
            Expr child = invalidTarget(elt, type);
            if (child != null) return child;
        }
        return null;
    }

    /** _PyPegen_get_expr_name: how messages name each kind of expression. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> switch (c.value()) {
                case ConstantValue.None n -> "None";
                case ConstantValue.Bool b -> b.value() ? "True" : "False";
                case ConstantValue.Ellipsis x -> "ellipsis";
                case ConstantValue.Int i -> "literal";
                case ConstantValue.Float f -> "literal";
                case ConstantValue.Complex x -> "literal";
                case ConstantValue.Str s -> "literal";
                case ConstantValue.Bytes b -> "literal";
                case ConstantValue.Tuple t -> "literal";
                case ConstantValue.FrozenSet f -> "literal";
                case ConstantValue.Code x -> "literal";
            };
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> throw new IllegalStateException("a slice is never named in a message");
        };
    }

    /** _Pypegen_stack_overflow: a MemoryError, which has no location. */
    static PySyntaxError stackOverflow() {
        return PySyntaxError.withoutLocation(PySyntaxError.Type.MemoryError, Messages.STACK_OVERFLOW);
    }
}
