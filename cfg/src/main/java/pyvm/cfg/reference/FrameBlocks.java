package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;
import pyvm.parser.ExprContext;
import pyvm.parser.Stmt;

/**
 * The stack of loops, handlers and cleanups the code being generated is inside, and the code that
 * leaving them early takes: break, continue and return run the finally bodies, pop the iterators
 * and exit the with blocks between them and their target. Mirrors compiler_push_fblock,
 * compiler_pop_fblock, compiler_unwind_fblock and compiler_unwind_fblock_stack of Python/compile.c.
 */
final class FrameBlocks {

    /** CO_MAXBLOCKS: how deeply blocks may nest. */
    private static final int CO_MAXBLOCKS = 20;

    private final Compiler c;

    FrameBlocks(Compiler c) {
        this.c = c;
    }

    /** The location after unwinding (the unwinding may make it artificial), and the loop found. */
    record Unwound(Location loc, FBlock loop) {}

    /** compiler_push_fblock. */
    void push(Location loc, FBlock.Type type, Label block, Label exit, Object datum) {
        if (c.u.fblocks.size() >= CO_MAXBLOCKS) throw c.error(loc, "too many statically nested blocks");
        c.u.fblocks.push(new FBlock(type, block, exit, loc, datum));
    }

    /** compiler_pop_fblock. */
    void pop(FBlock.Type type) {
        FBlock top = c.u.fblocks.pop();
        if (top.type() != type) throw new IllegalStateException("popped " + top.type() + ", expected " + type);
    }

    /**
     * compiler_unwind_fblock_stack: unwinds the blocks from the innermost outwards, each with the
     * blocks outside it as the current stack (a finally body compiled here sees only those), until
     * a loop when {@code toLoop}.
     */
    Unwound unwindStack(Location loc, boolean preserveTos, boolean toLoop) {
        if (c.u.fblocks.isEmpty()) return new Unwound(loc, null);
        FBlock top = c.u.fblocks.peek();
        if (top.type() == FBlock.Type.EXCEPTION_GROUP_HANDLER)
            throw c.error(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        if (toLoop && (top.type() == FBlock.Type.WHILE_LOOP || top.type() == FBlock.Type.FOR_LOOP))
            return new Unwound(loc, top);
        c.u.fblocks.pop();
        Unwound result = unwindStack(unwind(loc, top, preserveTos), preserveTos, toLoop);
        c.u.fblocks.push(top);
        return result;
    }

    /**
     * compiler_unwind_fblock: what leaving one block early takes. {@return the location the code
     * after it reports: none after a finally body or a with exit, which should seem to run after the
     * statement that left}
     */
    Location unwind(Location loc, FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION -> {
                return loc;
            }
            case FOR_LOOP -> {
                // Pop the iterator
                if (preserveTos) c.addopI(Opcode.SWAP, 2, loc);
                c.addop(Opcode.POP_TOP, loc);
                return loc;
            }
            case TRY_EXCEPT -> {
                c.addop(Opcode.POP_BLOCK, loc);
                return loc;
            }
            case FINALLY_TRY -> {
                // This POP_BLOCK gets the line number of the unwinding statement
                c.addop(Opcode.POP_BLOCK, loc);
                if (preserveTos) push(loc, FBlock.Type.POP_VALUE, null, null, null);
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) info.datum();
                c.statements.visitAll(finalbody);
                if (preserveTos) pop(FBlock.Type.POP_VALUE);
                return Instruction.NO_LOCATION;
            }
            case FINALLY_END -> {
                if (preserveTos) c.addopI(Opcode.SWAP, 2, loc);
                c.addop(Opcode.POP_TOP, loc);   // exc_value
                if (preserveTos) c.addopI(Opcode.SWAP, 2, loc);
                c.addop(Opcode.POP_BLOCK, loc);
                c.addop(Opcode.POP_EXCEPT, loc);
                return loc;
            }
            case WITH, ASYNC_WITH -> {
                loc = info.loc();
                c.addop(Opcode.POP_BLOCK, loc);
                if (preserveTos) c.addopI(Opcode.SWAP, 2, loc);
                c.exceptions.callExitWithNones(loc);
                if (info.type() == FBlock.Type.ASYNC_WITH) c.exceptions.awaitExit(loc);
                c.addop(Opcode.POP_TOP, loc);
                return Instruction.NO_LOCATION;
            }
            case HANDLER_CLEANUP -> {
                String name = (String) info.datum();
                if (name != null) c.addop(Opcode.POP_BLOCK, loc);
                if (preserveTos) c.addopI(Opcode.SWAP, 2, loc);
                c.addop(Opcode.POP_BLOCK, loc);
                c.addop(Opcode.POP_EXCEPT, loc);
                if (name != null) {
                    c.loadConst(ConstantValue.NONE, loc);
                    c.nameop(name, ExprContext.Store, loc);
                    c.nameop(name, ExprContext.Del, loc);
                }
                return loc;
            }
            case POP_VALUE -> {
                if (preserveTos) c.addopI(Opcode.SWAP, 2, loc);
                c.addop(Opcode.POP_TOP, loc);
                return loc;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
