package pyvm.dis.reference;

import java.util.List;
import java.util.Map;
import pyvm.assembler.CodeObject;
import pyvm.assembler.ExceptionTable;
import pyvm.dis.Disassembler;
import pyvm.parser.ConstantValue;

/**
 * The reference disassembler: the listing of {@code python3.13 -m dis}, as Lib/dis.py (3.13) makes it.
 *
 * <p>A tour, in dis.py's own order:
 * <ol>
 *   <li>{@link Bytecode#unpackOpargs} splits co_code into instructions, folding EXTENDED_ARG prefixes
 *       into arguments and skipping inline caches;</li>
 *   <li>{@link Bytecode#labels} numbers the offsets anything jumps to, and the exception table's
 *       ranges and handlers, as {@code L1}, {@code L2}, ...;</li>
 *   <li>{@link Bytecode#linestarts} reads the line table for the offsets where source lines start;</li>
 *   <li>{@link ArgResolver} says what each argument means: a constant's repr, a name, a local, a
 *       label, an operator;</li>
 *   <li>{@link Formatter} lays out one line per instruction, then the exception table;</li>
 *   <li>the code objects among the constants follow, each under "Disassembly of ...:".</li>
 * </ol>
 */
public final class ReferenceDisassembler implements Disassembler {

    /** The name this implementation is selected by. */
    public static final String NAME = "reference";

    /** The constructor ServiceLoader calls. */
    public ReferenceDisassembler() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String dis(CodeObject code, Options options) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(code, options, out);
        return out.toString();
    }

    /** _disassemble_recursive: this code object, then each code object among its constants. */
    private static void disassembleRecursive(CodeObject code, Options options, StringBuilder out) {
        disassemble(code, options, out);
        for (ConstantValue c : code.coConsts()) {
            if (c instanceof CodeObject nested) {
                out.append("\nDisassembly of ").append(nested.repr()).append(":\n");
                disassembleRecursive(nested, options, out);
            }
        }
    }

    /** disassemble: one code object's instructions and exception table. */
    private static void disassemble(CodeObject co, Options options, StringBuilder out) {
        byte[] code = co.coCode();
        Map<Integer, Integer> linestarts = Bytecode.linestarts(co.lineTable());
        ExceptionTable exceptions = co.exceptionTable();
        List<Bytecode.Unpacked> units = Bytecode.unpackOpargs(code);
        Map<Integer, Integer> labels = Bytecode.labels(units, exceptions);
        int labelWidth = 4 + String.valueOf(labels.size()).length();
        int offsetWidth = options.showOffsets() ? String.valueOf(Math.max(code.length - 2, 9999)).length() : 0;
        Formatter formatter = new Formatter(out, Bytecode.linenoWidth(linestarts), offsetWidth, labelWidth,
                options.showCaches());
        ArgResolver resolver = new ArgResolver(co, labels);
        for (Instruction instruction : Bytecode.instructions(code, units, linestarts, resolver))
            formatter.printInstruction(instruction);
        formatter.printExceptionTable(exceptions, labels);
    }
}
