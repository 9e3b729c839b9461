package pyvm.cfg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The basic blocks of one code unit, in layout order: the first is the entry, and a block that falls
 * through continues with the one after it. Mirrors cfg_builder in Python/flowgraph.c, whose blocks are
 * chained by b_next from g_entryblock; here the list is that chain.
 *
 * @param blocks the blocks, each with a label of its own
 */
public record ControlFlowGraph(List<BasicBlock> blocks) {

    public ControlFlowGraph {
        blocks = List.copyOf(blocks);
        Map<Label, BasicBlock> seen = new HashMap<>();
        for (BasicBlock b : blocks)
            if (seen.put(b.label(), b) != null)
                throw new IllegalArgumentException("two blocks are labelled " + b.label());
        for (BasicBlock b : blocks)
            for (Instruction i : b.instructions()) {
                if (i.target() != null && !seen.containsKey(i.target()))
                    throw new IllegalArgumentException(b.label() + " jumps to missing " + i.target());
                if (i.exceptHandler() != null && !seen.containsKey(i.exceptHandler()))
                    throw new IllegalArgumentException(b.label() + " has missing handler " + i.exceptHandler());
            }
    }

    /** {@return the entry block (g_entryblock)} */
    public BasicBlock entry() {
        return blocks.getFirst();
    }

    /** {@return the block with this label} */
    public BasicBlock block(Label label) {
        for (BasicBlock b : blocks)
            if (b.label().equals(label)) return b;
        throw new IllegalArgumentException("no block " + label);
    }

    /** {@return the block laid out after {@code b} (b_next), or null after the last} */
    public BasicBlock next(BasicBlock b) {
        int i = blocks.indexOf(b);
        return i + 1 < blocks.size() ? blocks.get(i + 1) : null;
    }

    /**
     * {@return the labels control can go to from {@code b}: the next block if {@code b} falls through,
     * then each jump and SETUP_* target in instruction order, without repeats}
     */
    public List<Label> successors(BasicBlock b) {
        List<Label> out = new ArrayList<>();
        BasicBlock next = next(b);
        if (b.hasFallthrough() && next != null) out.add(next.label());
        for (Instruction i : b.instructions())
            if (i.target() != null && !out.contains(i.target())) out.add(i.target());
        return out;
    }
}
