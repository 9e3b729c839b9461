package pyvm.cfg;

/**
 * The name of a basic block that jumps and exception handlers refer to. Mirrors jump_target_label in
 * Python/flowgraph.c, which is also just an int: the code generator hands out labels before the
 * blocks they name exist, so instructions can jump forward.
 *
 * @param id a number unique within one control-flow graph, from 0
 */
public record Label(int id) {

    public Label {
        if (id < 0) throw new IllegalArgumentException("label id " + id);
    }

    /** {@return {@code L} and the id, as listings print a block's name} */
    @Override
    public String toString() {
        return "L" + id;
    }
}
