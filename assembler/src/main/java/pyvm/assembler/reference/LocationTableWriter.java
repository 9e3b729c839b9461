package pyvm.assembler.reference;

import java.io.ByteArrayOutputStream;
import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.lexer.Location;

/**
 * co_linetable in the format of 3.11 and later (Objects/locations.md): one entry per run of at most
 * eight code units with the same location, in the shortest of five forms. The first byte is
 * {@code 1CCCCLLL}: the form's code and the run length minus one. Mirrors assemble_location_info
 * and write_location_info_entry of Python/assemble.c; pyvm.assembler.LineTable decodes it.
 */
final class LocationTableWriter {

    private static final int SHORT0 = 0;
    private static final int ONE_LINE0 = 10;
    private static final int NO_COLUMNS = 13;
    private static final int LONG = 14;
    private static final int NONE = 15;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** a_lineno: the line the next entry's line delta is relative to. */
    private int lineno;

    private LocationTableWriter(int firstlineno) {
        this.lineno = firstlineno;
    }

    /** assemble_location_info: {@return the table for the sequence} */
    static byte[] write(List<SeqInstr> seq, int firstlineno) {
        LocationTableWriter w = new LocationTableWriter(firstlineno);
        Location loc = Instruction.NO_LOCATION;
        int size = 0;
        for (SeqInstr instr : seq) {
            if (!loc.equals(instr.location)) {
                w.emit(loc, size);
                loc = instr.location;
                size = 0;
            }
            size += instr.size();
        }
        w.emit(loc, size);
        return w.out.toByteArray();
    }

    /** assemble_emit_location: runs longer than eight code units take several entries. */
    private void emit(Location loc, int isize) {
        if (isize == 0) return;
        while (isize > 8) {
            entry(loc, 8);
            isize -= 8;
        }
        entry(loc, isize);
    }

    /** write_location_info_entry. */
    private void entry(Location loc, int length) {
        if (loc.lineno() < 0) {
            firstByte(NONE, length);
            return;
        }
        int lineDelta = loc.lineno() - lineno;
        int column = loc.colOffset();
        int endColumn = loc.endColOffset();
        if (column < 0 || endColumn < 0) {
            if (loc.endLineno() == loc.lineno() || loc.endLineno() == -1) {
                firstByte(NO_COLUMNS, length);
                signedVarint(lineDelta);
                lineno = loc.lineno();
                return;
            }
        } else if (loc.endLineno() == loc.lineno()) {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                firstByte(SHORT0 + (column >> 3), length);
                out.write(((column & 7) << 4) | (endColumn - column));
                return;
            }
            if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                firstByte(ONE_LINE0 + lineDelta, length);
                out.write(column);
                out.write(endColumn);
                lineno = loc.lineno();
                return;
            }
        }
        firstByte(LONG, length);
        signedVarint(lineDelta);
        varint(loc.endLineno() - loc.lineno());
        varint(column + 1);
        varint(endColumn + 1);
        lineno = loc.lineno();
    }

    private void firstByte(int code, int length) {
        out.write(0x80 | code << 3 | (length - 1));
    }

    /** write_location_varint: six bits a byte, low bits first, 0x40 meaning more follow. */
    private void varint(int value) {
        while (value >= 64) {
            out.write(64 | (value & 63));
            value >>>= 6;
        }
        out.write(value);
    }

    /** write_location_signed_varint: the sign in the lowest bit. */
    private void signedVarint(int value) {
        varint(value < 0 ? (-value) << 1 | 1 : value << 1);
    }
}
