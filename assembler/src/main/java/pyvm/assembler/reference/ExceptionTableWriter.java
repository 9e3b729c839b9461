package pyvm.assembler.reference;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * co_exceptiontable: one entry per run of instructions with the same handler, each four varints
 * (start, length, handler offset, depth and lasti), the start's first byte marked with bit 7.
 * Varints are big-endian here, six bits a byte, 0x40 meaning more follow. Mirrors
 * assemble_exception_table and assemble_emit_exception_table_entry of Python/assemble.c;
 * pyvm.assembler.ExceptionTable decodes it.
 */
final class ExceptionTableWriter {

    private ExceptionTableWriter() {}

    static byte[] write(List<SeqInstr> seq) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ioffset = 0;
        SeqInstr handler = null;
        int start = -1;
        for (SeqInstr instr : seq) {
            int current = handler == null ? -1 : handler.handler;
            if (instr.handler != current) {
                if (handler != null && handler.handler >= 0) entry(out, seq, start, ioffset, handler);
                start = ioffset;
                handler = instr;
            }
            ioffset += instr.size();
        }
        if (handler != null && handler.handler >= 0) entry(out, seq, start, ioffset, handler);
        return out.toByteArray();
    }

    /** assemble_emit_exception_table_entry: the depth excludes the exception (and lasti) pushed. */
    private static void entry(ByteArrayOutputStream out, List<SeqInstr> seq, int start, int end, SeqInstr h) {
        int depth = h.handlerDepth - 1 - (h.handlerLasti ? 1 : 0);
        if (depth < 0) throw new IllegalStateException("handler at depth " + h.handlerDepth);
        item(out, start, 0x80);
        item(out, end - start, 0);
        item(out, seq.get(h.handler).offset, 0);
        item(out, depth << 1 | (h.handlerLasti ? 1 : 0), 0);
    }

    /** assemble_emit_exception_table_item. */
    private static void item(ByteArrayOutputStream out, int value, int msb) {
        for (int shift = 24; shift > 0; shift -= 6) {
            if (value >= 1 << shift) {
                out.write(((value >> shift) & 0x3f) | 0x40 | msb);
                msb = 0;
            }
        }
        out.write((value & 0x3f) | msb);
    }
}
