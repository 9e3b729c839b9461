package pyvm.cfg.reference;

import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;

/**
 * Fewer SWAPs: a run of them is replaced by the shortest run with the same effect, and a SWAP in
 * front of instructions that just store or pop is done by reordering those instead. Mirrors
 * swaptimize and apply_static_swaps of Python/flowgraph.c.
 */
final class Swaps {

    private Swaps() {}

    private static final int VISITED = -1;

    /**
     * swaptimize: simulates the run of SWAPs (and NOPs) starting at {@code ix} on a stack of
     * numbered items, then writes the optimal sequence of swaps that shuffles it the same way.
     * {@return the index of the last instruction of the run}
     */
    static int swaptimize(Block block, int ix) {
        var in = block.instr;
        int depth = in.get(ix).oparg();
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            Instruction i = in.get(ix + len);
            if (i.opcode() == Opcode.SWAP) {
                depth = Math.max(depth, i.oparg());
                more = true;
            } else if (i.opcode() != Opcode.NOP) {
                break;
            }
        }
        // It's already optimal if there's only one SWAP:
        if (!more) return ix;
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++) {
            Instruction instr = in.get(ix + i);
            if (instr.opcode() == Opcode.SWAP) {
                int oparg = instr.oparg();
                int top = stack[0];
                stack[0] = stack[oparg - 1];
                stack[oparg - 1] = top;
            }
        }
        // Un-shuffle each cycle through position 0, writing the swaps from the end of the run.
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == VISITED || stack[i] == i) continue;
            int j = i;
            while (true) {
                if (j != 0) {
                    in.set(ix + current, in.get(ix + current).with(Opcode.SWAP, j + 1));
                    current--;
                }
                if (stack[j] == VISITED) break;
                int nextJ = stack[j];
                stack[j] = VISITED;
                j = nextJ;
            }
        }
        while (current >= 0) {
            in.set(ix + current, in.get(ix + current).with(Opcode.NOP, 0));
            current--;
        }
        return ix + len - 1;
    }

    /** SWAPPABLE: instructions that consume the top of the stack and touch nothing else on it. */
    private static boolean swappable(Opcode op) {
        return op == Opcode.STORE_FAST || op == Opcode.STORE_FAST_MAYBE_NULL || op == Opcode.POP_TOP;
    }

    /** STORES_TO: the local a store writes, or -1. */
    private static int storesTo(Instruction i) {
        return i.opcode() == Opcode.STORE_FAST || i.opcode() == Opcode.STORE_FAST_MAYBE_NULL ? i.oparg() : -1;
    }

    /** next_swappable_instruction: skipping NOPs, the next swappable instruction on {@code lineno}, or -1. */
    private static int nextSwappable(Block block, int i, int lineno) {
        while (++i < block.instr.size()) {
            Instruction instr = block.instr.get(i);
            // Optimizing across a line change could change the names bound between line events.
            if (lineno >= 0 && instr.lineno() != lineno) return -1;
            if (instr.opcode() == Opcode.NOP) continue;
            return swappable(instr.opcode()) ? i : -1;
        }
        return -1;
    }

    /**
     * apply_static_swaps: for SWAP(n) followed by n swappable instructions, swap the first and the
     * n-th of those instead of the stack items, unless they store to the same local.
     */
    static void applyStaticSwaps(Block block, int i) {
        var in = block.instr;
        for (; i >= 0; i--) {
            Instruction swap = in.get(i);
            if (swap.opcode() != Opcode.SWAP) {
                if (swap.opcode() == Opcode.NOP || swappable(swap.opcode())) continue;
                return;
            }
            int j = nextSwappable(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = in.get(j).lineno();
            for (int count = swap.oparg() - 1; count > 0; count--) {
                k = nextSwappable(block, k, lineno);
                if (k < 0) return;
            }
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(in.get(idx));
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) return;
                }
            }
            in.set(i, swap.with(Opcode.NOP, 0));
            Instruction temp = in.get(j);
            in.set(j, in.get(k));
            in.set(k, temp);
        }
    }
}
