/**
 * The lexer stage: source bytes to tokens, as CPython's tokenizer does (CPython: Parser/lexer/,
 * Lib/tokenize.py). Its printed form is that of {@code python3.13 -m tokenize -e}.
 *
 * @provides pyvm.lexer.Lexer "reference", the implementation read in class
 */
module pyvm.lexer {
    exports pyvm.lexer;
    provides pyvm.lexer.Lexer with pyvm.lexer.reference.ReferenceLexer;
}
