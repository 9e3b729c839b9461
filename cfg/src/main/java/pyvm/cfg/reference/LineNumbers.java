package pyvm.cfg.reference;

import pyvm.cfg.Instruction;
import pyvm.lexer.Location;

/**
 * Every instruction gets the line of the source it belongs to (PEP 626): instructions the code
 * generator left without a location take their predecessor's, and an exit block that several jumps
 * share is copied, so each copy can carry the line of the jump that leads to it. Mirrors
 * resolve_line_numbers, duplicate_exits_without_lineno and propagate_line_numbers of
 * Python/flowgraph.c.
 */
final class LineNumbers {

    private LineNumbers() {}

    /** resolve_line_numbers. */
    static void resolveLineNumbers(CfgBuilder g, int firstlineno) {
        duplicateExitsWithoutLineno(g);
        propagateLineNumbers(g);
    }

    /**
     * duplicate_exits_without_lineno: a jump to an exit without a line number (a return, or a block
     * that checks the eval breaker) gets its own copy of that exit, reporting the jump's line.
     */
    private static void duplicateExitsWithoutLineno(CfgBuilder g) {
        for (Block b : g) {
            Instruction last = b.last();
            if (last == null || !last.isJump()) continue;
            Block target = nextNonempty(g.target(last));
            if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
                Block newTarget = g.copy(target);
                newTarget.instr.set(0, newTarget.instr.getFirst().withLocation(last.location()));
                b.instr.set(b.lastIndex(), last.withTarget(newTarget.label));
                g.label(newTarget);
                target.predecessors--;
                newTarget.predecessors = 1;
                newTarget.next = target.next;
                target.next = newTarget;
            }
        }
        // Any remaining reachable exit blocks without line number can only be reached by
        // fall through, and thus can only have a single predecessor.
        for (Block b : g) {
            if (b.hasFallthrough() && b.next != null && !b.instr.isEmpty()
                    && isExitOrEvalCheckWithoutLineno(b.next))
                b.next.instr.set(0, b.next.instr.getFirst().withLocation(b.last().location()));
        }
    }

    /**
     * propagate_line_numbers: within a block, an instruction without a line takes the one before
     * it; a block with one predecessor takes that predecessor's last location for its first
     * instruction.
     */
    private static void propagateLineNumbers(CfgBuilder g) {
        for (Block b : g) {
            Instruction last = b.last();
            if (last == null) continue;
            Location prev = Instruction.NO_LOCATION;
            for (int i = 0; i < b.instr.size(); i++) {
                Instruction instr = b.instr.get(i);
                if (instr.lineno() < 0) b.instr.set(i, instr.withLocation(prev));
                else prev = instr.location();
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1 && !b.next.instr.isEmpty()
                    && b.next.instr.getFirst().lineno() < 0)
                b.next.instr.set(0, b.next.instr.getFirst().withLocation(prev));
            if (last.isJump()) {
                Block target = g.target(last);
                if (target.predecessors == 1 && !target.instr.isEmpty() && target.instr.getFirst().lineno() < 0)
                    target.instr.set(0, target.instr.getFirst().withLocation(prev));
            }
        }
    }

    /** next_nonempty_block. */
    static Block nextNonempty(Block b) {
        while (b != null && b.instr.isEmpty()) b = b.next;
        return b;
    }

    /** is_exit_or_eval_check_without_lineno. */
    private static boolean isExitOrEvalCheckWithoutLineno(Block b) {
        return (b.exitsScope() || hasEvalBreak(b)) && b.hasNoLineno();
    }

    /** basicblock_has_eval_break: the opcodes with HAS_EVAL_BREAK_FLAG in pycore_opcode_metadata.h. */
    private static boolean hasEvalBreak(Block b) {
        for (Instruction i : b.instr) {
            switch (i.opcode()) {
                case CALL, CALL_FUNCTION_EX, CALL_KW, JUMP_BACKWARD, RESUME, JUMP -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }
}
