package pyvm.cfg.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;
import pyvm.cfg.Opcode;

/**
 * Which handler catches an exception raised by each instruction. The code generator brackets
 * protected code with SETUP_* and POP_BLOCK pseudo-instructions; these passes walk the graph with a
 * stack of handlers, the way the old interpreter's block stack ran, and record the handler on each
 * instruction. Mirrors mark_except_handlers and label_exception_targets of Python/flowgraph.c.
 */
final class ExceptionTargets {

    private ExceptionTargets() {}

    /** mark_except_handlers: every SETUP_* target is a handler. */
    static void markExceptHandlers(CfgBuilder g) {
        for (Block b : g)
            for (Instruction i : b.instr)
                if (i.isBlockPush()) g.target(i).exceptHandler = true;
    }

    /**
     * label_exception_targets: a depth-first walk that carries the handler stack into each block;
     * SETUP_* pushes, POP_BLOCK pops (and becomes a NOP), every other instruction is labelled with
     * the handler on top. The RESUME after a yield learns whether the yield was directly inside
     * the generator's own StopIteration handler, which lets the interpreter skip a check.
     */
    static void labelExceptionTargets(CfgBuilder g) {
        Map<Block, List<Block>> stacks = new HashMap<>();
        for (Block b : g) b.visited = false;
        Deque<Block> todo = new ArrayDeque<>();
        todo.push(g.entry);
        g.entry.visited = true;
        stacks.put(g.entry, new ArrayList<>());
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            List<Block> stack = stacks.remove(b);
            Block handler = top(stack);
            int lastYieldExceptDepth = -1;
            for (int k = 0; k < b.instr.size(); k++) {
                Instruction instr = b.instr.get(k);
                if (instr.isBlockPush()) {
                    Block target = g.target(instr);
                    if (!target.visited) {
                        stacks.put(target, new ArrayList<>(stack));
                        todo.push(target);
                        target.visited = true;
                    }
                    if (instr.opcode() == Opcode.SETUP_WITH || instr.opcode() == Opcode.SETUP_CLEANUP)
                        target.preserveLasti = true;
                    stack.add(target);
                    handler = target;
                } else if (instr.opcode() == Opcode.POP_BLOCK) {
                    stack.removeLast();
                    handler = top(stack);
                    b.instr.set(k, instr.with(Opcode.NOP, 0));
                } else if (instr.isJump()) {
                    b.instr.set(k, instr.withExceptHandler(label(handler)));
                    Block target = g.target(instr);
                    if (!target.visited) {
                        stacks.put(target, new ArrayList<>(stack));
                        todo.push(target);
                        target.visited = true;
                    }
                } else if (instr.opcode() == Opcode.YIELD_VALUE) {
                    b.instr.set(k, instr.withExceptHandler(label(handler)));
                    lastYieldExceptDepth = stack.size();
                } else if (instr.opcode() == Opcode.RESUME) {
                    if (instr.oparg() != RESUME_AT_FUNC_START) {
                        if (lastYieldExceptDepth == 1) instr = instr.with(Opcode.RESUME, instr.oparg() | RESUME_OPARG_DEPTH1_MASK);
                        lastYieldExceptDepth = -1;
                    }
                    b.instr.set(k, instr.withExceptHandler(label(handler)));
                } else {
                    b.instr.set(k, instr.withExceptHandler(label(handler)));
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                stacks.put(b.next, stack);
                todo.push(b.next);
                b.next.visited = true;
            }
        }
    }

    /** RESUME's argument at the start of a function (RESUME_AT_FUNC_START). */
    private static final int RESUME_AT_FUNC_START = 0;
    /** The bit RESUME's argument gets after a yield at except depth 1 (RESUME_OPARG_DEPTH1_MASK). */
    private static final int RESUME_OPARG_DEPTH1_MASK = 4;

    private static Block top(List<Block> stack) {
        return stack.isEmpty() ? null : stack.getLast();
    }

    private static Label label(Block handler) {
        return handler == null ? null : handler.label;
    }
}
