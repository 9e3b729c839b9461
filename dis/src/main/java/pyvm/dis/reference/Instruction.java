package pyvm.dis.reference;

import java.util.List;

/**
 * One decoded instruction with what the listing shows of it. Mirrors {@code dis.Instruction}
 * (Lib/dis.py 3.13), less the fields the listing does not print ({@code opcode}, {@code argval},
 * {@code positions}).
 *
 * @param opname      the opcode's name, {@code <N>} for a number 3.13 does not define
 * @param arg         the argument, EXTENDED_ARG prefixes included; null for an opcode without one
 * @param argrepr     what the listing prints in parentheses after the argument; "" for nothing
 * @param offset      the instruction's byte offset in co_code
 * @param startsLine  whether a new source line starts here
 * @param lineNumber  the source line, or null where the code belongs to no line
 * @param label       the label number if something jumps here or an exception range starts, ends
 *                    or lands here; else null
 * @param cacheInfo   the inline cache entries that follow, empty for an opcode without any
 */
record Instruction(String opname, Integer arg, String argrepr, int offset, boolean startsLine,
                   Integer lineNumber, Integer label, List<CacheEntry> cacheInfo) {

    /**
     * One named inline cache field of an instruction, as {@code _cache_format} in Lib/opcode.py lays
     * them out.
     *
     * @param value the field's bytes as a little-endian number, as dis reads them
     */
    record CacheEntry(String name, int size, long value) {}
}
