package pyvm.dis.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pyvm.assembler.ExceptionTable;

/**
 * Lays out the listing's lines. Mirrors {@code dis.Formatter} (Lib/dis.py 3.13): the columns are the
 * line number (where a line starts), the label, the offset (with {@code -O}), the opcode name padded
 * to 20, the argument right-aligned in 5, and the argrepr in parentheses; a blank line comes before
 * each new source line; {@code -C} adds a CACHE line per inline cache unit.
 */
final class Formatter {

    /** What the line column shows for code of no line (dis._NO_LINENO). */
    static final String NO_LINENO = "  --";
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;

    private final StringBuilder out;
    private final int linenoWidth;
    private final int offsetWidth;
    private final int labelWidth;
    private final boolean showCaches;

    /**
     * @param linenoWidth the line column's width, 0 for no column
     * @param offsetWidth the offset column's width, 0 for no column
     * @param labelWidth  the label column's width
     */
    Formatter(StringBuilder out, int linenoWidth, int offsetWidth, int labelWidth, boolean showCaches) {
        this.out = out;
        this.linenoWidth = linenoWidth;
        this.offsetWidth = offsetWidth;
        this.labelWidth = labelWidth;
        this.showCaches = showCaches;
    }

    /** print_instruction: the instruction's line, then with -C one line per cache unit. */
    void printInstruction(Instruction instr) {
        printInstructionLine(instr.opname(), instr.arg(), instr.argrepr(), instr.offset(), instr.startsLine(),
                instr.lineNumber(), instr.label());
        if (!showCaches) return;
        int offset = instr.offset();
        for (Instruction.CacheEntry entry : instr.cacheInfo()) {
            for (int i = 0; i < entry.size(); i++) {
                offset += 2;
                // only the first unit of a field shows its name and value
                String argrepr = i == 0 ? entry.name() + ": " + entry.value() : "";
                printInstructionLine("CACHE", 0, argrepr, offset, false, null, null);
            }
        }
    }

    private void printInstructionLine(String opname, Integer arg, String argrepr, int offset, boolean startsLine,
                                      Integer lineNumber, Integer label) {
        if (linenoWidth > 0 && startsLine && offset > 0) out.append('\n');
        List<String> fields = new ArrayList<>();
        if (linenoWidth > 0)
            fields.add(padLeft(!startsLine ? "" : lineNumber == null ? NO_LINENO : lineNumber.toString(), linenoWidth));
        fields.add(padLeft(label == null ? "" : "L" + label + ":", labelWidth));
        if (offsetWidth > 0) fields.add(padLeft(Integer.toString(offset), offsetWidth) + "  ");
        fields.add("   ");   // where dis marks the current instruction of a traceback with -->
        fields.add(padRight(opname, OPNAME_WIDTH));
        if (arg != null) {
            // a name longer than its column pushes the argument right, but only as far as it must
            int opnameExcess = Math.max(0, opname.length() - OPNAME_WIDTH);
            fields.add(padLeft(arg.toString(), OPARG_WIDTH - opnameExcess));
            if (!argrepr.isEmpty()) fields.add("(" + argrepr + ")");
        }
        out.append(String.join(" ", fields).stripTrailing()).append('\n');
    }

    /** print_exception_table: each range by its labels, with the stack depth and lasti. */
    void printExceptionTable(ExceptionTable table, Map<Integer, Integer> labels) {
        if (table.entries().isEmpty()) return;
        out.append("ExceptionTable:\n");
        for (ExceptionTable.Entry e : table.entries()) {
            out.append("  L").append(labels.get(e.start())).append(" to L").append(labels.get(e.end()))
                    .append(" -> L").append(labels.get(e.target())).append(" [").append(e.depth()).append(']')
                    .append(e.lasti() ? " lasti" : "").append('\n');
        }
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
