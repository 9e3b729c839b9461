/**
 * The reference lexer, a reading of CPython 3.13's tokenizer (Parser/lexer/, Parser/tokenizer/)
 * as {@code python3.13 -m tokenize} runs it (Python/Python-tokenize.c, Lib/tokenize.py), and as
 * the compiler runs it, with the errors that only the compiler raises (Parser/pegen_errors.c). Start
 * with {@link pyvm.lexer.reference.ReferenceLexer}, whose Javadoc is a tour of the files. Not
 * exported: other stages see it only as a {@link pyvm.lexer.Lexer} named {@code "reference"}.
 */
package pyvm.lexer.reference;
