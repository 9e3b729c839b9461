package pyvm.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Every real opcode has an entry in the popped and pushed tables, and its net effect is the same
 * whether or not it jumps; the golden code objects check the numbers themselves through co_stacksize.
 */
class StackEffectTest {

    @Test
    void everyRealOpcodeHasOneEffectOnBothPaths() {
        for (Opcode op : Opcode.values()) {
            if (op.isPseudo() || op == Opcode.INSTRUMENTED_LINE) continue;
            for (int oparg : new int[] {0, 1, 2, 3, 257}) {
                int net = StackEffect.pushed(op, oparg) - StackEffect.popped(op, oparg);
                assertEquals(net, StackEffect.effect(op, oparg, false), op + " " + oparg);
                assertEquals(net, StackEffect.effect(op, oparg, true), op + " " + oparg);
            }
        }
    }
}
