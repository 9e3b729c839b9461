package pyvm.lexer;

/**
 * Turns a token's UTF-8 byte columns into the character columns {@code tokenize} prints, as
 * {@code tokenizeriter_next} in Python/Python-tokenize.c does with
 * {@code _PyPegen_byte_offset_to_character_offset_line}: walk the UTF-8 form of the token's
 * {@code line}, counting one character per lead byte. Bytes past the end of {@code line} count one
 * character each, as the C code counts the terminating NUL and whatever follows it; that is how a
 * NEWLINE that the tokenizer added at the end of a file gets its one column.
 */
final class CharacterColumns {

    private CharacterColumns() {}

    /** {@return the character column of a token's start} {@code -1} stays {@code -1}, as in CPython. */
    static int start(Token token) {
        int col = token.location().colOffset();
        return col < 0 ? -1 : characters(token.line(), 0, col);
    }

    /**
     * {@return the character column of a token's end} A token on one line is measured along its
     * {@code line}; one that spans lines (a triple-quoted string) along the last of the lines that
     * its {@code line} holds, the line the tokenizer was reading when the token ended.
     */
    static int end(Token token) {
        Location at = token.location();
        if (at.lineno() == at.endLineno()) {
            if (at.colOffset() < 0) return characters(token.line(), 0, at.endColOffset());
            return start(token) + characters(token.line(), at.colOffset(), at.endColOffset());
        }
        return characters(physicalLine(token.line(), at.endLineno() - at.lineno()), 0, at.endColOffset());
    }

    /** {@return the physical line {@code index} (from 0) of a text of lines ending in newlines} */
    private static String physicalLine(String lines, int index) {
        int from = 0;
        for (int i = 0; i < index; i++) {
            int nl = lines.indexOf('\n', from);
            if (nl < 0) return "";
            from = nl + 1;
        }
        int nl = lines.indexOf('\n', from);
        return nl < 0 ? lines.substring(from) : lines.substring(from, nl + 1);
    }

    /** {@return how many characters start in bytes {@code [fromByte, toByte)} of the UTF-8 form of {@code line}} */
    static int characters(String line, int fromByte, int toByte) {
        int chars = 0;
        int b = 0;
        int i = 0;
        while (b < toByte) {
            int size = 1;
            if (i < line.length()) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            }
            if (b >= fromByte) chars++;
            b += size;
        }
        return chars;
    }
}
