package pyvm.dis.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pyvm.assembler.ExceptionTable;
import pyvm.assembler.LineTable;
import pyvm.cfg.Opcode;

/**
 * Walks the bytes of {@code co_code}: splits them into instructions, finds the jump targets that get
 * labels and the offsets where source lines start. Mirrors {@code _unpack_opargs}, {@code findlabels},
 * {@code _make_labels_map}, {@code findlinestarts} and {@code _get_jump_target} in Lib/dis.py (3.13).
 *
 * <p>Code is a sequence of 2-byte code units: an opcode byte and an argument byte. An argument wider
 * than a byte is built by EXTENDED_ARG prefixes, each contributing 8 more high bits. An opcode with an
 * inline cache is followed by that many code units of cache, which are not instructions.
 */
final class Bytecode {

    private Bytecode() {}

    /**
     * One unit of {@code _unpack_opargs}: an instruction (an EXTENDED_ARG prefix is one of its own).
     *
     * @param op  the opcode byte as it is in the code, possibly a specialized or unknown opcode
     * @param arg the argument with the prefixes' bits, null for an opcode that takes none
     */
    record Unpacked(int offset, int op, Integer arg) {}

    /** {@return the opcode of this number, or null where 3.13 has none} */
    static Opcode opcode(int op) {
        return Opcode.byNumber(op);
    }

    /** {@return the name dis prints for an opcode number: {@code <N>} where 3.13 has none} */
    static String opname(int op) {
        Opcode o = opcode(op);
        return o == null ? "<" + op + ">" : o.name();
    }

    /** {@return _deoptop: the generic opcode of a specialized one, else the opcode; null if unknown} */
    static Opcode deopt(int op) {
        Opcode o = opcode(op);
        return o == null ? null : o.deoptimized();
    }

    /** {@return how many cache code units follow an instruction with this opcode byte} */
    static int cacheEntries(int op) {
        Opcode deop = deopt(op);
        return deop == null ? 0 : deop.cacheEntries();
    }

    /**
     * _unpack_opargs: the instructions of {@code code}, skipping inline caches. The argument is a C
     * int in CPython's interpreter, so the EXTENDED_ARG bits wrap around at 32 bits, as dis makes them.
     */
    static List<Unpacked> unpackOpargs(byte[] code) {
        List<Unpacked> out = new ArrayList<>();
        int extendedArg = 0;
        int caches = 0;
        for (int i = 0; i < code.length; i += 2) {   // CodeObject makes the length even
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xff;
            Opcode deop = deopt(op);
            caches = cacheEntries(op);
            Integer arg = null;
            if (deop != null && deop.hasArg()) {
                int value = (code[i + 1] & 0xff) | extendedArg;
                extendedArg = deop == Opcode.EXTENDED_ARG ? value << 8 : 0;
                arg = value;
            } else {
                extendedArg = 0;
            }
            out.add(new Unpacked(i, op, arg));
        }
        return out;
    }

    /** {@return _get_jump_target: where a jump goes, in bytes, or null if {@code op} does not jump} */
    static Integer jumpTarget(int op, Integer arg, int offset) {
        Opcode deop = deopt(op);
        if (deop == null || arg == null || !deop.has(Opcode.Flag.JUMP)) return null;
        int units = deop == Opcode.JUMP_BACKWARD || deop == Opcode.JUMP_BACKWARD_NO_INTERRUPT ? -arg : arg;
        return offset + 2 + units * 2 + 2 * deop.cacheEntries();
    }

    /**
     * _make_labels_map: label numbers, from 1 in offset order, for every jump target and every start,
     * end and target of an exception table entry.
     */
    static Map<Integer, Integer> labels(List<Unpacked> instructions, ExceptionTable exceptions) {
        Set<Integer> offsets = new TreeSet<>();
        for (Unpacked u : instructions) {
            Integer target = jumpTarget(u.op(), u.arg(), u.offset());
            if (target != null) offsets.add(target);
        }
        for (ExceptionTable.Entry e : exceptions.entries()) {
            offsets.add(e.start());
            offsets.add(e.end());
            offsets.add(e.target());
        }
        Map<Integer, Integer> labels = new HashMap<>();
        for (int offset : offsets) labels.put(offset, labels.size() + 1);
        return labels;
    }

    /**
     * findlinestarts: the offset where each run of {@code co_lines()} starts, with its line (null for
     * code of no line). The runs are already merged, so every run starts a new line.
     */
    static Map<Integer, Integer> linestarts(LineTable table) {
        Map<Integer, Integer> starts = new HashMap<>();
        for (LineTable.LineRange range : table.lines()) starts.put(range.start(), range.line());
        return starts;
    }

    /**
     * _get_lineno_width: the width of the line number column, 0 for none. Lines 0 and None do not
     * count towards it (Python's filter(None, ...)), but a None widens it to fit {@code --}.
     */
    static int linenoWidth(Map<Integer, Integer> linestarts) {
        int max = -1;
        for (Integer line : linestarts.values()) if (line != null && line != 0) max = Math.max(max, line);
        if (max == -1) return 0;
        int width = Math.max(3, String.valueOf(max).length());
        if (width < Formatter.NO_LINENO.length() && linestarts.containsValue(null)) width = Formatter.NO_LINENO.length();
        return width;
    }

    /**
     * _get_instructions_bytes: the instructions with their line numbers, labels, argreprs and cache
     * fields. A line number carries over from the last line start to the instructions after it.
     */
    static List<Instruction> instructions(byte[] code, List<Unpacked> units, Map<Integer, Integer> linestarts,
                                          ArgResolver resolver) {
        List<Instruction> out = new ArrayList<>();
        Integer lineNumber = null;
        for (Unpacked u : units) {
            boolean startsLine = linestarts.containsKey(u.offset());
            if (startsLine) lineNumber = linestarts.get(u.offset());
            List<Instruction.CacheEntry> cacheInfo = new ArrayList<>();
            Opcode deop = deopt(u.op());
            if (deop != null) {
                for (CacheFormat.Field field : CacheFormat.of(deop)) {
                    // dis reads every field from the first cache unit on (Lib/dis.py 3.13 does so too)
                    cacheInfo.add(new Instruction.CacheEntry(field.name(), field.size(),
                            littleEndian(code, u.offset() + 2, 2 * field.size())));
                }
            }
            out.add(new Instruction(opname(u.op()), u.arg(), resolver.argrepr(u.op(), u.arg(), u.offset()),
                    u.offset(), startsLine, lineNumber, resolver.labelAt(u.offset()), cacheInfo));
        }
        return out;
    }

    /** int.from_bytes(code[from:from+n], 'little'), where the slice may run past the end of the code. */
    private static long littleEndian(byte[] code, int from, int n) {
        long value = 0;
        for (int i = Math.min(from + n, code.length) - 1; i >= from; i--) value = value << 8 | (code[i] & 0xff);
        return value;
    }
}
