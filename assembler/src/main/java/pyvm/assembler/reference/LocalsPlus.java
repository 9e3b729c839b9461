package pyvm.assembler.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.assembler.LocalKind;
import pyvm.cfg.CodeFlags;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;

/**
 * The frame's "fast locals plus": locals first, then cells, then free variables, in one array. A
 * parameter that an inner function captures is one slot that is both local and cell, so its cell
 * index maps onto the parameter's slot. The code generator numbered cells and free variables on
 * their own; this pass gives the DEREF instructions their final slots and adds the instructions
 * that set the cells up on entry. Mirrors prepare_localsplus, build_cellfixedoffsets,
 * insert_prefix_instructions and fix_cell_offsets of Python/flowgraph.c, and
 * compute_localsplus_info of Python/assemble.c.
 *
 * @param names co_localsplusnames
 * @param kinds co_localspluskinds
 */
record LocalsPlus(List<String> names, byte[] kinds) {

    /** prepare_localsplus: rewrites the graph and {@return the names and kinds of the slots} */
    static LocalsPlus prepare(CodeUnit unit, Graph g) {
        int[] cellfixedoffsets = buildCellfixedoffsets(unit);
        insertPrefixInstructions(unit, g.blocks.getFirst(), cellfixedoffsets);
        fixCellOffsets(unit, g, cellfixedoffsets);
        return computeInfo(unit);
    }

    /** build_cellfixedoffsets: cell i goes after the locals, unless it is a parameter's own slot. */
    private static int[] buildCellfixedoffsets(CodeUnit unit) {
        int nlocals = unit.varnames().size();
        int noffsets = unit.cellvars().size() + unit.freevars().size();
        int[] fixed = new int[noffsets];
        for (int i = 0; i < noffsets; i++) fixed[i] = nlocals + i;
        for (int i = 0; i < unit.cellvars().size(); i++) {
            int argoffset = unit.varnames().indexOf(unit.cellvars().get(i));
            if (argoffset >= 0) fixed[i] = argoffset;
        }
        return fixed;
    }

    /**
     * insert_prefix_instructions: COPY_FREE_VARS, then a MAKE_CELL per cell in slot order, then for
     * generators RETURN_GENERATOR and POP_TOP, all before the RESUME.
     */
    private static void insertPrefixInstructions(CodeUnit unit, Block entry, int[] fixed) {
        List<Instruction> prefix = new ArrayList<>();
        if (!unit.freevars().isEmpty())
            prefix.add(Instruction.of(Opcode.COPY_FREE_VARS, unit.freevars().size(), Instruction.NO_LOCATION));
        int ncellvars = unit.cellvars().size();
        if (ncellvars > 0) {
            int[] sorted = new int[ncellvars + unit.varnames().size()];
            for (int i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
            for (int i = 0, used = 0; used < ncellvars; i++) {
                if (sorted[i] == 0) continue;
                // The argument is the cell's index; fix_cell_offsets turns it into the slot.
                prefix.add(Instruction.of(Opcode.MAKE_CELL, sorted[i] - 1, Instruction.NO_LOCATION));
                used++;
            }
        }
        if ((unit.flags() & (CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR)) != 0) {
            Location loc = new Location(unit.firstlineno(), -1, unit.firstlineno(), -1);
            prefix.add(Instruction.of(Opcode.RETURN_GENERATOR, 0, loc));
            prefix.add(Instruction.of(Opcode.POP_TOP, 0, loc));
        }
        entry.instr.addAll(0, prefix);
    }

    /** fix_cell_offsets: the DEREF family and LOAD_CLOSURE index slots from here on. */
    private static void fixCellOffsets(CodeUnit unit, Graph g, int[] fixedmap) {
        int nlocals = unit.varnames().size();
        int numdropped = 0;
        for (int i = 0; i < fixedmap.length; i++) {
            if (fixedmap[i] == i + nlocals) fixedmap[i] -= numdropped;
            else numdropped++;   // a cell that is also a parameter
        }
        for (Block b : g.blocks) {
            for (int k = 0; k < b.instr.size(); k++) {
                Instruction inst = b.instr.get(k);
                switch (inst.opcode()) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF ->
                            b.instr.set(k, inst.with(inst.opcode(), fixedmap[inst.oparg()]));
                    default -> { }
                }
            }
        }
    }

    /** compute_localsplus_info: each slot's name and its CO_FAST_* kind bits. */
    private static LocalsPlus computeInfo(CodeUnit unit) {
        List<String> names = new ArrayList<>();
        List<Byte> kinds = new ArrayList<>();
        for (String name : unit.varnames()) {
            int kind = LocalKind.LOCAL.mask();
            if (unit.fasthidden().contains(name)) kind |= LocalKind.HIDDEN.mask();
            if (unit.cellvars().contains(name)) kind |= LocalKind.CELL.mask();
            names.add(name);
            kinds.add((byte) kind);
        }
        for (String name : unit.cellvars()) {
            if (unit.varnames().contains(name)) continue;   // already a local's slot
            names.add(name);
            kinds.add((byte) LocalKind.CELL.mask());
        }
        for (String name : unit.freevars()) {
            names.add(name);
            kinds.add((byte) LocalKind.FREE.mask());
        }
        byte[] bytes = new byte[kinds.size()];
        for (int i = 0; i < bytes.length; i++) bytes[i] = kinds.get(i);
        return new LocalsPlus(names, bytes);
    }
}
