package pyvm.vm.reference;

import java.util.function.Consumer;
import pyvm.gc.Traversable;

/**
 * A type slot seen from Python: {@code wrapper_descriptor} ({@code int.__add__}, a "slot wrapper")
 * and, bound to an object, {@code method-wrapper} ({@code (1).__add__}); Objects/descrobject.c.
 * Calling it calls the slot with the arguments laid out as the slot's kind says. Classes that
 * inherit such an attribute get the slot itself, not a dispatcher ({@link SlotDefs#fixupSlots}).
 */
final class PyWrapperDescr extends PyObject {

    static final PyType WRAPPER_DESCRIPTOR = PyType.builtin("wrapper_descriptor", PyType.OBJECT, t -> {
        t.tpRepr = o -> {
            PyWrapperDescr w = (PyWrapperDescr) o;
            return PyStr.of("<slot wrapper '" + w.def.name() + "' of '" + w.owner.name + "' objects>");
        };
        t.tpDescrGet = (descr, obj, type) -> obj == null ? descr : ((PyWrapperDescr) descr).bind(obj);
        t.tpCall = (callable, args, kwnames) -> {
            PyWrapperDescr w = (PyWrapperDescr) callable;
            if (args.length - kwnames.length < 1)
                throw PyErr.format(PyExc.TypeError, "descriptor '%s' of '%s' object needs an argument", w.def.name(), w.owner.name);
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return w.bind(args[0]).call(rest, kwnames);
        };
    }, TypeFlag.DISALLOW_INSTANTIATION, TypeFlag.METHOD_DESCRIPTOR);

    static final PyType METHOD_WRAPPER = PyType.builtin("method-wrapper", PyType.OBJECT, t -> {
        t.tpRepr = o -> {
            PyWrapperDescr w = (PyWrapperDescr) o;
            return PyStr.of("<method-wrapper '" + w.def.name() + "' of " + w.self.type().name + " object at "
                    + ObjectType.address(w.self) + ">");
        };
        t.tpCall = (callable, args, kwnames) -> ((PyWrapperDescr) callable).call(args, kwnames);
    }, TypeFlag.DISALLOW_INSTANTIATION);

    final PyType owner;
    final SlotDefs.Def def;
    /** The slot function wrapped: the value of the owner's slot field. */
    final Object slot;
    /** The bound object of a method-wrapper; null for the descriptor. */
    private final PyObject self;

    PyWrapperDescr(PyType owner, SlotDefs.Def def, Object slot) {
        this(owner, def, slot, null);
    }

    private PyWrapperDescr(PyType owner, SlotDefs.Def def, Object slot, PyObject self) {
        this.owner = owner;
        this.def = def;
        this.slot = slot;
        this.self = self;
    }

    @Override PyType type() {
        return self == null ? WRAPPER_DESCRIPTOR : METHOD_WRAPPER;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        if (self != null) visit.accept(self);
    }

    /** {@code descr_check}: the wrapper applies to instances of its owner only. */
    private PyWrapperDescr bind(PyObject obj) {
        if (!obj.type().isSubtype(owner))
            throw PyErr.format(PyExc.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                    def.name(), owner.name, obj.type().name);
        return new PyWrapperDescr(owner, def, slot, obj);
    }

    private PyObject call(PyObject[] args, String[] kwnames) {
        if (kwnames.length > 0 && def.kind() != SlotDefs.Kind.CALL && def.kind() != SlotDefs.Kind.INIT)
            throw PyErr.format(PyExc.TypeError, "wrapper %s() takes no keyword arguments", def.name());
        return SlotDefs.callWrapped(def, slot, self, args, kwnames);
    }
}
