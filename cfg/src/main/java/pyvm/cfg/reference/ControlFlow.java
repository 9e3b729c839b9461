package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Boolop;
import pyvm.parser.Expr;
import pyvm.parser.Stmt;
import pyvm.parser.Unaryop;

/**
 * Code for the statements that branch and loop, and for conditions that jump instead of producing a
 * value. Mirrors compiler_jump_if, compiler_if, compiler_while, compiler_break, compiler_continue and
 * compiler_for and compiler_assert of Python/compile.c; the unwinding is in {@link FrameBlocks}.
 */
final class ControlFlow {

    private final Compiler c;

    ControlFlow(Compiler c) {
        this.c = c;
    }

    /**
     * compiler_jump_if: jumps to {@code next} if {@code e} is true ({@code cond}) or false (not
     * {@code cond}), without ever making a bool: {@code not} swaps the condition, {@code and}/{@code or}
     * and conditional expressions become jumps, and a comparison chain jumps out at its first failure.
     */
    void jumpIf(Expr e, Label next, boolean cond) {
        switch (e) {
            case Expr.UnaryOp u when u.op() == Unaryop.Not -> jumpIf(u.operand(), next, !cond);
            case Expr.BoolOp b -> {
                boolean cond2 = b.op() == Boolop.Or;
                Label next2 = cond2 != cond ? c.newLabel() : next;
                List<Expr> values = b.values();
                for (Expr value : values.subList(0, values.size() - 1)) jumpIf(value, next2, cond2);
                jumpIf(values.getLast(), next, cond);
                if (next2 != next) c.useLabel(next2);
            }
            case Expr.IfExp i -> {
                Label end = c.newLabel();
                Label next2 = c.newLabel();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                c.addJump(Opcode.JUMP_NO_INTERRUPT, end, Instruction.NO_LOCATION);
                c.useLabel(next2);
                jumpIf(i.orelse(), next, cond);
                c.useLabel(end);
            }
            case Expr.Compare cmp when cmp.ops().size() > 1 -> jumpIfChain(cmp, next, cond);
            default -> {
                c.expressions.visit(e);
                c.addop(Opcode.TO_BOOL, e.location());
                c.addJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, e.location());
            }
        }
    }

    /** The Compare case of compiler_jump_if: like compiler_compare, but every failure jumps. */
    private void jumpIfChain(Expr.Compare e, Label next, boolean cond) {
        Location loc = e.location();
        Label cleanup = c.newLabel();
        c.expressions.visit(e.left());
        int n = e.ops().size() - 1;
        for (int i = 0; i < n; i++) {
            c.expressions.visit(e.comparators().get(i));
            c.addopI(Opcode.SWAP, 2, loc);
            c.addopI(Opcode.COPY, 2, loc);
            c.expressions.addCompare(e.ops().get(i), loc);
            c.addop(Opcode.TO_BOOL, loc);
            c.addJump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
        }
        c.expressions.visit(e.comparators().get(n));
        c.expressions.addCompare(e.ops().get(n), loc);
        c.addop(Opcode.TO_BOOL, loc);
        c.addJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, loc);
        Label end = c.newLabel();
        c.addJump(Opcode.JUMP_NO_INTERRUPT, end, Instruction.NO_LOCATION);
        c.useLabel(cleanup);
        c.addop(Opcode.POP_TOP, loc);
        if (!cond) c.addJump(Opcode.JUMP_NO_INTERRUPT, next, Instruction.NO_LOCATION);
        c.useLabel(end);
    }

    /** compiler_if. */
    void ifStatement(Stmt.If s) {
        Label end = c.newLabel();
        Label next = s.orelse().isEmpty() ? end : c.newLabel();
        jumpIf(s.test(), next, false);
        c.statements.visitAll(s.body());
        if (!s.orelse().isEmpty()) {
            c.addJump(Opcode.JUMP_NO_INTERRUPT, end, Instruction.NO_LOCATION);
            c.useLabel(next);
            c.statements.visitAll(s.orelse());
        }
        c.useLabel(end);
    }

    /**
     * compiler_while: the test comes first and again at the bottom of the body, so each iteration
     * takes one conditional jump backwards instead of a jump and a test.
     */
    void whileStatement(Stmt.While s) {
        Label loop = c.newLabel();
        Label body = c.newLabel();
        Label end = c.newLabel();
        Label anchor = c.newLabel();
        c.useLabel(loop);
        c.frameBlocks.push(s.location(), FBlock.Type.WHILE_LOOP, loop, end, null);
        jumpIf(s.test(), anchor, false);
        c.useLabel(body);
        c.statements.visitAll(s.body());
        jumpIf(s.test(), body, true);
        c.frameBlocks.pop(FBlock.Type.WHILE_LOOP);
        c.useLabel(anchor);
        c.statements.visitAll(s.orelse());
        c.useLabel(end);
    }

    /**
     * compiler_for: the iterator stays on the stack for the whole loop; FOR_ITER pushes the next item
     * or jumps to END_FOR when there is none.
     */
    void forStatement(Stmt.For s) {
        Label start = c.newLabel();
        Label body = c.newLabel();
        Label cleanup = c.newLabel();
        Label end = c.newLabel();
        c.frameBlocks.push(s.location(), FBlock.Type.FOR_LOOP, start, end, null);
        c.expressions.visit(s.iter());
        Location loc = s.iter().location();
        c.addop(Opcode.GET_ITER, loc);
        c.useLabel(start);
        c.addJump(Opcode.FOR_ITER, cleanup, loc);
        // Add NOP to ensure correct line tracing of multiline for statements.
        c.addop(Opcode.NOP, s.target().location());
        c.useLabel(body);
        c.expressions.visit(s.target());
        c.statements.visitAll(s.body());
        c.addJump(Opcode.JUMP, start, Instruction.NO_LOCATION);
        c.useLabel(cleanup);
        // END_FOR first: a generator's FOR_ITER jumps to it, other iterators past it.
        c.addop(Opcode.END_FOR, Instruction.NO_LOCATION);
        c.addop(Opcode.POP_TOP, Instruction.NO_LOCATION);
        c.frameBlocks.pop(FBlock.Type.FOR_LOOP);
        c.statements.visitAll(s.orelse());
        c.useLabel(end);
    }

    /**
     * compiler_async_for: each step awaits the iterator's __anext__ under a handler; the
     * StopAsyncIteration that ends the loop lands on END_ASYNC_FOR.
     */
    void asyncFor(Stmt.AsyncFor s) {
        Location loc = s.location();
        if (c.u.scopeType != ScopeType.ASYNC_FUNCTION) throw c.error(loc, "'async for' outside async function");
        Label start = c.newLabel();
        Label except = c.newLabel();
        Label end = c.newLabel();
        c.expressions.visit(s.iter());
        c.addop(Opcode.GET_AITER, s.iter().location());
        c.useLabel(start);
        c.frameBlocks.push(loc, FBlock.Type.FOR_LOOP, start, end, null);
        // SETUP_FINALLY to guard the __anext__ call
        c.addJump(Opcode.SETUP_FINALLY, except, loc);
        c.addop(Opcode.GET_ANEXT, loc);
        c.loadConst(pyvm.parser.ConstantValue.NONE, loc);
        c.expressions.addYieldFrom(loc, true);
        c.addop(Opcode.POP_BLOCK, loc);
        // Success block for __anext__
        c.expressions.visit(s.target());
        c.statements.visitAll(s.body());
        c.addJump(Opcode.JUMP, start, Instruction.NO_LOCATION);
        c.frameBlocks.pop(FBlock.Type.FOR_LOOP);
        // Except block for __anext__, on the line of the iterator: it ends the `for`, not the body
        c.useLabel(except);
        c.addop(Opcode.END_ASYNC_FOR, s.iter().location());
        c.statements.visitAll(s.orelse());
        c.useLabel(end);
    }

    /** compiler_assert: the test jumps past LOAD_ASSERTION_ERROR and the raise. */
    void assertStatement(Stmt.Assert s) {
        Label end = c.newLabel();
        jumpIf(s.test(), end, true);
        c.addop(Opcode.LOAD_ASSERTION_ERROR, s.location());
        if (s.msg() != null) {
            c.expressions.visit(s.msg());
            c.addopI(Opcode.CALL, 0, s.location());
        }
        c.addopI(Opcode.RAISE_VARARGS, 1, s.test().location());
        c.useLabel(end);
    }

    /** compiler_break: unwinds to the innermost loop and jumps past it. */
    void breakStatement(Stmt.Break s) {
        Location loc = s.location();
        c.addop(Opcode.NOP, loc);
        FrameBlocks.Unwound u = c.frameBlocks.unwindStack(loc, false, true);
        if (u.loop() == null) throw c.error(s.location(), "'break' outside loop");
        loc = c.frameBlocks.unwind(u.loc(), u.loop(), false);
        c.addJump(Opcode.JUMP, u.loop().exit(), loc);
    }

    /** compiler_continue: unwinds to the innermost loop and jumps to its start. */
    void continueStatement(Stmt.Continue s) {
        Location loc = s.location();
        c.addop(Opcode.NOP, loc);
        FrameBlocks.Unwound u = c.frameBlocks.unwindStack(loc, false, true);
        if (u.loop() == null) throw c.error(s.location(), "'continue' not properly in loop");
        c.addJump(Opcode.JUMP, u.loop().block(), u.loc());
    }
}
