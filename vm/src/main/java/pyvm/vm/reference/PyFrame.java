package pyvm.vm.reference;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pyvm.assembler.CodeObject;
import pyvm.assembler.LocalKind;
import pyvm.gc.Traversable;
import pyvm.vm.Frame;
import pyvm.vm.Value;

/**
 * A frame: one running (or finished) execution of a code object. It is both CPython's
 * {@code _PyInterpreterFrame} (Include/internal/pycore_frame.h), which holds the fast locals
 * ("localsplus": arguments, locals, cells, free variables), the value stack and the position, and
 * the {@code frame} object of Objects/frameobject.c that tracebacks and observers see.
 */
final class PyFrame extends PyObject implements Frame {

    static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, t -> {
        t.tpRepr = o -> {
            PyFrame f = (PyFrame) o;
            return PyStr.of("<frame at " + ObjectType.address(f) + ", file " + Py.repr(PyStr.of(f.code.code.coFilename())).value
                    + ", line " + f.lineno() + ", code " + f.code.code.coName() + ">");
        };
        t.dict.put("f_code", new PyGetSetDescr(t, "f_code", o -> ((PyFrame) o).code, null));
        t.dict.put("f_globals", new PyGetSetDescr(t, "f_globals", o -> ((PyFrame) o).globals, null));
        t.dict.put("f_builtins", new PyGetSetDescr(t, "f_builtins", o -> ((PyFrame) o).builtins, null));
        t.dict.put("f_lineno", new PyGetSetDescr(t, "f_lineno", o -> PyInt.of(((PyFrame) o).lineno()), null));
        t.dict.put("f_lasti", new PyGetSetDescr(t, "f_lasti", o -> PyInt.of(((PyFrame) o).lasti), null));
        t.dict.put("f_back", new PyGetSetDescr(t, "f_back", o -> {
            PyFrame back = ((PyFrame) o).back;
            return back == null ? PyNone.NONE : back;
        }, null));
    }, TypeFlag.DISALLOW_INSTANTIATION);

    final PyCode code;
    final PyDict globals;
    final PyDict builtins;
    /** The locals dict of a module or class body; null for a function, whose locals are fast. */
    final PyDict locals;
    /** Arguments, locals, cells and free variables, by slot; null where unbound. */
    final PyObject[] localsplus;
    /** The value stack; null entries are the NULLs PUSH_NULL and LOAD_GLOBAL push. */
    final PyObject[] stack;
    /** The stack depth, kept up to date where an observer or a traceback may look. */
    int stackDepth;
    /** The byte offset of the instruction running now ({@code f_lasti}); -1 before the first. */
    int lasti = -1;
    /** The caller's frame ({@code f_back}); null for the first frame of a run and a suspended generator's. */
    PyFrame back;
    /** Where the loop resumes, in code units: 0 for a new frame, after YIELD_VALUE for a suspended one. */
    int pc;
    /** What the frame is doing, {@code gi_frame_state}: how its last run of the loop ended. */
    State state = State.CREATED;

    /** {@code PyFrameState}, as far as the loop and generators need it. */
    enum State { CREATED, SUSPENDED, SUSPENDED_YIELD_FROM, EXECUTING, COMPLETED }
    /** The function being run ({@code f_funcobj}), whose closure COPY_FREE_VARS reads; null for a module. */
    final PyFunction function;

    PyFrame(PyCode code, PyDict globals, PyDict builtins, PyDict locals, PyFrame back, PyFunction function) {
        this.function = function;
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.localsplus = new PyObject[code.localsplusnames.length];
        this.stack = new PyObject[code.code.coStacksize()];
        this.back = back;
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(Consumer<? super Traversable> visit) {
        visit.accept(code);
        visit.accept(globals);
        visit.accept(builtins);
        if (locals != null) visit.accept(locals);
        for (PyObject o : localsplus) if (o != null) visit.accept(o);
        for (int i = 0; i < stackDepth; i++) if (stack[i] != null) visit.accept(stack[i]);
        if (back != null) visit.accept(back);
        if (function != null) visit.accept(function);
    }

    @Override public CodeObject code() {
        return code.code;
    }

    @Override public int lasti() {
        return lasti;
    }

    @Override public int lineno() {
        return code.lineno(Math.max(lasti, 0));
    }

    @Override public List<Value> stack() {
        return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(stack, stackDepth, Value[].class)));
    }

    @Override public Map<String, Value> locals() {
        Map<String, Value> out = new LinkedHashMap<>();
        if (locals != null) {
            for (Map.Entry<PyDict.Key, PyObject> e : locals.map.entrySet())
                if (e.getKey().object instanceof PyStr name) out.put(name.value, e.getValue());
            return Collections.unmodifiableMap(out);
        }
        for (int i = 0; i < localsplus.length; i++) {
            PyObject v = localsplus[i];
            if (v instanceof PyCell cell && (code.isKind(i, LocalKind.CELL) || code.isKind(i, LocalKind.FREE)))
                v = cell.contents;
            if (v != null && !code.isKind(i, LocalKind.HIDDEN)) out.put(code.localsplusnames[i], v);
        }
        return Collections.unmodifiableMap(out);
    }

    @Override public Frame back() {
        return back;
    }
}
