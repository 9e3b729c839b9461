package pyvm.cfg;

import java.util.List;
import pyvm.parser.ConstantValue;

/**
 * The printed form of code units that {@code pyvm cfg FILE} shows: for each unit, its metadata in the
 * words of dis.code_info, then each basic block with its label and flags, its instructions laid out
 * as dis lays out bytecode (line number, opcode name, argument, resolved argument) and the blocks
 * it may continue with. Nested units follow their parent, as dis's "Disassembly of" sections do.
 */
final class Listing {

    private Listing() {}

    static String of(CodeUnit unit) {
        StringBuilder out = new StringBuilder();
        unit(out, unit);
        return out.toString();
    }

    private static void unit(StringBuilder out, CodeUnit unit) {
        out.append("Code unit ").append(unit.repr()).append(":\n");
        out.append("  Name:              ").append(unit.name()).append('\n');
        out.append("  Qualified name:    ").append(unit.qualname()).append('\n');
        out.append("  Argument count:    ").append(unit.argcount()).append('\n');
        out.append("  Positional-only arguments: ").append(unit.posonlyargcount()).append('\n');
        out.append("  Kw-only arguments: ").append(unit.kwonlyargcount()).append('\n');
        out.append("  Flags:             ").append(CodeFlags.pretty(unit.flags())).append('\n');
        table(out, "Constants", unit.consts().stream().map(ConstantValue::repr).toList());
        table(out, "Names", unit.names());
        table(out, "Variable names", unit.varnames());
        table(out, "Cell variables", unit.cellvars());
        table(out, "Free variables", unit.freevars());
        ControlFlowGraph g = unit.cfg();
        for (BasicBlock b : g.blocks()) block(out, unit, g, b);
        for (ConstantValue c : unit.consts())
            if (c instanceof CodeUnit inner) {
                out.append('\n');
                unit(out, inner);
            }
    }

    private static void table(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) return;
        out.append("  ").append(title).append(":\n");
        for (int i = 0; i < items.size(); i++)
            out.append(String.format("  %4d: %s%n", i, items.get(i)));
    }

    private static void block(StringBuilder out, CodeUnit unit, ControlFlowGraph g, BasicBlock b) {
        out.append('\n').append(b.label()).append(':');
        if (b.exceptHandler()) out.append(" except-handler");
        if (b.preserveLasti()) out.append(" preserve-lasti");
        if (b.cold()) out.append(" cold");
        out.append('\n');
        int line = Integer.MIN_VALUE;
        for (Instruction i : b.instructions()) {
            String lineno = i.lineno() == line ? "" : i.lineno() < 0 ? "--" : Integer.toString(i.lineno());
            line = i.lineno();
            String arg = i.opcode().hasArg() && i.target() == null ? Integer.toString(i.oparg()) : "";
            String argrepr = ArgRepr.of(unit, i);
            String text = String.format("%4s    %-28s %5s", lineno, i.opcode().name(), arg);
            if (!argrepr.isEmpty()) text += " (" + argrepr + ")";
            if (i.exceptHandler() != null) text += "  [except " + i.exceptHandler() + "]";
            out.append(text.stripTrailing()).append('\n');
        }
        List<Label> successors = g.successors(b);
        out.append("        -> ")
           .append(successors.isEmpty() ? "exit" : String.join(", ", successors.stream().map(Label::toString).toList()))
           .append('\n');
    }
}
