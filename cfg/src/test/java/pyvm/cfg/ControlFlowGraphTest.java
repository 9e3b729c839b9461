package pyvm.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;

/** The contract's graph: what its records accept, and the edges it derives from instructions. */
class ControlFlowGraphTest {

    static final Location LINE1 = new Location(1, 0, 1, 5);

    /** {@code if x: return 1} at module level, as the optimizer leaves it. */
    static CodeUnit ifReturn() {
        Label l0 = new Label(0), l1 = new Label(1), l2 = new Label(2);
        ControlFlowGraph g = new ControlFlowGraph(List.of(
                new BasicBlock(l0, List.of(
                        Instruction.of(Opcode.RESUME, 0, new Location(0, 0, 1, 0)),
                        Instruction.of(Opcode.LOAD_NAME, 0, LINE1),
                        Instruction.of(Opcode.TO_BOOL, 0, LINE1),
                        Instruction.jump(Opcode.POP_JUMP_IF_FALSE, l2, LINE1)), false, false, false),
                new BasicBlock(l1, List.of(Instruction.of(Opcode.RETURN_CONST, 0, LINE1)), false, false, false),
                new BasicBlock(l2, List.of(Instruction.of(Opcode.RETURN_CONST, 1, LINE1)), false, false, false)));
        return new CodeUnit("<module>", "<module>", "t.py", 1, 0, 0, 0, 0,
                List.of(ConstantValue.Int.of(1), ConstantValue.NONE), List.of("x"), List.of(), List.of(), List.of(),
                List.of(), g);
    }

    @Test
    void jumpsNeedATargetAndOthersMustNotHaveOne() {
        assertThrows(IllegalArgumentException.class, () -> new Instruction(Opcode.JUMP, 0, null, LINE1, null));
        assertThrows(IllegalArgumentException.class, () -> new Instruction(Opcode.NOP, 0, new Label(1), LINE1, null));
        assertThrows(IllegalArgumentException.class, () -> Instruction.of(Opcode.POP_TOP, 3, LINE1));
        assertThrows(IllegalArgumentException.class, () -> Instruction.of(Opcode.LOAD_CONST, -1, LINE1));
    }

    @Test
    void aSetupNamesItsHandlerAsTarget() {
        Instruction setup = Instruction.jump(Opcode.SETUP_FINALLY, new Label(4), LINE1);
        assertTrue(setup.isBlockPush());
        assertFalse(setup.isJump());
        assertEquals(Opcode.NOP, setup.with(Opcode.NOP, 0).opcode());
        assertEquals(null, setup.with(Opcode.NOP, 0).target());
    }

    @Test
    void graphsRejectDuplicateLabelsAndDanglingJumps() {
        BasicBlock a = new BasicBlock(new Label(0), List.of(Instruction.of(Opcode.RETURN_CONST, 0, LINE1)), false, false, false);
        assertThrows(IllegalArgumentException.class, () -> new ControlFlowGraph(List.of(a, a)));
        BasicBlock dangling = new BasicBlock(new Label(1),
                List.of(Instruction.jump(Opcode.JUMP, new Label(7), LINE1)), false, false, false);
        assertThrows(IllegalArgumentException.class, () -> new ControlFlowGraph(List.of(a, dangling)));
    }

    @Test
    void successorsAreTheFallthroughThenTheTargets() {
        ControlFlowGraph g = ifReturn().cfg();
        assertEquals(List.of(new Label(1), new Label(2)), g.successors(g.entry()));
        assertEquals(List.of(), g.successors(g.block(new Label(1))));
        assertTrue(g.entry().hasFallthrough());
        assertFalse(g.block(new Label(1)).hasFallthrough());
    }

    @Test
    void recordsCompareByValue() {
        assertEquals(ifReturn(), ifReturn());
        assertEquals(ifReturn().hashCode(), ifReturn().hashCode());
    }
}
