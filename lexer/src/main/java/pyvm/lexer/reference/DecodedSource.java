package pyvm.lexer.reference;

/**
 * A source file as the C tokenizer's buffer holds it: the lines its {@code readline} gives,
 * decoded and re-encoded as UTF-8 (or, read by the string tokenizer, as they are), one after
 * another; and, for the compiler's errors, what the file tokenizer would have found wrong with its
 * bytes and the file's lines as error messages show them.
 *
 * @param encoding     the name the ENCODING token carries ({@code utf-8} unless a cookie says otherwise)
 * @param text         the lines, each ending in '\n'
 * @param lineEnds     where each line ends in {@code text} (exclusive), in order
 * @param newlineAdded whether the last line did not end in a newline and got one, as
 *                     {@code tok_underflow_readline} does ("Last line does not end in \n, fake one")
 * @param utf8         whether the text is UTF-8; false only where the string tokenizer reads bytes
 *                     that are not as they are, which decode with replacement here
 * @param nonUtf8      the first bytes that are not UTF-8 in a line that no encoding declaration
 *                     covers, or null where there are none
 * @param programText  the file's lines as {@code err_programtext} reads them
 */
record DecodedSource(String encoding, byte[] text, int[] lineEnds, boolean newlineAdded, boolean utf8,
                     NonUtf8 nonUtf8, ProgramText programText) {

    /**
     * Where {@code ensure_utf8} of the file tokenizer stops reading a file that declares no encoding.
     *
     * @param lineno  the line of the bytes
     * @param badByte the first byte of the sequence that is not UTF-8
     */
    record NonUtf8(int lineno, int badByte) {}
}
