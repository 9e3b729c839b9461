package pyvm.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pyvm.lexer.Location;

/**
 * The listing and the DOT form: every block appears once with its instructions, arguments resolved
 * as dis resolves them, its successors; every DOT edge joins declared nodes.
 */
class PrintedFormsTest {

    @Test
    void theListingShowsBlocksInstructionsResolvedArgumentsAndSuccessors() {
        CodeUnit unit = ControlFlowGraphTest.ifReturn();
        List<String> lines = unit.listing().lines().toList();
        List<String> labels = lines.stream().filter(l -> l.matches("L\\d+:.*")).toList();
        assertEquals(List.of("L0:", "L1:", "L2:"), labels);
        assertTrue(lines.stream().anyMatch(l -> l.contains("LOAD_NAME") && l.endsWith("0 (x)")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("POP_JUMP_IF_FALSE") && l.endsWith("(to L2)")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("RETURN_CONST") && l.endsWith("1 (None)")));
        assertTrue(lines.contains("        -> L1, L2"));
        assertEquals(2, lines.stream().filter(l -> l.equals("        -> exit")).count());
    }

    @Test
    void cellAndFreeVariablesAreNamedByTheirPlaceAmongCellsThenFrees() {
        CodeUnit unit = function(List.of(), List.of("a", "b"), List.of("c0", "c1"), List.of("f0"),
                Instruction.of(Opcode.LOAD_CLOSURE, 1, LINE1),
                Instruction.of(Opcode.LOAD_DEREF, 2, LINE1),
                Instruction.of(Opcode.LOAD_FAST_LOAD_FAST, 0x01, LINE1));
        List<String> lines = unit.listing().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("LOAD_CLOSURE") && l.endsWith("1 (c1)")), unit.listing());
        assertTrue(lines.stream().anyMatch(l -> l.contains("LOAD_DEREF") && l.endsWith("2 (f0)")), unit.listing());
        assertTrue(lines.stream().anyMatch(l -> l.contains("LOAD_FAST_LOAD_FAST") && l.endsWith("(a, b)")), unit.listing());
    }

    /** 3.13's dis puts the pushed NULL after a global's name, and shows no operator for CONTAINS_OP and IS_OP. */
    @Test
    void globalsCallsAndMembershipPrintAsDis313Does() {
        CodeUnit unit = function(List.of("print", "x"), List.of(), List.of(), List.of(),
                Instruction.of(Opcode.LOAD_GLOBAL, 1, LINE1),
                Instruction.of(Opcode.LOAD_GLOBAL, 2, LINE1),
                Instruction.of(Opcode.CONTAINS_OP, 1, LINE1),
                Instruction.of(Opcode.IS_OP, 0, LINE1));
        List<String> lines = unit.listing().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("LOAD_GLOBAL") && l.endsWith("1 (print + NULL)")), unit.listing());
        assertTrue(lines.stream().anyMatch(l -> l.contains("LOAD_GLOBAL") && l.endsWith("2 (x)")), unit.listing());
        assertTrue(lines.stream().anyMatch(l -> l.contains("CONTAINS_OP") && l.endsWith("1")), unit.listing());
        assertTrue(lines.stream().anyMatch(l -> l.contains("IS_OP") && l.endsWith("0")), unit.listing());
    }

    private static final Location LINE1 = ControlFlowGraphTest.LINE1;

    /** {@return a function {@code f} of one block: {@code body}, then RETURN_VALUE} */
    private static CodeUnit function(List<String> names, List<String> varnames, List<String> cellvars,
                                     List<String> freevars, Instruction... body) {
        List<Instruction> block = new ArrayList<>(List.of(body));
        block.add(Instruction.of(Opcode.RETURN_VALUE, 0, LINE1));
        ControlFlowGraph g = new ControlFlowGraph(List.of(new BasicBlock(new Label(0), block, false, false, false)));
        return new CodeUnit("f", "f", "t.py", 1, 1, 0, 0, 0, List.of(), names, varnames, cellvars, freevars, List.of(), g);
    }

    @Test
    void theDotFormHasANodePerBlockAndOnlyEdgesBetweenThem() {
        CodeUnit unit = ControlFlowGraphTest.ifReturn();
        String dot = unit.dot();
        Set<String> nodes = new HashSet<>();
        Matcher node = Pattern.compile("(\"[^\"]+\") \\[label=").matcher(dot);
        while (node.find()) nodes.add(node.group(1));
        assertEquals(3, nodes.size());
        Matcher edge = Pattern.compile("(\"[^\"]+\") -> (\"[^\"]+\")").matcher(dot);
        int edges = 0;
        while (edge.find()) {
            assertTrue(nodes.contains(edge.group(1)) && nodes.contains(edge.group(2)), edge.group());
            edges++;
        }
        assertEquals(2, edges);
        assertTrue(dot.startsWith("digraph cfg {") && dot.strip().endsWith("}"));
    }

    @Test
    void codeFlagsPrintAsDisDoes() {
        assertEquals("OPTIMIZED, NEWLOCALS", CodeFlags.pretty(CodeFlags.CO_OPTIMIZED | CodeFlags.CO_NEWLOCALS));
        assertEquals("0x0", CodeFlags.pretty(0));
        assertEquals("VARARGS, 0x1000000", CodeFlags.pretty(CodeFlags.CO_VARARGS | CodeFlags.CO_FUTURE_ANNOTATIONS));
    }
}
