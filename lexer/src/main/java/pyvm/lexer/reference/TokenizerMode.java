package pyvm.lexer.reference;

/**
 * One entry of the tokenizer's mode stack, {@code tokenizer_mode} of Parser/lexer/state.h. The
 * bottom entry is the regular mode; each f-string being read pushes one, which says how the
 * f-string is quoted and how deep the tokenizer is inside its replacement fields. Its kind flips
 * to regular while an expression inside braces is read, and back when the braces close.
 */
final class TokenizerMode {

    /** {@code TOK_REGULAR_MODE} and {@code TOK_FSTRING_MODE}. */
    enum Kind { REGULAR, FSTRING }

    Kind kind = Kind.REGULAR;
    /** {@code f_string_quote} and {@code f_string_quote_size}: ' or ", 1 or 3 of them. */
    int quote;
    int quoteSize;
    /** {@code f_string_raw}: an rf-string, where a backslash escapes nothing. */
    boolean raw;
    /** {@code f_string_start}, {@code f_string_multi_line_start}: where the f-string and its first line start in the buffer. */
    int start;
    int multiLineStart;
    /** {@code f_string_line_start}: the line the f-string starts on. */
    int lineStart;
    /** {@code curly_bracket_depth}: brackets open inside the replacement fields. */
    int curlyBracketDepth;
    /** {@code curly_bracket_expr_start_depth}: the depth at which the innermost replacement field began; -1 outside any. */
    int curlyBracketExprStartDepth = -1;
    /** {@code in_format_spec}: reading the part of a replacement field after its ':'. */
    boolean inFormatSpec;
    /** {@code f_string_debug}: the field has an '=' (self-documenting expression). */
    boolean fStringDebug;

    /** {@code INSIDE_FSTRING_EXPR}: inside a replacement field of this f-string. */
    boolean insideExpression() {
        return curlyBracketExprStartDepth >= 0;
    }
}
