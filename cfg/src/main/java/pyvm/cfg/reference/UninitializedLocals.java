package pyvm.cfg.reference;

import java.util.ArrayDeque;
import java.util.Deque;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;

/**
 * LOAD_FAST_CHECK where a local may be unbound: the plain LOAD_FAST skips the check for
 * UnboundLocalError, so it may only be used where every path has stored the local. A data-flow
 * pass over the graph with a bit per local. Mirrors add_checks_for_loads_of_uninitialized_variables
 * and its helpers of Python/flowgraph.c.
 */
final class UninitializedLocals {

    private UninitializedLocals() {}

    /** add_checks_for_loads_of_uninitialized_variables. */
    static void addChecksForLoadsOfUninitializedVariables(CfgBuilder g, int nlocals, int nparams) {
        if (nlocals == 0) return;
        if (nlocals > 64) {
            // To avoid O(nlocals**2) compilation, locals beyond the first 64 are only analyzed one
            // basic block at a time.
            fastScanManyLocals(g, nlocals);
            nlocals = 64;
        }
        for (Block b : g) {
            b.visited = false;
            b.unsafeLocalsMask = 0;
        }
        Deque<Block> stack = new ArrayDeque<>();
        // First origin of being uninitialized: the non-parameter locals in the entry block.
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) startMask |= 1L << i;
        maybePush(g.entry, startMask, stack);
        // Second origin: there could be a DELETE_FAST anywhere, so scan every block once.
        for (Block b : g) scanBlockForLocals(g, b, stack);
        // Propagate the uncertainty from the origins.
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.visited = false;
            scanBlockForLocals(g, b, stack);
        }
    }

    /** maybe_push: queues {@code b} if the mask tells it something new. */
    private static void maybePush(Block b, long unsafeMask, Deque<Block> stack) {
        long both = b.unsafeLocalsMask | unsafeMask;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    /** scan_block_for_locals. */
    private static void scanBlockForLocals(CfgBuilder g, Block b, Deque<Block> stack) {
        // bit i is set if local i is potentially uninitialized
        long unsafeMask = b.unsafeLocalsMask;
        for (int k = 0; k < b.instr.size(); k++) {
            Instruction instr = b.instr.get(k);
            Block handler = g.handler(instr);
            if (handler != null) maybePush(handler, unsafeMask, stack);
            if (instr.oparg() >= 64) continue;
            long bit = 1L << instr.oparg();
            switch (instr.opcode()) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafeMask |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafeMask &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafeMask & bit) != 0) b.instr.set(k, instr.with(Opcode.LOAD_FAST_CHECK, instr.oparg()));
                    unsafeMask &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && b.hasFallthrough()) maybePush(b.next, unsafeMask, stack);
        Instruction last = b.last();
        if (last != null && last.isJump()) maybePush(g.target(last), unsafeMask, stack);
    }

    /** fast_scan_many_locals: locals 64 and up, within each block only. */
    private static void fastScanManyLocals(CfgBuilder g, int nlocals) {
        long[] states = new long[nlocals - 64];
        long blocknum = 0;
        for (Block b : g) {
            blocknum++;
            for (int k = 0; k < b.instr.size(); k++) {
                Instruction instr = b.instr.get(k);
                int arg = instr.oparg();
                if (arg < 64) continue;
                switch (instr.opcode()) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) b.instr.set(k, instr.with(Opcode.LOAD_FAST_CHECK, arg));
                        states[arg - 64] = blocknum;
                    }
                    default -> { }
                }
            }
        }
    }
}
