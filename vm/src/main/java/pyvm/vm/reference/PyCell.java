package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * A cell: the box that holds a variable shared between a function and the functions nested in it
 * (a closure), {@code PyCellObject} of Objects/cellobject.c. MAKE_CELL creates it, LOAD_DEREF and
 * STORE_DEREF go through it.
 */
final class PyCell extends PyObject {

    static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, t -> {
        t.tpRepr = o -> {
            PyObject v = ((PyCell) o).contents;
            return PyStr.of("<cell at " + ObjectType.address(o) + ": "
                    + (v == null ? "empty" : v.type().name + " object at " + ObjectType.address(v)) + ">");
        };
        t.tpNew = (type, args, kwnames) -> {
            Args.noKeywords("cell", kwnames);
            Args.checkPositional("cell", args.length, 0, 1);
            return new PyCell(args.length == 1 ? args[0] : null);
        };
    });

    /** {@code cell_contents}; null while the variable is unbound. */
    PyObject contents;

    PyCell(PyObject contents) {
        this.contents = contents;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        if (contents != null) visit.accept(contents);
    }

    @Override public void clear() {
        contents = null;
    }
}
