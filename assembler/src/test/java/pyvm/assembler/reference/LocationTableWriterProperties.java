package pyvm.assembler.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import pyvm.assembler.LineTable;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;

/**
 * The location table the assembler writes reads back, through the contract's decoder, as the
 * locations it was given: every code unit of every instruction, inline caches included, reports its
 * instruction's span, whichever of the five entry forms was chosen and however long the run.
 */
class LocationTableWriterProperties {

    @Property
    void everyCodeUnitReadsBackItsInstructionsLocation(@ForAll("instructions") @Size(max = 60) List<SeqInstr> seq,
                                                       @ForAll @IntRange(min = 1, max = 1000) int firstlineno) {
        Jumps.resolveOffsets(seq);
        List<Location> expected = new ArrayList<>();
        for (SeqInstr instr : seq)
            for (int unit = 0; unit < instr.size(); unit++)
                expected.add(instr.location.lineno() < 0 ? null : instr.location);
        byte[] table = LocationTableWriter.write(seq, firstlineno);
        assertEquals(expected, LineTable.decode(table, firstlineno).positions());
    }

    @Provide
    Arbitrary<List<SeqInstr>> instructions() {
        Arbitrary<Opcode> opcodes = Arbitraries.of(Opcode.NOP, Opcode.LOAD_GLOBAL, Opcode.CALL, Opcode.BINARY_OP, Opcode.LOAD_CONST);
        Arbitrary<Integer> opargs = Arbitraries.oneOf(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 1 << 20));
        return Combinators.combine(opcodes, opargs, locations())
                .as((op, arg, loc) -> new SeqInstr(op, op.hasArg() ? arg : 0, loc, -1, -1, -1, false))
                .list();
    }

    /** Spans as the compiler makes them: none, a line without columns, or a line and columns. */
    private Arbitrary<Location> locations() {
        Arbitrary<Integer> lines = Arbitraries.integers().between(0, 1200);
        Arbitrary<Integer> columns = Arbitraries.integers().between(0, 300);
        Arbitrary<Location> withColumns = Combinators.combine(lines, Arbitraries.integers().between(0, 3), columns, columns)
                .as((line, extra, col, width) -> new Location(line, col, line + extra, extra == 0 ? col + width % 20 : width));
        Arbitrary<Location> noColumns = lines.map(line -> new Location(line, -1, line, -1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Instruction.NO_LOCATION)),
                net.jqwik.api.Tuple.of(1, noColumns),
                net.jqwik.api.Tuple.of(6, withColumns));
    }
}
