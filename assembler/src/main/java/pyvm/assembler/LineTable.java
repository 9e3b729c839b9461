package pyvm.assembler;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pyvm.lexer.Location;

/**
 * A code object's locations table, {@code co_linetable}, decoded: which source span each
 * instruction comes from. Tracebacks use it to print the line and the carets, dis to print the line
 * number column. CPython: Objects/locations.md, Objects/codeobject.c ({@code co_positions},
 * {@code co_lines}); written by Python/assemble.c.
 *
 * <h2>The format (3.11 and later)</h2>
 * The table is a sequence of entries, each covering 1 to 8 code units. An entry's first byte has
 * its top bit set: {@code 1 cccc lll}, where {@code lll + 1} is the number of code units and
 * {@code cccc} says how the location follows:
 * <pre>
 *  code   meaning                     bytes that follow
 *  0..9   short form: same line       1 byte: column = code*8 + (b >> 4), end column = column + (b &amp; 15)
 *  10..12 one-line form               line += code - 10; 2 bytes: column, end column
 *  13     no columns                  line += svarint; columns unknown
 *  14     long form                   line += svarint; end line = line + varint;
 *                                     column = varint - 1; end column = varint - 1 (-1: unknown)
 *  15     no location                 nothing (the line does not change)
 * </pre>
 * Line numbers are deltas from the previous entry's line, starting at {@code co_firstlineno}. A
 * varint is read 6 bits at a time, least significant chunk first, bit 6 (0x40) set on every chunk
 * but the last; an svarint is a varint {@code v} meaning {@code v >> 1}, negated if {@code v & 1}.
 *
 * <p>Decoding is lenient, like CPython's iterators: a truncated last entry ends the table.
 *
 * @param entries the entries in order; consecutive, starting at offset 0
 */
public record LineTable(List<Entry> entries) {

    /**
     * One entry: the code bytes {@code [start, end)} and their source span.
     *
     * @param location the span, or null where the code has no location (CPython: all four
     *                 {@code co_positions} fields None); a column is -1 where CPython has None
     */
    public record Entry(int start, int end, Location location) {}

    /**
     * A run of code with one line number, as {@code co_lines()} yields it.
     *
     * @param line the line, or null where CPython has None (code that belongs to no line)
     */
    public record LineRange(int start, int end, Integer line) {}

    private static final int NO_COLUMNS = 13;
    private static final int LONG = 14;
    private static final int NONE = 15;

    public LineTable {
        entries = List.copyOf(entries);
    }

    /** {@return the table {@code linetable} of a code object whose first line is {@code firstLineno}, decoded} */
    public static LineTable decode(byte[] linetable, int firstLineno) {
        Reader in = new Reader(linetable);
        List<Entry> entries = new ArrayList<>();
        int line = firstLineno;
        int end = 0;
        while (in.skipToEntry()) {
            int first = in.next();
            int code = (first >> 3) & 15;
            int start = end;
            end = start + ((first & 7) + 1) * 2;
            Location location;
            if (code == NONE) {
                location = null;
            } else if (code == LONG) {
                line += in.svarint();
                int endLine = line + in.varint();
                location = new Location(line, in.varint() - 1, endLine, in.varint() - 1);
            } else if (code == NO_COLUMNS) {
                line += in.svarint();
                location = new Location(line, -1, line, -1);
            } else if (code >= 10) {
                line += code - 10;
                int column = in.next();
                location = new Location(line, column, line, in.next());
            } else {
                int b = in.next();
                int column = code << 3 | b >> 4;
                location = new Location(line, column, line, column + (b & 15));
            }
            if (in.truncated) break;
            entries.add(new Entry(start, end, location));
        }
        return new LineTable(entries);
    }

    /**
     * {@return {@code co_positions()}: one span per code unit, null where the unit has no location}
     * The list ends where the table ends, which is where the code ends for tables CPython writes.
     */
    public List<Location> positions() {
        List<Location> out = new ArrayList<>();
        for (Entry e : entries)
            for (int offset = e.start; offset < e.end; offset += 2) out.add(e.location);
        return out;
    }

    /**
     * {@return {@code co_lines()}: the runs of code that share a line, consecutive entries with the
     * same line merged into one, as lineiter_next in Objects/codeobject.c does}
     */
    public List<LineRange> lines() {
        List<LineRange> out = new ArrayList<>();
        for (Entry e : entries) {
            Integer line = e.location == null ? null : e.location.lineno();
            int last = out.size() - 1;
            if (last >= 0 && Objects.equals(out.get(last).line(), line))
                out.set(last, new LineRange(out.get(last).start(), e.end, line));
            else
                out.add(new LineRange(e.start, e.end, line));
        }
        return out;
    }

    /** Reads the table's bytes; past the end it reads zeroes and notes that the table was truncated. */
    private static final class Reader {
        private final byte[] bytes;
        private int pos;
        private boolean truncated;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Moves to the next byte with the top bit set, as advance() in codeobject.c does; false at the end. */
        boolean skipToEntry() {
            while (pos < bytes.length && (bytes[pos] & 0x80) == 0) pos++;
            return pos < bytes.length;
        }

        int next() {
            if (pos >= bytes.length) {
                truncated = true;
                return 0;
            }
            return bytes[pos++] & 0xff;
        }

        int varint() {
            int b = next();
            int value = b & 63;
            for (int shift = 6; (b & 64) != 0 && !truncated; shift += 6) {
                b = next();
                value |= (b & 63) << shift;
            }
            return value;
        }

        int svarint() {
            int v = varint();
            return (v & 1) != 0 ? -(v >>> 1) : v >>> 1;
        }
    }
}
