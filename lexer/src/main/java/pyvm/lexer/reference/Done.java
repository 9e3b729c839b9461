package pyvm.lexer.reference;

/**
 * The codes of Include/errcode.h with which the C tokenizer stops without raising anything itself:
 * it sets {@code tok->done}, returns ERRORTOKEN, and whoever reads the tokens turns the code into an
 * exception. The tokenize module does that in {@code _tokenizer_error} (Python/Python-tokenize.c),
 * the parser in {@code _Pypegen_tokenizer_error} (Parser/pegen_errors.c), with other messages and
 * positions; {@link TokState#done} picks the one of the lexer's mode.
 */
enum Done {
    /** The file ended inside brackets or after a backslash. */
    E_EOF,
    /** A dedent to a column no enclosing block starts at. */
    E_DEDENT,
    /** Tabs and spaces that indent differently with tabs of 8 and of 1 column. */
    E_TABSPACE,
    /** More than MAXINDENT levels of indentation. */
    E_TOODEEP,
    /** A backslash not at the end of its line. */
    E_LINECONT
}
