package pyvm.assembler.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import pyvm.assembler.ExceptionTable;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;

/**
 * The exception table the assembler writes reads back, through the contract's decoder, as one entry
 * per run of instructions under the same handler: the run's byte range, the handler's offset, and
 * the depth without the exception (and lasti) that the handler finds pushed.
 */
class ExceptionTableWriterProperties {

    /** Which handler, if any, covers each instruction: -1 or an index into the same sequence. */
    @Property
    void eachRunUnderOneHandlerIsOneEntry(@ForAll("handlers") @Size(min = 1, max = 80) List<Integer> handlers,
                                          @ForAll("depths") int depth, @ForAll boolean lasti) {
        int n = handlers.size();
        List<SeqInstr> seq = new ArrayList<>();
        for (int h : handlers) {
            int handler = h < 0 ? -1 : h % n;
            Opcode op = handler >= 0 && handler % 3 == 0 ? Opcode.LOAD_GLOBAL : Opcode.LOAD_CONST;
            seq.add(new SeqInstr(op, handler >= 0 ? 300 : 1, Instruction.NO_LOCATION, -1,
                    handler, depth + 1 + (lasti ? 1 : 0), lasti));
        }
        Jumps.resolveOffsets(seq);
        List<ExceptionTable.Entry> expected = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && seq.get(j).handler == seq.get(i).handler) j++;
            if (seq.get(i).handler >= 0) {
                int end = seq.get(j - 1).offset + seq.get(j - 1).size();
                expected.add(new ExceptionTable.Entry(seq.get(i).offset * 2, end * 2,
                        seq.get(seq.get(i).handler).offset * 2, depth, lasti));
            }
            i = j;
        }
        assertEquals(expected, ExceptionTable.decode(ExceptionTableWriter.write(seq)).entries());
    }

    @Provide
    Arbitrary<List<Integer>> handlers() {
        Arbitrary<Integer> one = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 1000));
        // runs: repeat each choice a few times, as try blocks cover consecutive instructions
        return Arbitraries.integers().between(1, 6).flatMap(run -> one.map(h -> java.util.Collections.nCopies(run, h)))
                .list().ofMaxSize(20).map(runs -> runs.stream().flatMap(List::stream).toList());
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 1 << 20));
    }
}
