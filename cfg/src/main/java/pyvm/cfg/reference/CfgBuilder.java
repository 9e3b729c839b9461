package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import pyvm.cfg.BasicBlock;
import pyvm.cfg.ControlFlowGraph;
import pyvm.cfg.Instruction;
import pyvm.cfg.Label;

/**
 * The control-flow graph of one code unit while the flowgraph passes rewrite it: blocks chained
 * from the entry block, and the map from labels to blocks that turns a jump's label into its
 * target. Mirrors cfg_builder of Python/flowgraph.c; {@link #freeze} gives the contract's
 * {@link ControlFlowGraph}.
 */
final class CfgBuilder implements Iterable<Block> {

    /** g_entryblock. */
    Block entry;
    private final Map<Label, Block> byLabel = new HashMap<>();
    private int nextLabel;
    /** g_curblock and g_current_label, while the graph is built from a sequence. */
    private Block current;
    private Label currentLabel;

    private CfgBuilder(int firstFreeLabel) {
        nextLabel = firstFreeLabel;
        entry = current = newBlock();
    }

    /**
     * Cuts an instruction sequence into basic blocks (_PyCfg_FromInstructionSequence): a new block
     * starts at each instruction some jump or SETUP_* goes to, and after each jump, return or
     * raise. Labels the code generator placed where nothing jumps do not cut. A block is labelled
     * by the index of its first instruction in the sequence.
     */
    static CfgBuilder fromSequence(InstructionSequence seq) {
        List<Instruction> instructions = seq.instructions();
        CfgBuilder g = new CfgBuilder(instructions.size());
        boolean[] isTarget = new boolean[instructions.size()];
        for (Instruction instr : instructions)
            if (instr.target() != null) isTarget[seq.offsetOf(instr.target())] = true;
        for (int i = 0; i < instructions.size(); i++) {
            if (isTarget[i]) g.useLabel(new Label(i));
            Instruction instr = instructions.get(i);
            if (instr.target() != null) instr = instr.withTarget(new Label(seq.offsetOf(instr.target())));
            g.addop(instr);
        }
        g.current = null;
        return g;
    }

    /** _PyCfgBuilder_UseLabel. */
    private void useLabel(Label label) {
        currentLabel = label;
        maybeStartNewBlock();
    }

    /** _PyCfgBuilder_Addop. */
    private void addop(Instruction instr) {
        maybeStartNewBlock();
        current.instr.add(instr);
    }

    /** cfg_builder_maybe_start_new_block. */
    private void maybeStartNewBlock() {
        if (currentBlockIsTerminated()) {
            Block b = currentLabel == null ? newBlock() : newBlock(currentLabel);
            currentLabel = null;
            current.next = b;
            current = b;
        }
    }

    /** cfg_builder_current_block_is_terminated: an empty, unlabelled block takes the pending label. */
    private boolean currentBlockIsTerminated() {
        Instruction last = current.last();
        if (last != null && last.isTerminator()) return true;
        if (currentLabel != null) {
            if (last != null || current.labelled) return true;
            relabel(current, currentLabel);
            currentLabel = null;
        }
        return false;
    }

    private void relabel(Block b, Label label) {
        byLabel.remove(b.label);
        b.label = label;
        b.labelled = true;
        byLabel.put(label, b);
    }

    /** {@return a new block with no label of the code generator's (cfg_builder_new_block)} */
    Block newBlock() {
        Block b = new Block(new Label(nextLabel++));
        byLabel.put(b.label, b);
        return b;
    }

    private Block newBlock(Label label) {
        Block b = new Block(label);
        b.labelled = true;
        byLabel.put(label, b);
        return b;
    }

    /** Gives {@code b} a label of its own that jumps may use, as passes do with get_max_label() + 1. */
    void label(Block b) {
        b.labelled = true;
    }

    /** {@return the block a jump or SETUP_* goes to (i_target)} */
    Block target(Instruction instr) {
        return block(instr.target());
    }

    /** {@return the handler an instruction raises to (i_except), or null} */
    Block handler(Instruction instr) {
        return instr.exceptHandler() == null ? null : block(instr.exceptHandler());
    }

    private Block block(Label label) {
        Block b = byLabel.get(label);
        if (b == null) throw new IllegalStateException("no block " + label);
        return b;
    }

    /** {@return a copy of the instructions of {@code b} in a new block (copy_basicblock)} */
    Block copy(Block b) {
        Block result = newBlock();
        result.instr.addAll(b.instr);
        return result;
    }

    /** {@return the blocks in layout order} */
    @Override
    public Iterator<Block> iterator() {
        return new Iterator<>() {
            private Block b = entry;

            @Override
            public boolean hasNext() {
                return b != null;
            }

            @Override
            public Block next() {
                if (b == null) throw new NoSuchElementException();
                Block result = b;
                b = b.next;
                return result;
            }
        };
    }

    /**
     * {@return the graph as the contract's immutable record} Empty blocks are dropped, jumps to
     * them going to the next block that has instructions (as eliminate_empty_basic_blocks does), and
     * the blocks are labelled L0, L1, ... in layout order.
     */
    ControlFlowGraph freeze() {
        Map<Label, Label> renamed = new HashMap<>();
        List<Block> kept = new ArrayList<>();
        List<Block> pending = new ArrayList<>();
        for (Block b : this) {
            pending.add(b);
            if (b.instr.isEmpty()) continue;
            Label name = new Label(kept.size());
            for (Block p : pending) renamed.put(p.label, name);
            pending.clear();
            kept.add(b);
        }
        List<BasicBlock> blocks = new ArrayList<>();
        for (Block b : kept) {
            List<Instruction> instrs = new ArrayList<>();
            for (Instruction i : b.instr) {
                if (i.target() != null) i = i.withTarget(renamed.get(i.target()));
                if (i.exceptHandler() != null) i = i.withExceptHandler(renamed.get(i.exceptHandler()));
                instrs.add(i);
            }
            blocks.add(new BasicBlock(renamed.get(b.label), instrs, b.exceptHandler, b.preserveLasti, b.cold));
        }
        return new ControlFlowGraph(blocks);
    }
}
