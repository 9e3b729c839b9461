package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;
import pyvm.parser.ExceptHandler;
import pyvm.parser.ExprContext;
import pyvm.parser.Stmt;
import pyvm.parser.WithItem;

/**
 * Code for {@code try} and {@code with}. Protected code is bracketed by SETUP_FINALLY,
 * SETUP_CLEANUP or SETUP_WITH and POP_BLOCK, pseudo-instructions that name the handler; the
 * flowgraph turns them into each instruction's handler, and the assembler into the exception table.
 * A handler starts with the exception pushed (PUSH_EXC_INFO saves the one being handled) and ends
 * by popping it (POP_EXCEPT) or re-raising. Mirrors compiler_try, compiler_try_except,
 * compiler_try_finally, compiler_with, compiler_with_except_finish and
 * compiler_pop_except_and_reraise of Python/compile.c.
 */
final class ExceptionHandling {

    private final Compiler c;

    ExceptionHandling(Compiler c) {
        this.c = c;
    }

    /** compiler_try. */
    void tryStatement(Stmt.Try s) {
        if (s.finalbody().isEmpty()) tryExcept(s);
        else tryFinally(s.location(), s.finalbody(), () -> {
            if (!s.handlers().isEmpty()) tryExcept(s);
            else c.statements.visitAll(s.body());
        });
    }

    /**
     * compiler_try_finally (and compiler_try_star_finally): the finally body is compiled twice,
     * once for the normal way out and once as the handler, which re-raises; return, break and
     * continue in the body compile it a third time, through {@link FrameBlocks#unwind}.
     *
     * @param protectedPart the code the finally protects: the body, with its except clauses if any
     */
    void tryFinally(Location loc, List<Stmt> finalbody, Runnable protectedPart) {
        Label body = c.newLabel();
        Label end = c.newLabel();
        Label exit = c.newLabel();
        Label cleanup = c.newLabel();
        c.addJump(Opcode.SETUP_FINALLY, end, loc);
        c.useLabel(body);
        c.frameBlocks.push(loc, FBlock.Type.FINALLY_TRY, body, end, finalbody);
        protectedPart.run();
        c.addop(Opcode.POP_BLOCK, Instruction.NO_LOCATION);
        c.frameBlocks.pop(FBlock.Type.FINALLY_TRY);
        c.statements.visitAll(finalbody);
        c.addJump(Opcode.JUMP_NO_INTERRUPT, exit, Instruction.NO_LOCATION);
        // `finally` block
        c.useLabel(end);
        loc = Instruction.NO_LOCATION;
        c.addJump(Opcode.SETUP_CLEANUP, cleanup, loc);
        c.addop(Opcode.PUSH_EXC_INFO, loc);
        c.frameBlocks.push(loc, FBlock.Type.FINALLY_END, end, null, null);
        c.statements.visitAll(finalbody);
        c.frameBlocks.pop(FBlock.Type.FINALLY_END);
        c.addopI(Opcode.RERAISE, 0, loc);
        c.useLabel(cleanup);
        popExceptAndReraise(loc);
        c.useLabel(exit);
    }

    /**
     * compiler_try_except: each handler tests the exception with CHECK_EXC_MATCH and falls to the
     * next; {@code except E as name} runs its body inside a cleanup that unbinds the name.
     */
    private void tryExcept(Stmt.Try s) {
        Location loc = s.location();
        Label body = c.newLabel();
        Label except = c.newLabel();
        Label end = c.newLabel();
        Label cleanup = c.newLabel();
        c.addJump(Opcode.SETUP_FINALLY, except, loc);
        c.useLabel(body);
        c.frameBlocks.push(loc, FBlock.Type.TRY_EXCEPT, body, null, null);
        c.statements.visitAll(s.body());
        c.frameBlocks.pop(FBlock.Type.TRY_EXCEPT);
        c.addop(Opcode.POP_BLOCK, Instruction.NO_LOCATION);
        c.statements.visitAll(s.orelse());
        c.addJump(Opcode.JUMP_NO_INTERRUPT, end, Instruction.NO_LOCATION);
        c.useLabel(except);
        c.addJump(Opcode.SETUP_CLEANUP, cleanup, Instruction.NO_LOCATION);
        c.addop(Opcode.PUSH_EXC_INFO, Instruction.NO_LOCATION);
        // Runtime will push a block here, so we need to account for that
        c.frameBlocks.push(loc, FBlock.Type.EXCEPTION_HANDLER, null, null, null);
        List<ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler handler = handlers.get(i);
            Location hloc = handler.location();
            if (handler.type() == null && i < handlers.size() - 1)
                throw c.error(hloc, "default 'except:' must be last");
            Label nextExcept = c.newLabel();
            if (handler.type() != null) {
                c.expressions.visit(handler.type());
                c.addop(Opcode.CHECK_EXC_MATCH, hloc);
                c.addJump(Opcode.POP_JUMP_IF_FALSE, nextExcept, hloc);
            }
            if (handler.name() != null) namedHandler(handler, end);
            else unnamedHandler(handler, end);
            c.useLabel(nextExcept);
        }
        c.frameBlocks.pop(FBlock.Type.EXCEPTION_HANDLER);
        c.addopI(Opcode.RERAISE, 0, Instruction.NO_LOCATION);
        c.useLabel(cleanup);
        popExceptAndReraise(Instruction.NO_LOCATION);
        c.useLabel(end);
    }

    /** {@code except E as name}: the body in a try whose finally sets name to None and deletes it. */
    private void namedHandler(ExceptHandler handler, Label end) {
        Location loc = handler.location();
        String name = handler.name();
        Label cleanupEnd = c.newLabel();
        Label cleanupBody = c.newLabel();
        c.nameop(name, ExprContext.Store, loc);
        c.addJump(Opcode.SETUP_CLEANUP, cleanupEnd, loc);
        c.useLabel(cleanupBody);
        c.frameBlocks.push(loc, FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, name);
        c.statements.visitAll(handler.body());
        c.frameBlocks.pop(FBlock.Type.HANDLER_CLEANUP);
        Location none = Instruction.NO_LOCATION;
        c.addop(Opcode.POP_BLOCK, none);
        c.addop(Opcode.POP_BLOCK, none);
        c.addop(Opcode.POP_EXCEPT, none);
        unbind(name);
        c.addJump(Opcode.JUMP_NO_INTERRUPT, end, none);
        c.useLabel(cleanupEnd);
        unbind(name);
        c.addopI(Opcode.RERAISE, 1, none);
    }

    /** {@code name = None; del name}, as artificial code. */
    void unbind(String name) {
        c.loadConst(ConstantValue.NONE, Instruction.NO_LOCATION);
        c.nameop(name, ExprContext.Store, Instruction.NO_LOCATION);
        c.nameop(name, ExprContext.Del, Instruction.NO_LOCATION);
    }

    /** {@code except E:} or {@code except:}: the exception is popped and the body runs. */
    private void unnamedHandler(ExceptHandler handler, Label end) {
        Location loc = handler.location();
        Label cleanupBody = c.newLabel();
        c.addop(Opcode.POP_TOP, loc);   // exc_value
        c.useLabel(cleanupBody);
        c.frameBlocks.push(loc, FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null);
        c.statements.visitAll(handler.body());
        c.frameBlocks.pop(FBlock.Type.HANDLER_CLEANUP);
        c.addop(Opcode.POP_BLOCK, Instruction.NO_LOCATION);
        c.addop(Opcode.POP_EXCEPT, Instruction.NO_LOCATION);
        c.addJump(Opcode.JUMP_NO_INTERRUPT, end, Instruction.NO_LOCATION);
    }

    /**
     * compiler_pop_except_and_reraise: with [exc_info, lasti, exc] on the stack, restore the
     * exception that was being handled before and re-raise this one.
     */
    void popExceptAndReraise(Location loc) {
        c.addopI(Opcode.COPY, 3, loc);
        c.addop(Opcode.POP_EXCEPT, loc);
        c.addopI(Opcode.RERAISE, 1, loc);
    }

    /**
     * compiler_with: BEFORE_WITH calls __enter__ and pushes __exit__; the body runs under
     * SETUP_WITH, and __exit__ is called with three Nones on the way out, or by WITH_EXCEPT_START
     * with the exception, whose result decides whether it propagates.
     */
    void with(Stmt.With s, int pos) {
        WithItem item = s.items().get(pos);
        Label block = c.newLabel();
        Label fin = c.newLabel();
        Label exit = c.newLabel();
        Label cleanup = c.newLabel();
        c.expressions.visit(item.contextExpr());
        Location loc = item.contextExpr().location();
        c.addop(Opcode.BEFORE_WITH, loc);
        c.addJump(Opcode.SETUP_WITH, fin, loc);
        c.useLabel(block);
        c.frameBlocks.push(loc, FBlock.Type.WITH, block, fin, s);
        if (item.optionalVars() != null) c.expressions.visit(item.optionalVars());
        else c.addop(Opcode.POP_TOP, loc);   // discard the result of __enter__()
        if (pos + 1 == s.items().size()) c.statements.visitAll(s.body());
        else with(s, pos + 1);
        c.addop(Opcode.POP_BLOCK, Instruction.NO_LOCATION);
        c.frameBlocks.pop(FBlock.Type.WITH);
        callExitWithNones(loc);
        c.addop(Opcode.POP_TOP, loc);
        c.addJump(Opcode.JUMP, exit, loc);
        c.useLabel(fin);
        c.addJump(Opcode.SETUP_CLEANUP, cleanup, loc);
        c.addop(Opcode.PUSH_EXC_INFO, loc);
        c.addop(Opcode.WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        c.useLabel(exit);
    }

    /** compiler_async_with: like {@link #with}, awaiting __aenter__ and __aexit__. */
    void asyncWith(Stmt.AsyncWith s, int pos) {
        if (c.u.scopeType != ScopeType.ASYNC_FUNCTION) throw c.error(s.location(), "'async with' outside async function");
        WithItem item = s.items().get(pos);
        Label block = c.newLabel();
        Label fin = c.newLabel();
        Label exit = c.newLabel();
        Label cleanup = c.newLabel();
        c.expressions.visit(item.contextExpr());
        Location loc = item.contextExpr().location();
        c.addop(Opcode.BEFORE_ASYNC_WITH, loc);
        c.addopI(Opcode.GET_AWAITABLE, 1, loc);
        c.loadConst(ConstantValue.NONE, loc);
        c.expressions.addYieldFrom(loc, true);
        c.addJump(Opcode.SETUP_WITH, fin, loc);
        c.useLabel(block);
        c.frameBlocks.push(loc, FBlock.Type.ASYNC_WITH, block, fin, s);
        if (item.optionalVars() != null) c.expressions.visit(item.optionalVars());
        else c.addop(Opcode.POP_TOP, loc);   // discard the result of __aenter__()
        if (pos + 1 == s.items().size()) c.statements.visitAll(s.body());
        else asyncWith(s, pos + 1);
        c.frameBlocks.pop(FBlock.Type.ASYNC_WITH);
        c.addop(Opcode.POP_BLOCK, loc);
        callExitWithNones(loc);
        awaitExit(loc);
        c.addop(Opcode.POP_TOP, loc);
        c.addJump(Opcode.JUMP, exit, loc);
        c.useLabel(fin);
        c.addJump(Opcode.SETUP_CLEANUP, cleanup, loc);
        c.addop(Opcode.PUSH_EXC_INFO, loc);
        c.addop(Opcode.WITH_EXCEPT_START, loc);
        awaitExit(loc);
        withExceptFinish(cleanup);
        c.useLabel(exit);
    }

    /** The await of __aexit__'s result: GET_AWAITABLE 2 and a yield from. */
    void awaitExit(Location loc) {
        c.addopI(Opcode.GET_AWAITABLE, 2, loc);
        c.loadConst(ConstantValue.NONE, loc);
        c.expressions.addYieldFrom(loc, true);
    }

    /** compiler_call_exit_with_nones: {@code __exit__(None, None, None)}. */
    void callExitWithNones(Location loc) {
        c.loadConst(ConstantValue.NONE, loc);
        c.loadConst(ConstantValue.NONE, loc);
        c.loadConst(ConstantValue.NONE, loc);
        c.addopI(Opcode.CALL, 2, loc);
    }

    /** compiler_with_except_finish: a true result of __exit__ suppresses the exception. */
    private void withExceptFinish(Label cleanup) {
        Location none = Instruction.NO_LOCATION;
        Label suppress = c.newLabel();
        c.addop(Opcode.TO_BOOL, none);
        c.addJump(Opcode.POP_JUMP_IF_TRUE, suppress, none);
        c.addopI(Opcode.RERAISE, 2, none);
        c.useLabel(suppress);
        c.addop(Opcode.POP_TOP, none);   // exc_value
        c.addop(Opcode.POP_BLOCK, none);
        c.addop(Opcode.POP_EXCEPT, none);
        c.addop(Opcode.POP_TOP, none);
        c.addop(Opcode.POP_TOP, none);
        Label exit = c.newLabel();
        c.addJump(Opcode.JUMP_NO_INTERRUPT, exit, none);
        c.useLabel(cleanup);
        popExceptAndReraise(none);
        c.useLabel(exit);
    }
}
