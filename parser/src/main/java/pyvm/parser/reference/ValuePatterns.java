package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.function.Supplier;
import pyvm.lexer.Token;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.ExprContext;
import pyvm.parser.Operator;
import pyvm.parser.Pattern;
import pyvm.parser.Unaryop;

/**
 * The patterns of PEP 634 that compare with a value: literals (numbers, complex numbers written
 * {@code 1 + 2j}, strings, {@code None}, {@code True}, {@code False}) and dotted names such as
 * {@code Color.RED}, which Grammar/python.gram calls value patterns. The rest of the patterns are in
 * {@link Patterns}.
 */
final class ValuePatterns {

    private ValuePatterns() {}

    // literal_pattern:
    //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    static Pattern literalPattern(PegParser p) {
        int start = p.mark;
        Token t = p.peek();
        if (t.type() == NAME) {
            ConstantValue singleton = switch (t.string()) {
                case "None" -> ConstantValue.NONE;
                case "True" -> new ConstantValue.Bool(true);
                case "False" -> new ConstantValue.Bool(false);
                default -> null;
            };
            if (singleton == null) return null;
            p.mark++;
            return new Pattern.MatchSingleton(singleton, t.location());
        }
        Expr value = literalValue(p);
        return value == null ? null : new Pattern.MatchValue(value, p.locFrom(start));
    }

    // literal_expr:
    //     | signed_number !('+' | '-') | complex_number | &(STRING|FSTRING_START) strings
    //     | 'None' | 'True' | 'False'
    static Expr literalExpr(PegParser p) {
        Token t = p.peek();
        if (t.type() == NAME) {
            ConstantValue constant = switch (t.string()) {
                case "None" -> ConstantValue.NONE;
                case "True" -> new ConstantValue.Bool(true);
                case "False" -> new ConstantValue.Bool(false);
                default -> null;
            };
            if (constant == null) return null;
            p.mark++;
            return new Expr.Constant(constant, null, t.location());
        }
        return literalValue(p);
    }

    /** What literal_pattern and literal_expr share: numbers, complex numbers and strings. */
    private static Expr literalValue(PegParser p) {
        int start = p.mark;
        Expr a = signedNumber(p);
        if (a != null && !p.at(PLUS) && !p.at(MINUS)) return a;
        p.mark = start;
        a = complexNumber(p);
        if (a != null) return a;
        return p.at(STRING) || p.at(FSTRING_START) ? Strings.strings(p) : null;
    }

    // complex_number: signed_real_number '+' imaginary_number | signed_real_number '-' imaginary_number
    private static Expr complexNumber(PegParser p) {
        int start = p.mark;
        Expr real = signedRealNumber(p);
        if (real != null) {
            Operator op = p.expect(PLUS) != null ? Operator.Add : p.expect(MINUS) != null ? Operator.Sub : null;
            Expr imag = op == null ? null : imaginaryNumber(p);
            if (imag != null) return new Expr.BinOp(real, op, imag, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    // signed_number: NUMBER | '-' NUMBER
    private static Expr signedNumber(PegParser p) {
        return signed(p, () -> Atoms.number(p));
    }

    // signed_real_number: real_number | '-' real_number
    private static Expr signedRealNumber(PegParser p) {
        return signed(p, () -> realNumber(p));
    }

    private static Expr signed(PegParser p, Supplier<Expr> number) {
        int start = p.mark;
        if (p.expect(MINUS) != null) {
            Expr n = number.get();
            if (n != null) return new Expr.UnaryOp(Unaryop.USub, n, p.locFrom(start));
            p.mark = start;
            return null;
        }
        return number.get();
    }

    // real_number: NUMBER (_PyPegen_ensure_real)
    private static Expr realNumber(PegParser p) {
        Expr.Constant n = (Expr.Constant) Atoms.number(p);
        if (n != null && n.value() instanceof ConstantValue.Complex)
            throw Errors.knownLocation(p, n.location(), Messages.REAL_NUMBER_REQUIRED);
        return n;
    }

    // imaginary_number: NUMBER (_PyPegen_ensure_imaginary)
    private static Expr imaginaryNumber(PegParser p) {
        Expr.Constant n = (Expr.Constant) Atoms.number(p);
        if (n != null && !(n.value() instanceof ConstantValue.Complex))
            throw Errors.knownLocation(p, n.location(), Messages.IMAGINARY_NUMBER_REQUIRED);
        return n;
    }

    // value_pattern: attr !('.' | '(' | '=')
    static Pattern valuePattern(PegParser p) {
        int start = p.mark;
        Expr a = attr(p);
        if (a == null || p.at(DOT) || p.at(LPAR) || p.at(EQUAL)) {
            p.mark = start;
            return null;
        }
        return new Pattern.MatchValue(a, p.locFrom(start));
    }

    // attr: name_or_attr '.' NAME
    static Expr attr(PegParser p) {
        int start = p.mark;
        Expr a = nameOrAttr(p);
        if (a instanceof Expr.Attribute) return a;
        p.mark = start;
        return null;
    }

    // name_or_attr: attr | NAME
    static Expr nameOrAttr(PegParser p) {
        int start = p.mark;
        Expr a = p.name();
        if (a == null) return null;
        while (true) {
            int saved = p.mark;
            Expr.Name b = p.expect(DOT) == null ? null : p.name();
            if (b == null) {
                p.mark = saved;
                return a;
            }
            a = new Expr.Attribute(a, b.id(), ExprContext.Load, p.locFrom(start));
        }
    }
}
