package pyvm.assembler.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pyvm.cfg.BasicBlock;
import pyvm.cfg.ControlFlowGraph;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;

/**
 * The blocks of a code unit in layout order, with the map from labels to blocks, while the assembler
 * rewrites them. Mirrors the cfg_builder that _PyCfg_OptimizedCfgToInstructionSequence receives.
 */
final class Graph {

    final List<Block> blocks = new ArrayList<>();
    private final Map<Label, Block> byLabel = new HashMap<>();
    private int nextLabel;

    Graph(ControlFlowGraph cfg) {
        for (BasicBlock b : cfg.blocks()) add(blocks.size(), Block.of(b));
        for (Block b : blocks) nextLabel = Math.max(nextLabel, b.label.id() + 1);
    }

    private void add(int index, Block b) {
        blocks.add(index, b);
        byLabel.put(b.label, b);
    }

    /** {@return a new block laid out right after {@code after} (cfg_builder_new_block, then b_next)} */
    Block insertAfter(Block after, List<Instruction> instr) {
        Block b = new Block(new Label(nextLabel++), instr, false);
        add(blocks.indexOf(after) + 1, b);
        return b;
    }

    Block block(Label label) {
        Block b = byLabel.get(label);
        if (b == null) throw new IllegalStateException("no block " + label);
        return b;
    }

    /** {@return the block after {@code b}, or null} */
    Block next(Block b) {
        int i = blocks.indexOf(b);
        return i + 1 < blocks.size() ? blocks.get(i + 1) : null;
    }

    /** next_nonempty_block of the block after {@code b}, or of {@code b} itself when {@code self}. */
    Block nextNonempty(Block b, boolean self) {
        int i = blocks.indexOf(b) + (self ? 0 : 1);
        while (i < blocks.size() && blocks.get(i).instr.isEmpty()) i++;
        return i < blocks.size() ? blocks.get(i) : null;
    }
}
