package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import pyvm.lexer.Token;

/**
 * The {@code invalid_*} rules of Grammar/python.gram for an f-string's replacement fields:
 * {@code {}} with no expression, and a field that does not go on with {@code =}, {@code !},
 * {@code :} or <code>}</code> where it should. Second pass only (see {@link InvalidExpressions}).
 */
final class InvalidFstrings {

    private InvalidFstrings() {}

    // invalid_fstring_replacement_field:
    //     | '{' a='=' | '{' a='!' | '{' a=':' | '{' a='}'  -> "f-string: valid expression required before ..."
    //     | '{' !annotated_rhs -> "f-string: expecting a valid expression after '{'"
    //     | '{' annotated_rhs !('=' | '!' | ':' | '}') -> "f-string: expecting '=', or '!', or ':', or '}'"
    //     | '{' annotated_rhs '=' !('!' | ':' | '}') -> "f-string: expecting '!', or ':', or '}'"
    //     | '{' annotated_rhs '='? invalid_fstring_conversion_character
    //     | '{' annotated_rhs '='? ['!' NAME] !(':' | '}') -> "f-string: expecting ':' or '}'"
    //     | '{' annotated_rhs '='? ['!' NAME] ':' fstring_format_spec* !'}' -> "f-string: expecting '}', or format specs"
    //     | '{' annotated_rhs '='? ['!' NAME] !'}' -> "f-string: expecting '}'"
    static void invalidFstringReplacementField(PegParser p) {
        int start = p.mark;
        if (p.expect(LBRACE) == null) return;
        Token a = p.peek();
        String before = switch (a.type()) {
            case EQUAL -> "=";
            case EXCLAMATION -> "!";
            case COLON -> ":";
            case RBRACE -> "}";
            default -> null;
        };
        if (before != null) throw Errors.knownLocation(p, a.location(), Messages.FSTRING_EXPRESSION_BEFORE.formatted(before));
        if (!p.lookahead(() -> Statements.annotatedRhs(p))) throw Errors.onNextToken(p, Messages.FSTRING_EXPECTING_EXPRESSION);
        Statements.annotatedRhs(p);
        int afterRhs = p.mark;
        if (!(p.at(EQUAL) || p.at(EXCLAMATION) || p.at(COLON) || p.at(RBRACE)))
            throw Errors.onNextToken(p, Messages.FSTRING_EXPECTING_EQUAL_BANG_COLON_BRACE);
        if (p.expect(EQUAL) != null && !(p.at(EXCLAMATION) || p.at(COLON) || p.at(RBRACE)))
            throw Errors.onNextToken(p, Messages.FSTRING_EXPECTING_BANG_COLON_BRACE);
        p.mark = afterRhs;
        p.expect(EQUAL);
        invalidFstringConversionCharacter(p);
        int saved = p.mark;
        if (p.expect(EXCLAMATION) == null || p.name() == null) p.mark = saved;
        if (!(p.at(COLON) || p.at(RBRACE))) throw Errors.onNextToken(p, Messages.FSTRING_EXPECTING_COLON_BRACE);
        int afterConversion = p.mark;
        if (p.expect(COLON) != null) {
            while (Strings.fstringFormatSpec(p) != null) {
                // fstring_format_spec*
            }
            if (!p.at(RBRACE)) throw Errors.onNextToken(p, Messages.FSTRING_EXPECTING_BRACE_OR_SPECS);
        }
        p.mark = afterConversion;
        if (!p.at(RBRACE)) throw Errors.onNextToken(p, Messages.FSTRING_EXPECTING_BRACE);
        p.mark = start;
    }

    // invalid_fstring_conversion_character:
    //     | '!' &(':' | '}') -> "f-string: missing conversion character"
    //     | '!' !NAME -> "f-string: invalid conversion character"
    private static void invalidFstringConversionCharacter(PegParser p) {
        int start = p.mark;
        if (p.expect(EXCLAMATION) != null) {
            if (p.at(COLON) || p.at(RBRACE)) throw Errors.onNextToken(p, Messages.FSTRING_MISSING_CONVERSION);
            if (!p.at(NAME)) throw Errors.onNextToken(p, Messages.FSTRING_INVALID_CONVERSION_CHARACTER);
        }
        p.mark = start;
    }
}
