package pyvm.lexer;

/**
 * The character columns {@code tokenize} prints, computed from a token's UTF-8 byte columns as
 * {@code tokenizeriter_next} in Python/Python-tokenize.c computes them, cache included.
 *
 * <p>CPython converts bytes to characters by walking the UTF-8 of the token's {@code line} and
 * counting lead bytes ({@code _PyPegen_byte_offset_to_character_offset_line}). To stay linear on
 * long lines it does so fully only for the first token of a line; for the next tokens it keeps
 * the difference between bytes and characters seen so far ({@code byte_col_offset_diff}) and
 * subtracts it. Both give the same columns on ordinary code. They differ where the tokenizer's
 * buffer holds more than the current line for a token that is no string: inside an f-string left
 * open across lines, an INDENT's text is the whole buffer, it starts before its line (column -1),
 * and the columns of the tokens after it on that line come out shifted. tokenize prints those
 * shifted columns, so this class keeps CPython's cache and its arithmetic: one instance per token
 * listing, fed every token in order.
 */
final class TokenizeColumns {

    /** {@code it->last_lineno}: the line the previous token started on. */
    private int lastLineno;
    /** {@code it->last_line}: the line the conversions of the current line use. */
    private String lastLine = "";
    /** {@code it->byte_col_offset_diff}. */
    private int diff;

    /** {@return the start and end character columns of the next token of the listing} */
    int[] columns(Token token) {
        Location at = token.location();
        if (token.type() == TokenType.ENCODING) return new int[] {at.colOffset(), at.endColOffset()};
        if (isTrailing(token)) {
            lastLineno = at.lineno() - 1;
            return new int[] {0, 0};
        }
        int lineno = at.lineno();
        int endLineno = at.endLineno();
        boolean lineChanged = endLineno != lastLineno;
        if (lineChanged) {
            lastLine = token.line();
            diff = 0;
        }
        lastLineno = lineno;
        boolean newline = token.type() == TokenType.NEWLINE;

        int startByte = at.colOffset();
        int col = -1;
        if (startByte >= 0) {
            if (lineChanged) {
                col = characters(lastLine, 0, startByte);
                diff = startByte - col;
            } else {
                col = startByte - diff;
            }
        }
        // NEWLINE's end was moved one column on, past the newline; the arithmetic uses its end before that.
        int endByte = newline ? at.endColOffset() - 1 : at.endColOffset();
        int endCol = -1;
        if (endByte >= 0) {
            if (lineno == endLineno) {
                int tokenColumns = characters(lastLine, startByte, endByte);
                int tokenBytes = startByte >= 0 ? endByte - startByte : utf8Length(token.string());
                endCol = col + tokenColumns;
                diff += tokenBytes - tokenColumns;
            } else {
                endCol = characters(lastPhysicalLine(token.line()), 0, endByte);
                diff += endByte - endCol;
            }
        }
        if (newline) endCol++;
        return new int[] {col, endCol};
    }

    /**
     * The DEDENTs at the end of the file and ENDMARKER: CPython places them itself, at column 0 of
     * the line after the last, with an empty line (any other DEDENT stands on a line of code).
     */
    private static boolean isTrailing(Token token) {
        return token.type() == TokenType.ENDMARKER || (token.type() == TokenType.DEDENT && token.line().isEmpty());
    }

    /**
     * How many characters start in bytes {@code [fromByte, toByte)} of the UTF-8 form of
     * {@code line}. Bytes past the end count one character each, as the C code counts the NUL
     * that ends the line (that is how a NEWLINE the tokenizer added gets its column). So does the
     * byte before the start, which the C code reads when a token starts before its line: there it
     * reads memory outside the line, which usually counts as one character, and sometimes makes
     * tokenize fail with "ValueError: Invalid UTF-8 sequence"; this class always counts one.
     */
    private static int characters(String line, int fromByte, int toByte) {
        int chars = fromByte < 0 ? Math.min(-fromByte, toByte - fromByte) : 0;
        int b = 0;
        int i = 0;
        while (b < toByte) {
            int size = 1;
            if (i < line.length()) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                size = utf8Length(cp);
            }
            if (b >= fromByte) chars++;
            b += size;
        }
        return chars;
    }

    /** The last line of a text of lines, the one the tokenizer was reading when a multi-line token ended. */
    private static String lastPhysicalLine(String lines) {
        int end = lines.endsWith("\n") ? lines.length() - 1 : lines.length();
        return lines.substring(lines.lastIndexOf('\n', end - 1) + 1);
    }

    private static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            bytes += utf8Length(cp);
        }
        return bytes;
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
