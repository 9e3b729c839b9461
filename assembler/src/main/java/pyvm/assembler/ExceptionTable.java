package pyvm.assembler;

import java.util.ArrayList;
import java.util.List;

/**
 * A code object's exception table, {@code co_exceptiontable}, decoded: where control goes when an
 * instruction raises. Since 3.11 CPython has no SETUP_FINALLY/POP_BLOCK at run time ("zero-cost"
 * exceptions): the compiler's try blocks become ranges of instructions, each with the handler to jump
 * to and the stack depth to unwind to. CPython: InternalDocs/exception_handling.md,
 * Objects/exception_handling_notes.txt; written by Python/assemble.c, read by
 * {@code get_exception_handler} in Python/ceval.c and by {@code _parse_exception_table} in Lib/dis.py.
 *
 * <h2>The format</h2>
 * A sequence of entries of four varints each, in code units (2 bytes): {@code start},
 * {@code length}, {@code target}, and {@code depth << 1 | lasti}. A varint is written 6 bits at a
 * time, most significant chunk first, bit 6 (0x40) set on every chunk but the last; the first byte of
 * an entry also has bit 7 (0x80) set, so that a reader can find entries by bisection. {@code lasti}
 * says whether the handler wants the offset of the raising instruction pushed too (used by
 * {@code with} and {@code finally} handlers that re-raise).
 *
 * <p>Decoding is lenient, like dis's: a truncated last entry ends the table.
 *
 * @param entries the entries, in the order of the table (by start offset)
 */
public record ExceptionTable(List<Entry> entries) {

    /**
     * One protected range, in byte offsets into {@code co_code}, as dis shows them.
     *
     * @param start  the first byte covered
     * @param end    the byte after the last one covered
     * @param target where the handler starts
     * @param depth  the value stack depth the handler expects; the unwinder pops down to it
     * @param lasti  whether the handler also gets the raising instruction's offset
     */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    public ExceptionTable {
        entries = List.copyOf(entries);
    }

    /** {@return the table {@code exceptiontable} decoded} */
    public static ExceptionTable decode(byte[] exceptiontable) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        int[] fields = new int[4];   // start, length, target, depth << 1 | lasti
        while (true) {
            for (int i = 0; i < fields.length; i++)
                if ((fields[i] = varint(exceptiontable, pos)) < 0) return new ExceptionTable(entries);
            int start = fields[0], end = fields[0] + fields[1], target = fields[2], depthAndLasti = fields[3];
            entries.add(new Entry(start * 2, end * 2, target * 2, depthAndLasti >> 1, (depthAndLasti & 1) != 0));
        }
    }

    /** Lib/dis.py's _parse_varint; -1 when the table ends before the varint does. */
    private static int varint(byte[] table, int[] pos) {
        if (pos[0] >= table.length) return -1;
        int b = table[pos[0]++];
        int value = b & 63;
        while ((b & 64) != 0) {
            if (pos[0] >= table.length) return -1;
            b = table[pos[0]++];
            value = value << 6 | (b & 63);
        }
        return value;
    }
}
