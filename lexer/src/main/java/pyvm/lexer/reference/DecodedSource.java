package pyvm.lexer.reference;

/**
 * A source file as the C tokenizer's buffer holds it: the lines its {@code readline} gives,
 * decoded and re-encoded as UTF-8, one after another.
 *
 * @param encoding     the name the ENCODING token carries ({@code utf-8} unless a cookie says otherwise)
 * @param text         the lines, in UTF-8, each ending in '\n'
 * @param lineEnds     where each line ends in {@code text} (exclusive), in order
 * @param newlineAdded whether the last line did not end in a newline and got one, as
 *                     {@code tok_underflow_readline} does ("Last line does not end in \n, fake one")
 */
record DecodedSource(String encoding, byte[] text, int[] lineEnds, boolean newlineAdded) {}
