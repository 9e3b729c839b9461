package pyvm.vm.reference;

import java.util.List;
import pyvm.assembler.CodeObject;
import pyvm.assembler.ExceptionTable;
import pyvm.assembler.LocalKind;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.ConstantValue;

/**
 * A code object as the interpreter runs it: the {@code code} type of Objects/codeobject.c around a
 * {@link CodeObject}. Made once per code object, it decodes what every execution needs: the
 * instructions (EXTENDED_ARG prefixes folded into the argument of the instruction they extend,
 * inline caches skipped), the constants as Python objects, the names, the exception table, and the
 * source positions for tracebacks.
 */
final class PyCode extends PyObject {

    static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, t -> t.tpRepr = o -> {
        PyCode c = (PyCode) o;
        return PyStr.of("<code object " + c.code.coName() + " at " + ObjectType.address(c) + ", file \""
                + c.code.coFilename() + "\", line " + c.code.coFirstlineno() + ">");
    }, TypeFlag.DISALLOW_INSTANTIATION);

    final CodeObject code;
    /** The opcode of each code unit; an instruction's inline cache units hold CACHE. */
    final Opcode[] opcodes;
    /** The argument of each instruction, with its EXTENDED_ARG prefixes folded in. */
    final int[] opargs;
    /** {@code co_consts} as Python objects. */
    final PyObject[] consts;
    /** {@code co_names} as str objects, whose hashes are computed once. */
    final PyStr[] names;
    /** {@code co_localsplusnames}. */
    final String[] localsplusnames;
    /** {@code co_localspluskinds}. */
    final byte[] localspluskinds;
    final ExceptionTable.Entry[] exceptionTable;
    /** The source span of each code unit, decoded when a traceback or observer first asks. */
    private List<Location> positions;

    PyCode(CodeObject code) {
        this.code = code;
        byte[] bytes = code.coCode();
        int units = bytes.length / 2;
        opcodes = new Opcode[units];
        opargs = new int[units];
        int extended = 0;
        for (int i = 0; i < units; i++) {
            Opcode op = Opcode.byNumber(bytes[2 * i] & 0xff);
            int arg = extended << 8 | (bytes[2 * i + 1] & 0xff);
            opcodes[i] = op;
            opargs[i] = arg;
            extended = op == Opcode.EXTENDED_ARG ? arg : 0;
            if (op != null) for (int c = 0; c < op.cacheEntries() && i + 1 < units; c++) opcodes[++i] = Opcode.CACHE;
        }
        consts = code.coConsts().stream().map(PyCode::constant).toArray(PyObject[]::new);
        names = code.coNames().stream().map(PyStr::of).toArray(PyStr[]::new);
        localsplusnames = code.coLocalsplusnames().toArray(new String[0]);
        localspluskinds = code.coLocalspluskinds();
        exceptionTable = code.exceptionTable().entries().toArray(new ExceptionTable.Entry[0]);
    }

    @Override PyType type() {
        return TYPE;
    }

    @Override public void traverse(java.util.function.Consumer<? super pyvm.gc.Traversable> visit) {
        for (PyObject c : consts) visit.accept(c);
    }

    /** {@return whether fast slot {@code i} is of {@code kind}} */
    boolean isKind(int i, LocalKind kind) {
        return kind.in(localspluskinds[i]);
    }

    /** {@return the source span of the instruction at byte offset {@code lasti}, or null where it has none} */
    Location position(int lasti) {
        if (positions == null) positions = code.lineTable().positions();
        int unit = lasti / 2;
        return unit >= 0 && unit < positions.size() ? positions.get(unit) : null;
    }

    /** {@return the line of the instruction at byte offset {@code lasti}, -1 for none: {@code PyCode_Addr2Line}} */
    int lineno(int lasti) {
        Location l = position(lasti);
        return l == null ? -1 : l.lineno();
    }

    /** {@return a constant of the code as a Python object, as unmarshalling a .pyc makes it} */
    static PyObject constant(ConstantValue c) {
        return switch (c) {
            case ConstantValue.None n -> PyNone.NONE;
            case ConstantValue.Bool b -> PyBool.of(b.value());
            case ConstantValue.Int i -> PyInt.of(i.value());
            case ConstantValue.Float f -> new PyFloat(f.value());
            case ConstantValue.Complex x -> new PyComplex(x.real(), x.imag());
            case ConstantValue.Str s -> PyStr.of(s.value());
            case ConstantValue.Bytes b -> new PyBytes(b.value());
            case ConstantValue.Ellipsis e -> PyEllipsis.ELLIPSIS;
            case ConstantValue.Tuple t -> PyTuple.of(t.items().stream().map(PyCode::constant).toArray(PyObject[]::new));
            case ConstantValue.FrozenSet s -> PySet.frozen(s.items().stream().map(PyCode::constant).toArray(PyObject[]::new));
            case ConstantValue.Code k -> {
                if (!(k instanceof CodeObject code)) throw new IllegalStateException("a code constant that is no CodeObject: " + k);
                yield new PyCode(code);
            }
        };
    }
}
