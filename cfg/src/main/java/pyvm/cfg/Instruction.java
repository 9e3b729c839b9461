package pyvm.cfg;

import java.util.Objects;
import pyvm.lexer.Location;

/**
 * One instruction of a basic block. Mirrors cfg_instr in Python/flowgraph.c: an opcode, its argument,
 * the block a jump goes to, the source span it reports, and the exception handler in force.
 * Jumps name their target by label, not by offset: offsets exist only once the assembler has laid
 * the blocks out.
 *
 * @param opcode        a real opcode or a pseudo-instruction (JUMP, SETUP_FINALLY, ...), never a
 *                      specialized one
 * @param oparg         the argument; 0 for opcodes that take none and for jumps, whose argument the
 *                      assembler computes from {@code target}
 * @param target        the block a jump or a SETUP_* goes to (CPython's i_target); null for every other
 *                      opcode, where CPython has NULL
 * @param location      the span the instruction reports in tracebacks and co_positions;
 *                      {@link #NO_LOCATION} where the compiler gives none
 * @param exceptHandler the handler an exception raised here goes to (CPython's i_except, set by
 *                      label_exception_targets); null where CPython has NULL: outside any try, or
 *                      before that pass has run
 */
public record Instruction(Opcode opcode, int oparg, Label target, Location location, Label exceptHandler) {

    /** CPython's NO_LOCATION: an instruction that inherits its line from its neighbours. */
    public static final Location NO_LOCATION = new Location(-1, -1, -1, -1);

    public Instruction {
        Objects.requireNonNull(opcode);
        Objects.requireNonNull(location);
        if (hasTarget(opcode) != (target != null))
            throw new IllegalArgumentException(opcode + (target == null ? " needs a target" : " takes no target"));
        if (oparg < 0 || (!opcode.hasArg() || target != null) && oparg != 0)
            throw new IllegalArgumentException(opcode + " with oparg " + oparg);
    }

    /** {@return an instruction without a target, outside any handler} */
    public static Instruction of(Opcode opcode, int oparg, Location location) {
        return new Instruction(opcode, oparg, null, location, null);
    }

    /** {@return a jump or SETUP_* to {@code target}, outside any handler} */
    public static Instruction jump(Opcode opcode, Label target, Location location) {
        return new Instruction(opcode, 0, target, location, null);
    }

    /** {@return true if instructions with this opcode name a target block (flowgraph.c's HAS_TARGET)} */
    public static boolean hasTarget(Opcode opcode) {
        return opcode.has(Opcode.Flag.JUMP) || isBlockPush(opcode);
    }

    /** {@return true for SETUP_FINALLY, SETUP_CLEANUP and SETUP_WITH (IS_BLOCK_PUSH_OPCODE)} */
    public static boolean isBlockPush(Opcode opcode) {
        return opcode.has(Opcode.Flag.EXC);
    }

    /** {@return this instruction with another opcode and argument, keeping its target if it still jumps} */
    public Instruction with(Opcode opcode, int oparg) {
        return new Instruction(opcode, oparg, hasTarget(opcode) ? target : null, location, exceptHandler);
    }

    /** {@return this jump, going to another block} */
    public Instruction withTarget(Label target) {
        return new Instruction(opcode, oparg, target, location, exceptHandler);
    }

    /** {@return this instruction reporting another span} */
    public Instruction withLocation(Location location) {
        return new Instruction(opcode, oparg, target, location, exceptHandler);
    }

    /** {@return this instruction under another handler} */
    public Instruction withExceptHandler(Label exceptHandler) {
        return new Instruction(opcode, oparg, target, location, exceptHandler);
    }

    /** {@return the source line, or -1 where there is none} */
    public int lineno() {
        return location.lineno();
    }

    /** {@return true for jumps, conditional or not (is_jump: OPCODE_HAS_JUMP)} */
    public boolean isJump() {
        return opcode.has(Opcode.Flag.JUMP);
    }

    /** {@return true for SETUP_* (is_block_push)} */
    public boolean isBlockPush() {
        return isBlockPush(opcode);
    }

    /** {@return true for jumps that always jump (IS_UNCONDITIONAL_JUMP_OPCODE)} */
    public boolean isUnconditionalJump() {
        return switch (opcode) {
            case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    /** {@return true for the POP_JUMP_IF_* family (IS_CONDITIONAL_JUMP_OPCODE)} */
    public boolean isConditionalJump() {
        return switch (opcode) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> true;
            default -> false;
        };
    }

    /** {@return true for instructions that leave the code unit (IS_SCOPE_EXIT_OPCODE)} */
    public boolean exitsScope() {
        return switch (opcode) {
            case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE -> true;
            default -> false;
        };
    }

    /** {@return true for instructions that must end a basic block (IS_TERMINATOR_OPCODE)} */
    public boolean isTerminator() {
        return isJump() || exitsScope();
    }
}
