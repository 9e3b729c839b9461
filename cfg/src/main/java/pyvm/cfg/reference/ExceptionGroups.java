package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.Instruction;
import pyvm.cfg.Intrinsic2;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ExceptHandler;
import pyvm.parser.ExprContext;
import pyvm.parser.Stmt;

/**
 * Code for {@code try ... except*} (PEP 654). Each {@code except*} splits the exception group with
 * CHECK_EG_MATCH and runs on the part that matched; what its body raises, and the part nothing
 * matched, are collected in a list that CALL_INTRINSIC_2 (INTRINSIC_PREP_RERAISE_STAR) turns into
 * the group to re-raise, if any. Mirrors compiler_try_star, compiler_try_star_except and
 * compiler_try_star_finally of Python/compile.c (3.13).
 */
final class ExceptionGroups {

    private final Compiler c;

    ExceptionGroups(Compiler c) {
        this.c = c;
    }

    /** compiler_try_star. */
    void tryStar(Stmt.TryStar s) {
        if (s.finalbody().isEmpty()) tryStarExcept(s);
        else c.exceptions.tryFinally(s.location(), s.finalbody(), () -> {
            if (!s.handlers().isEmpty()) tryStarExcept(s);
            else c.statements.visitAll(s.body());
        });
    }

    /**
     * compiler_try_star_except. The stack in the handlers: the original exception group, the list
     * of results, and what is left of the group to match.
     */
    private void tryStarExcept(Stmt.TryStar s) {
        Location loc = s.location();
        Label body = c.newLabel();
        Label except = c.newLabel();
        Label orelse = c.newLabel();
        Label end = c.newLabel();
        Label cleanup = c.newLabel();
        Label reraiseStar = c.newLabel();
        Location none = Instruction.NO_LOCATION;
        c.addJump(Opcode.SETUP_FINALLY, except, loc);
        c.useLabel(body);
        c.frameBlocks.push(loc, FBlock.Type.TRY_EXCEPT, body, null, null);
        c.statements.visitAll(s.body());
        c.frameBlocks.pop(FBlock.Type.TRY_EXCEPT);
        c.addop(Opcode.POP_BLOCK, none);
        c.addJump(Opcode.JUMP_NO_INTERRUPT, orelse, none);
        c.useLabel(except);
        c.addJump(Opcode.SETUP_CLEANUP, cleanup, none);
        c.addop(Opcode.PUSH_EXC_INFO, none);
        // Runtime will push a block here, so we need to account for that
        c.frameBlocks.push(loc, FBlock.Type.EXCEPTION_GROUP_HANDLER, null, null, null);
        List<ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler handler = handlers.get(i);
            Location hloc = handler.location();
            Label nextExcept = c.newLabel();
            Label exceptWithError = c.newLabel();
            Label noMatch = c.newLabel();
            if (i == 0) {
                // the list of exceptions raised or re-raised in the handlers, and a copy of the group
                c.addopI(Opcode.BUILD_LIST, 0, hloc);
                c.addopI(Opcode.COPY, 2, hloc);
            }
            if (handler.type() != null) {
                c.expressions.visit(handler.type());
                c.addop(Opcode.CHECK_EG_MATCH, hloc);
                c.addopI(Opcode.COPY, 1, hloc);
                c.addJump(Opcode.POP_JUMP_IF_NONE, noMatch, hloc);
            }
            Label cleanupEnd = c.newLabel();
            Label cleanupBody = c.newLabel();
            if (handler.name() != null) c.nameop(handler.name(), ExprContext.Store, hloc);
            else c.addop(Opcode.POP_TOP, hloc);   // match
            c.addJump(Opcode.SETUP_CLEANUP, cleanupEnd, hloc);
            c.useLabel(cleanupBody);
            c.frameBlocks.push(hloc, FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, handler.name());
            c.statements.visitAll(handler.body());
            c.frameBlocks.pop(FBlock.Type.HANDLER_CLEANUP);
            c.addop(Opcode.POP_BLOCK, none);
            if (handler.name() != null) c.exceptions.unbind(handler.name());
            c.addJump(Opcode.JUMP_NO_INTERRUPT, nextExcept, none);
            c.useLabel(cleanupEnd);
            if (handler.name() != null) c.exceptions.unbind(handler.name());
            // add the exception raised to the results
            c.addopI(Opcode.LIST_APPEND, 3, none);   // exc
            c.addop(Opcode.POP_TOP, none);           // lasti
            c.addJump(Opcode.JUMP_NO_INTERRUPT, exceptWithError, none);
            c.useLabel(nextExcept);
            c.addop(Opcode.NOP, none);   // to hold a propagated location info
            c.addJump(Opcode.JUMP_NO_INTERRUPT, exceptWithError, none);
            c.useLabel(noMatch);
            c.addop(Opcode.POP_TOP, hloc);   // match (None)
            c.useLabel(exceptWithError);
            if (i == handlers.size() - 1) {
                // the unhandled part of the group (or None) joins the results
                c.addopI(Opcode.LIST_APPEND, 1, none);
                c.addJump(Opcode.JUMP_NO_INTERRUPT, reraiseStar, none);
            }
        }
        c.frameBlocks.pop(FBlock.Type.EXCEPTION_GROUP_HANDLER);
        Label reraise = c.newLabel();
        c.useLabel(reraiseStar);
        c.addopI(Opcode.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_PREP_RERAISE_STAR.ordinal(), none);
        c.addopI(Opcode.COPY, 1, none);
        c.addJump(Opcode.POP_JUMP_IF_NOT_NONE, reraise, none);
        // Nothing to reraise
        c.addop(Opcode.POP_TOP, none);
        c.addop(Opcode.POP_BLOCK, none);
        c.addop(Opcode.POP_EXCEPT, none);
        c.addJump(Opcode.JUMP_NO_INTERRUPT, end, none);
        c.useLabel(reraise);
        c.addop(Opcode.POP_BLOCK, none);
        c.addopI(Opcode.SWAP, 2, none);
        c.addop(Opcode.POP_EXCEPT, none);
        c.addopI(Opcode.RERAISE, 0, none);
        c.useLabel(cleanup);
        c.exceptions.popExceptAndReraise(none);
        c.useLabel(orelse);
        c.statements.visitAll(s.orelse());
        c.useLabel(end);
    }
}
