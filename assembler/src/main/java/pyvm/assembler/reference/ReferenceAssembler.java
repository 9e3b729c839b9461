package pyvm.assembler.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.assembler.Assembler;
import pyvm.assembler.CodeObject;
import pyvm.cfg.CodeUnit;
import pyvm.parser.ConstantValue;

/**
 * The reference assembler: what CPython 3.13 does with an optimized control-flow graph. A tour, in
 * the order of {@link #assemble}:
 * <ol>
 *   <li>{@link StackDepth}: the deepest the stack gets, and the depth each handler starts at.</li>
 *   <li>{@link LocalsPlus}: the frame's slots for locals, cells and free variables, and the
 *       MAKE_CELL and COPY_FREE_VARS that set them up.</li>
 *   <li>{@link PseudoOps}: SETUP_*, LOAD_CLOSURE and STORE_FAST_MAYBE_NULL become real.</li>
 *   <li>{@link Jumps}: no conditional jump goes backwards, the blocks are flattened into a
 *       sequence of {@link SeqInstr}, JUMP gets a direction and every jump a distance.</li>
 *   <li>{@link Bytecode}, {@link LocationTableWriter} and {@link ExceptionTableWriter} encode
 *       co_code, co_linetable and co_exceptiontable.</li>
 * </ol>
 * Steps 1 to 4 are _PyCfg_OptimizedCfgToInstructionSequence of Python/flowgraph.c, step 5 is
 * _PyAssemble_MakeCodeObject of Python/assemble.c. Nested code units, the constants of their
 * parent, are assembled first, as CPython has made their code objects by the time it gets here.
 */
public final class ReferenceAssembler implements Assembler {

    /** The name this implementation is selected by. */
    public static final String NAME = "reference";

    /** The constructor ServiceLoader calls. */
    public ReferenceAssembler() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CodeObject assemble(CodeUnit unit) {
        List<ConstantValue> consts = new ArrayList<>();
        for (ConstantValue c : unit.consts()) consts.add(c instanceof CodeUnit inner ? assemble(inner) : c);
        Graph g = new Graph(unit.cfg());
        int stackdepth = StackDepth.calculate(g);
        LocalsPlus localsplus = LocalsPlus.prepare(unit, g);
        PseudoOps.convert(g);
        Jumps.normalize(g);
        List<SeqInstr> seq = Jumps.flatten(g);
        Jumps.resolveUnconditional(seq);
        Jumps.resolveOffsets(seq);
        return new CodeObject(unit.argcount(), unit.posonlyargcount(), unit.kwonlyargcount(), stackdepth,
                unit.flags(), Bytecode.emit(seq), consts, unit.names(), localsplus.names(), localsplus.kinds(),
                unit.filename(), unit.name(), unit.qualname(), unit.firstlineno(),
                LocationTableWriter.write(seq, unit.firstlineno()), ExceptionTableWriter.write(seq));
    }
}
