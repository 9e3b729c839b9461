package pyvm.lexer;

import java.util.Arrays;
import java.util.Objects;

/**
 * The error every stage raises for invalid input: CPython's SyntaxError or one of its subclasses
 * (or the MemoryError and RecursionError of source nested too deeply),
 * with what SyntaxError's arguments hold. The positions are those of SyntaxError's attributes,
 * {@code lineno}, {@code offset}, {@code end_lineno}, {@code end_offset}: lines from 1, offsets
 * from 1 counted in characters (CPython converts the parser's byte columns before raising).
 * A bug inside a stage is an IllegalStateException, never one of these.
 */
public final class PySyntaxError extends RuntimeException {

    /**
     * The exception types CPython raises for bad source, spelled as Python prints them. MemoryError is
     * the parser's for source nested more deeply than its stack allows ("Parser stack overflowed");
     * RecursionError is for a tree deeper than the later steps allow ("maximum recursion depth
     * exceeded during ast construction"). Neither is a SyntaxError, so they have no location.
     */
    public enum Type { SyntaxError, IndentationError, TabError, MemoryError, RecursionError }

    private final Type type;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;
    private final boolean located;

    /**
     * @param text the source line the error is on, or null where CPython has None
     */
    public PySyntaxError(Type type, String message, String filename,
                         int lineno, int offset, int endLineno, int endOffset, String text) {
        this(type, message, Objects.requireNonNull(filename), lineno, offset, endLineno, endOffset, text, true);
    }

    private PySyntaxError(Type type, String message, String filename, int lineno, int offset,
                          int endLineno, int endOffset, String text, boolean located) {
        super(Objects.requireNonNull(message), null, false, false);
        this.type = Objects.requireNonNull(type);
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.located = located;
    }

    /**
     * {@return {@code SyntaxError(message)}: no file name and no location, everything None} CPython
     * raises such an error with {@code PyErr_Format} where it has no position to give: when a file
     * without an encoding declaration is not UTF-8, or its declared encoding cannot decode it, or
     * when {@code compile()} is given bytes with a NUL among them.
     */
    public static PySyntaxError withoutLocation(Type type, String message) {
        return new PySyntaxError(type, message, null, 0, 0, 0, 0, null, false);
    }

    /**
     * Raises at a span given in the pipeline's own units (UTF-8 byte columns from 0), converting
     * them to SyntaxError's character offsets from 1 the way CPython's parser does.
     *
     * @param lineText the source line of {@code where.lineno()}, or null where CPython has None
     */
    public static PySyntaxError at(Type type, String message, String filename, Location where, String lineText) {
        int offset = characterOffset(lineText, where.colOffset()) + 1;
        int endOffset = where.endLineno() == where.lineno()
                ? characterOffset(lineText, where.endColOffset()) + 1
                : where.endColOffset() + 1;
        return new PySyntaxError(type, message, filename, where.lineno(), offset,
                where.endLineno(), endOffset, lineText);
    }

    /**
     * {@return how many characters of {@code line} its first {@code bytes} UTF-8 bytes hold} A column
     * past the end of the line counts as its end, as {@code _PyPegen_byte_offset_to_character_offset}
     * clips it there: the line a SyntaxError shows may be shorter than the one the column counts in.
     */
    public static int characterOffset(String line, int bytes) {
        if (line == null) return bytes;
        int chars = 0;
        for (int i = 0, seen = 0; i < line.length() && seen < bytes; chars++) {
            int cp = line.codePointAt(i);
            seen += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return chars;
    }

    /** {@return the exception type, as Python names it} */
    public Type type() { return type; }

    /** {@return SyntaxError's {@code msg}} */
    public String message() { return getMessage(); }

    /** {@return SyntaxError's {@code filename}, or null where CPython has None} */
    public String filename() { return filename; }

    /** {@return whether the error has a {@code lineno}; false where CPython has None, as {@link #withoutLocation} makes it} */
    public boolean hasLocation() { return located; }

    /** {@return SyntaxError's {@code lineno}, from 1; 0 without a location} */
    public int lineno() { return lineno; }

    /** {@return SyntaxError's {@code offset}: a character column from 1} */
    public int offset() { return offset; }

    /** {@return SyntaxError's {@code end_lineno}} */
    public int endLineno() { return endLineno; }

    /** {@return SyntaxError's {@code end_offset}: a character column from 1, 0 where CPython has none} */
    public int endOffset() { return endOffset; }

    /** {@return SyntaxError's {@code text}, the offending source line, or null} */
    public String text() { return text; }

    /**
     * {@return what CPython prints for this error when it ends a program: the File line, the
     * source line, the carets and "Type: message"} It follows
     * {@code traceback.TracebackException._format_syntax_error} of Lib/traceback.py 3.13, counting
     * in code points as Python's str does (a character beyond U+FFFF is one, not two Java chars).
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (located) out.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            int[] rtext = stripTrailingNewlines(text.codePoints().toArray());
            int[] ltext = stripLeading(rtext);
            int length = text.codePointCount(0, text.length());
            int spaces = rtext.length - ltext.length;
            int start = offset;
            int end = lineno == endLineno ? (endOffset == 0 ? start : endOffset) : rtext.length + 1;
            if (length > 0 && start > length) start = rtext.length + 1;
            if (length > 0 && end > length) end = rtext.length + 1;
            if (start >= end || end < 0) end = start + 1;
            int colno = start - 1 - spaces;
            int endColno = end - 1 - spaces;
            out.append("    ").append(new String(ltext, 0, ltext.length)).append('\n');
            if (colno >= 0) {
                out.append("    ");
                for (int i = 0; i < colno && i < ltext.length; i++)
                    out.appendCodePoint(isSpace(ltext[i]) ? ltext[i] : ' ');
                out.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
            }
        }
        out.append(type).append(": ").append(getMessage()).append('\n');
        return out.toString();
    }

    private static int[] stripTrailingNewlines(int[] s) {
        int end = s.length;
        while (end > 0 && s[end - 1] == '\n') end--;
        return Arrays.copyOf(s, end);
    }

    // Lib/traceback.py strips ' \n\f' from the left, not all whitespace: tabs stay for alignment.
    private static int[] stripLeading(int[] s) {
        int i = 0;
        while (i < s.length && (s[i] == ' ' || s[i] == '\n' || s[i] == '\f')) i++;
        return Arrays.copyOfRange(s, i, s.length);
    }

    /**
     * Python's {@code str.isspace} for one character (Objects/unicodetype_db.h, Unicode 15.1): the
     * ASCII blanks and separators, NEL, the no-break and typographic spaces, the line and paragraph
     * separators. The JDK's {@code isWhitespace} leaves out the no-break spaces.
     */
    private static boolean isSpace(int c) {
        return (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= ' ') || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }
}
