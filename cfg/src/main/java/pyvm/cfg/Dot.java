package pyvm.cfg;

import java.util.ArrayList;
import java.util.List;
import pyvm.parser.ConstantValue;

/**
 * The Graphviz form of code units: one cluster per unit, one box per basic block holding its
 * instructions, a solid edge where a block falls through, a bold one where it jumps and a dashed one
 * to an exception handler. Render it with {@code dot -Tsvg}.
 */
final class Dot {

    private Dot() {}

    static String of(CodeUnit unit) {
        List<CodeUnit> units = new ArrayList<>();
        collect(unit, units);
        StringBuilder out = new StringBuilder("digraph cfg {\n");
        out.append("  node [shape=box, fontname=\"monospace\"];\n");
        for (int u = 0; u < units.size(); u++) cluster(out, u, units.get(u));
        return out.append("}\n").toString();
    }

    private static void collect(CodeUnit unit, List<CodeUnit> units) {
        units.add(unit);
        for (ConstantValue c : unit.consts())
            if (c instanceof CodeUnit inner) collect(inner, units);
    }

    private static void cluster(StringBuilder out, int u, CodeUnit unit) {
        ControlFlowGraph g = unit.cfg();
        out.append("  subgraph cluster_").append(u).append(" {\n");
        out.append("    label=").append(quote(unit.qualname())).append(";\n");
        for (BasicBlock b : g.blocks()) {
            StringBuilder text = new StringBuilder(b.label().toString());
            if (b.exceptHandler()) text.append(" (except handler)");
            text.append("\\l");
            for (Instruction i : b.instructions()) {
                text.append(escape(i.lineno() < 0 ? "--" : Integer.toString(i.lineno()))).append(' ')
                    .append(i.opcode().name());
                if (i.opcode().hasArg() && i.target() == null) text.append(' ').append(i.oparg());
                String argrepr = ArgRepr.of(unit, i);
                if (!argrepr.isEmpty()) text.append(" (").append(escape(argrepr)).append(')');
                text.append("\\l");
            }
            out.append("    ").append(node(u, b.label())).append(" [label=\"").append(text).append("\"];\n");
        }
        for (BasicBlock b : g.blocks()) {
            BasicBlock next = g.next(b);
            if (b.hasFallthrough() && next != null)
                out.append("    ").append(node(u, b.label())).append(" -> ").append(node(u, next.label())).append(";\n");
            for (Instruction i : b.instructions())
                if (i.target() != null)
                    out.append("    ").append(node(u, b.label())).append(" -> ").append(node(u, i.target()))
                       .append(i.isBlockPush() ? " [style=dashed];\n" : " [style=bold];\n");
        }
        out.append("  }\n");
    }

    private static String node(int unit, Label label) {
        return "\"" + unit + "_" + label + "\"";
    }

    private static String quote(String s) {
        return "\"" + escape(s) + "\"";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
