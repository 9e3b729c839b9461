package pyvm.cfg;

import java.util.List;
import java.util.Objects;
import pyvm.parser.ConstantValue;

/**
 * One unit of compilation: a module body, a function, a lambda, a class body or a comprehension,
 * compiled to an optimized control-flow graph, together with everything the assembler needs to make
 * its code object. Mirrors what compile.c hands to the assembler: _PyCompile_CodeUnitMetadata
 * (u_name, u_qualname, the u_consts/u_names/u_varnames/u_cellvars/u_freevars tables, the argument
 * counts, u_firstlineno), the code flags and the cfg_builder.
 * A nested unit is a constant of the unit around it, as a code object is a constant of its parent;
 * that is why this record is a {@link ConstantValue.Code}.
 *
 * @param name            co_name
 * @param qualname        co_qualname, dot-separated, with {@code <locals>} inside functions
 * @param filename        co_filename
 * @param firstlineno     co_firstlineno: the line of the {@code def} (of its first decorator), 1 for a module
 * @param argcount        positional parameters, positional-only ones included (co_argcount)
 * @param posonlyargcount positional-only parameters (co_posonlyargcount)
 * @param kwonlyargcount  keyword-only parameters (co_kwonlyargcount)
 * @param flags           co_flags, from {@link CodeFlags}
 * @param consts          the constants LOAD_CONST and RETURN_CONST index, unused ones removed
 * @param names           the global, attribute and module-level names the *_NAME, *_GLOBAL and
 *                        *_ATTR opcodes index
 * @param varnames        the fast locals, parameters first, that *_FAST opcodes index
 * @param cellvars        the locals that inner scopes capture; *_DEREF opcodes index cellvars then
 *                        freevars until the assembler lays out co_localsplusnames
 * @param freevars        the variables captured from enclosing scopes
 * @param fasthidden      the locals that are fast only inside a comprehension 3.13 inlined into a
 *                        module or class body (u_fasthidden), hidden from {@code locals()}
 * @param cfg             the optimized graph, still with pseudo-instructions and labels
 */
public record CodeUnit(String name, String qualname, String filename, int firstlineno,
                       int argcount, int posonlyargcount, int kwonlyargcount, int flags,
                       List<ConstantValue> consts, List<String> names, List<String> varnames,
                       List<String> cellvars, List<String> freevars, List<String> fasthidden,
                       ControlFlowGraph cfg)
        implements ConstantValue.Code {

    public CodeUnit {
        Objects.requireNonNull(name);
        Objects.requireNonNull(qualname);
        Objects.requireNonNull(filename);
        consts = List.copyOf(consts);
        names = List.copyOf(names);
        varnames = List.copyOf(varnames);
        cellvars = List.copyOf(cellvars);
        freevars = List.copyOf(freevars);
        fasthidden = List.copyOf(fasthidden);
        Objects.requireNonNull(cfg);
    }

    /**
     * {@return {@code <code object NAME at 0x..., file "FILE", line N>}, as repr(code) prints it}
     * A code unit has no address; the number shown is derived from its name, file and line, so a
     * listing reads the same on every run.
     */
    @Override
    public String repr() {
        long address = 0x7f0000000000L | (Objects.hash(name, qualname, filename, firstlineno) & 0xffffffffL) << 4;
        return "<code object " + name + " at 0x" + Long.toHexString(address) + ", file \"" + filename
                + "\", line " + firstlineno + ">";
    }

    /** {@return this unit and the units nested in it, in the order their constants appear, as a readable listing} */
    public String listing() {
        return Listing.of(this);
    }

    /** {@return this unit and the units nested in it as a Graphviz DOT digraph, one cluster per unit} */
    public String dot() {
        return Dot.of(this);
    }

    /**
     * {@return the name a local-variable opcode's argument stands for} The *_DEREF opcodes, MAKE_CELL
     * and LOAD_CLOSURE count cells then free variables, as the compiler numbers them until the
     * assembler places them after the locals (fix_cell_offsets); the others index varnames.
     */
    public String localName(Opcode opcode, int index) {
        if (opcode.has(Opcode.Flag.FREE) || opcode == Opcode.LOAD_CLOSURE)
            return index < cellvars.size() ? cellvars.get(index) : freevars.get(index - cellvars.size());
        return varnames.get(index);
    }
}
