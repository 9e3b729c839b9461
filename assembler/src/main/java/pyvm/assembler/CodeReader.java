package pyvm.assembler;

import java.util.ArrayList;
import java.util.List;
import pyvm.parser.ConstantValue;

/**
 * Reads TYPE_CODE: the fields of a code object in the order marshal.c writes them, then the checks
 * of {@code _PyCode_Validate} and {@code intern_strings} (Objects/codeobject.c), with CPython's
 * exceptions. The layout is documented on {@link Marshal}.
 */
final class CodeReader {

    /** PyErr_BadInternalCall's message for the code object checks, as CPython 3.13.0 prints it. */
    private static final String BAD_CALL = "Objects/codeobject.c:412: bad argument to internal function";

    private final MarshalReader in;

    CodeReader(MarshalReader in) {
        this.in = in;
    }

    /** {@return the code object} */
    MarshalValue read(boolean flag) {
        int index = in.reserve(flag);
        int argcount = in.intField();
        int posonlyargcount = in.intField();
        int kwonlyargcount = in.intField();
        int stacksize = in.intField();
        int flags = in.intField();
        MarshalValue code = field();
        MarshalValue consts = field();
        MarshalValue names = field();
        MarshalValue localsplusnames = field();
        MarshalValue localspluskinds = field();
        MarshalValue filename = field();
        MarshalValue name = field();
        MarshalValue qualname = field();
        int firstlineno = in.intField();
        MarshalValue linetable = field();
        MarshalValue exceptiontable = field();
        if (consts instanceof MarshalValue.TupleValue)
            throw MarshalError.bad("code object constants that are not constants");
        try {
            return in.insert(index, new MarshalValue.Constant(new CodeObject(argcount, posonlyargcount,
                    kwonlyargcount, stacksize, flags, bytes(code), tuple(consts), strings(names),
                    strings(localsplusnames), bytes(localspluskinds), str(filename), str(name), str(qualname),
                    firstlineno, bytes(linetable), bytes(exceptiontable))));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw message.startsWith("code:")
                    ? new MarshalError(MarshalError.Type.ValueError, message)
                    : new MarshalError(MarshalError.Type.SystemError, BAD_CALL);
        }
    }

    private MarshalValue field() {
        MarshalValue v = in.field();
        if (v == null) throw new MarshalError(MarshalError.Type.TypeError, "NULL object in marshal data for code object");
        return v;
    }

    private static byte[] bytes(MarshalValue v) {
        if (v instanceof MarshalValue.Constant(ConstantValue.Bytes b)) return b.value();
        throw new IllegalArgumentException(BAD_CALL);
    }

    private static String str(MarshalValue v) {
        if (v instanceof MarshalValue.Constant(ConstantValue.Str s)) return s.value();
        throw new IllegalArgumentException(BAD_CALL);
    }

    private static List<ConstantValue> tuple(MarshalValue v) {
        if (v instanceof MarshalValue.Constant(ConstantValue.Tuple t)) return t.items();
        throw new IllegalArgumentException(BAD_CALL);
    }

    /** A tuple of names; intern_strings refuses anything but str in it. */
    private static List<String> strings(MarshalValue v) {
        List<String> out = new ArrayList<>();
        for (ConstantValue item : tuple(v)) {
            if (!(item instanceof ConstantValue.Str s))
                throw new MarshalError(MarshalError.Type.SystemError, "non-string found in code slot");
            out.add(s.value());
        }
        return out;
    }
}
