package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import pyvm.lexer.Location;
import pyvm.lexer.PyRepr;
import pyvm.lexer.Token;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.reference.PegParser.Rule;

/**
 * String literals: the {@code strings} rule, which concatenates adjacent literals, and the f-string
 * rules that PEP 701 brought into the grammar in 3.12 ({@code fstring}, {@code fstring_middle},
 * {@code fstring_replacement_field}, ...). The node building follows Parser/action_helpers.c:
 * _PyPegen_joined_str, _PyPegen_formatted_value, _PyPegen_setup_full_format_spec and
 * _PyPegen_concatenate_strings, down to which empty constants are dropped and which positions the
 * merged constants keep.
 */
final class Strings {

    private Strings() {}

    // strings (memo): (fstring|string)+
    static Expr strings(PegParser p) {
        return p.memo(Rule.STRINGS, () -> {
            int start = p.mark;
            List<Expr> parts = new ArrayList<>();
            while (true) {
                Expr part = p.at(STRING) ? string(p) : p.at(FSTRING_START) ? fstring(p) : null;
                if (part == null) break;
                parts.add(part);
            }
            return parts.isEmpty() ? null : concatenateStrings(p, parts, p.locFrom(start));
        });
    }

    // string: STRING
    private static Expr string(PegParser p) {
        Token t = p.expect(STRING);
        ConstantValue value;
        try {
            value = Literals.string(t.string());
        } catch (Literals.DecodeError e) {
            throw decodeError(p, t, e);
        }
        return new Expr.Constant(value, t.string().charAt(0) == 'u' ? "u" : null, t.location());
    }

    /** _Pypegen_raise_decode_error: "(unicode error) ..." at the furthest token, or the bare message at {@code t}. */
    private static RuntimeException decodeError(PegParser p, Token t, Literals.DecodeError e) {
        if (e.kind == null) return Errors.knownLocation(p, t.location(), e.getMessage());
        return Errors.atLastToken(p, "(" + e.kind + ") " + e.getMessage());
    }

    // fstring: FSTRING_START fstring_middle* FSTRING_END
    private static Expr fstring(PegParser p) {
        int start = p.mark;
        Token a = p.expect(FSTRING_START);
        List<Expr> middle = new ArrayList<>();
        while (true) {
            Expr part = fstringMiddle(p);
            if (part == null) break;
            middle.add(part);
        }
        Token b = p.expect(FSTRING_END);
        if (b == null) {
            p.mark = start;
            return null;
        }
        return joinedStr(p, a, middle, b);
    }

    // fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
    private static Expr fstringMiddle(PegParser p) {
        Expr field = fstringReplacementField(p);
        if (field != null) return field;
        Token t = p.expect(FSTRING_MIDDLE);
        return t == null ? null : new Expr.Constant(new ConstantValue.Str(t.string()), null, t.location());
    }

    // fstring_replacement_field:
    //     | '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}'
    //     | invalid_fstring_replacement_field
    private static Expr fstringReplacementField(PegParser p) {
        int start = p.mark;
        Token lbrace = p.expect(LBRACE);
        if (lbrace != null) {
            Expr a = Statements.annotatedRhs(p);
            if (a != null) {
                Token debug = p.expect(EQUAL);
                Token afterDebug = p.peek();
                Expr.Name conversion = fstringConversion(p);
                Expr format = fstringFullFormatSpec(p);
                Token rbrace = p.expect(RBRACE);
                if (rbrace != null) {
                    Expr formatted = formattedValue(p, a, debug != null, conversion, format, p.locFrom(start));
                    return debug == null ? formatted
                            : withDebugText(formatted, debugText(p.source.between(lbrace.location(), afterDebug.location())),
                                    conversion, format, rbrace);
                }
            }
        }
        p.mark = start;
        if (p.callInvalidRules) InvalidFstrings.invalidFstringReplacementField(p);
        return null;
    }

    // fstring_conversion: "!" NAME
    private static Expr.Name fstringConversion(PegParser p) {
        int start = p.mark;
        Token bang = p.expect(EXCLAMATION);
        Expr.Name conv = bang == null ? null : p.name();
        if (conv == null) {
            p.mark = start;
            return null;
        }
        // _PyPegen_check_fstring_conversion
        Location b = bang.location(), c = conv.location();
        if (b.lineno() != c.lineno() || b.endColOffset() != c.colOffset())
            throw Errors.knownRange(p, b, c, Messages.FSTRING_CONVERSION_NOT_ADJACENT);
        return conv;
    }

    // fstring_full_format_spec: ':' fstring_format_spec*
    private static Expr fstringFullFormatSpec(PegParser p) {
        int start = p.mark;
        if (p.expect(COLON) == null) return null;
        List<Expr> spec = new ArrayList<>();
        while (true) {
            Expr part = fstringFormatSpec(p);
            if (part == null) break;
            if (!isEmptyStr(part)) spec.add(part);
        }
        // _PyPegen_setup_full_format_spec: an empty spec is an empty JoinedStr, as in 3.11.
        Location where = p.locFrom(start);
        if (spec.isEmpty() || spec.size() == 1 && spec.get(0) instanceof Expr.Constant)
            return new Expr.JoinedStr(spec, where);
        return concatenateStrings(p, spec, where);
    }

    // fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
    static Expr fstringFormatSpec(PegParser p) {
        Token t = p.expect(FSTRING_MIDDLE);
        if (t == null) return fstringReplacementField(p);
        try {
            return new Expr.Constant(Literals.decodeUnicode(t.string()), null, t.location());
        } catch (Literals.DecodeError e) {
            throw decodeError(p, t, e);
        }
    }

    /**
     * _PyPegen_formatted_value: the conversion character checked, and {@code !r} implied by a debug
     * {@code =} without a format spec.
     */
    private static Expr formattedValue(PegParser p, Expr value, boolean debug, Expr.Name conversion, Expr format,
                                       Location where) {
        int conversionChar = -1;
        if (conversion != null) {
            String c = conversion.id();
            if (!(c.equals("s") || c.equals("r") || c.equals("a")))
                throw Errors.knownLocation(p, conversion.location(), Messages.FSTRING_INVALID_CONVERSION.formatted(PyRepr.str(c)));
            conversionChar = c.charAt(0);
        } else if (debug && format == null) {
            conversionChar = 'r';
        }
        return new Expr.FormattedValue(value, conversionChar, format, where);
    }

    /**
     * The text of a debug expression as the C tokenizer keeps it (set_fstring_expr in
     * Parser/lexer/lexer.c): from each {@code #} to the end of its line is dropped, taken for a
     * comment even where the {@code #} stands in a string.
     */
    private static String debugText(String source) {
        return source.indexOf('#') < 0 ? source : source.replaceAll("#[^\n]*", "");
    }

    /**
     * The rest of _PyPegen_formatted_value for {@code {expr=}}: the source text in front of what
     * follows the {@code =} (the C tokenizer keeps it as the token's metadata) becomes a constant
     * ahead of the value, spanning from after the brace to before that conversion, spec or brace.
     */
    private static Expr withDebugText(Expr formatted, String text, Expr.Name conversion, Expr format,
                                      Token rbrace) {
        Location where = formatted.location();
        int endLine, endCol;
        if (conversion != null) {
            endLine = conversion.location().lineno();
            endCol = conversion.location().colOffset();
        } else if (format != null) {
            endLine = format.location().lineno();
            endCol = format.location().colOffset() + 1;
        } else {
            endLine = rbrace.location().endLineno();
            endCol = rbrace.location().endColOffset();
        }
        Location textWhere = new Location(where.lineno(), where.colOffset() + 1, endLine, endCol - 1);
        return new Expr.JoinedStr(List.of(new Expr.Constant(new ConstantValue.Str(text), null, textWhere), formatted),
                new Location(where.lineno(), where.colOffset(), endLine, endCol));
    }

    /**
     * _PyPegen_joined_str: the FSTRING_MIDDLE texts decoded (raw or not, by the prefix), debug
     * JoinedStrs flattened into this one, and the parts that decode to nothing dropped.
     */
    private static Expr joinedStr(PegParser p, Token a, List<Expr> raw, Token b) {
        boolean isRaw = a.string().chars().anyMatch(c -> c == 'r' || c == 'R');
        List<Expr> values = new ArrayList<>();
        for (Expr e : raw) {
            if (e instanceof Expr.JoinedStr j) values.addAll(j.values());
            else values.add(e);
        }
        List<Expr> out = new ArrayList<>();
        for (Expr item : values) {
            if (item instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s) {
                item = decodeFstringPart(p, isRaw, c, s.value());
                if (isEmptyStr(item)) continue;
            }
            out.add(item);
        }
        return new Expr.JoinedStr(out, Location.span(a.location(), b.location()));
    }

    // _PyPegen_decode_fstring_part
    private static Expr decodeFstringPart(PegParser p, boolean isRaw, Expr.Constant c, String text) {
        if (text.equals("{{") || text.equals("}}")) text = text.substring(1);
        if (isRaw || text.indexOf('\\') < 0) return new Expr.Constant(new ConstantValue.Str(text), null, c.location());
        try {
            return new Expr.Constant(Literals.decodeUnicode(text), null, c.location());
        } catch (Literals.DecodeError e) {
            throw Errors.atLastToken(p, "(" + e.kind + ") " + e.getMessage());
        }
    }

    private static boolean isEmptyStr(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s && s.length() == 0;
    }

    /**
     * _PyPegen_concatenate_strings: bytes join into one bytes constant; otherwise the parts of the
     * f-strings are spliced in, runs of adjacent constants fold into one (keeping the first one's
     * {@code kind} and spanning from its start to the last one's end), and with any f-string among
     * them empty constants go and the result is a JoinedStr.
     */
    static Expr concatenateStrings(PegParser p, List<Expr> strings, Location where) {
        boolean fstringFound = false, unicodeFound = false, bytesFound = false;
        for (Expr e : strings) {
            if (e instanceof Expr.Constant c) {
                if (c.value() instanceof ConstantValue.Bytes) bytesFound = true;
                else unicodeFound = true;
            } else {
                fstringFound = true;
            }
        }
        if ((unicodeFound || fstringFound) && bytesFound) throw Errors.atLastToken(p, Messages.MIX_BYTES_AND_NONBYTES);
        if (bytesFound) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (Expr e : strings) all.writeBytes(((ConstantValue.Bytes) ((Expr.Constant) e).value()).value());
            return new Expr.Constant(new ConstantValue.Bytes(all.toByteArray()), ((Expr.Constant) strings.get(0)).kind(), where);
        }
        if (!fstringFound && strings.size() == 1) return strings.get(0);

        List<Expr> flattened = new ArrayList<>();
        for (Expr e : strings) {
            if (e instanceof Expr.JoinedStr j) flattened.addAll(j.values());
            else flattened.add(e);
        }
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < flattened.size(); i++) {
            Expr elem = flattened.get(i);
            if (elem instanceof Expr.Constant first) {
                if (i + 1 < flattened.size() && flattened.get(i + 1) instanceof Expr.Constant) {
                    IntStream.Builder text = IntStream.builder();
                    Expr.Constant last = first;
                    int j = i;
                    for (; j < flattened.size() && flattened.get(j) instanceof Expr.Constant c; j++) {
                        for (int cp : ((ConstantValue.Str) c.value()).codePoints()) text.add(cp);
                        last = c;
                    }
                    i = j - 1;
                    elem = new Expr.Constant(new ConstantValue.Str(text.build().toArray()), first.kind(),
                            Location.span(first.location(), last.location()));
                }
                if (fstringFound && isEmptyStr(elem)) continue;
            }
            values.add(elem);
        }
        if (!fstringFound) return values.get(0);
        return new Expr.JoinedStr(values, where);
    }
}
