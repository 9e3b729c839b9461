package pyvm.assembler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import pyvm.parser.ConstantValue;

/**
 * Reads marshal data: r_object and its helpers in Python/marshal.c (3.13), one case per type code,
 * raising what CPython raises for the same bytes. The type codes and the layout are documented on
 * {@link Marshal}.
 *
 * <p>Back-references: an object whose type byte has {@link Marshal#FLAG_REF} set is appended to a
 * list as it is read, and {@code r} + index refers to it later. Containers take their index before
 * their items are read, as CPython's do. A frozenset or code object is not in the list until it is
 * complete, so a reference to it from inside is {@code invalid reference}, as in CPython; a tuple,
 * list, dict or set is, so CPython builds a container that holds itself. Values here are immutable
 * and cannot hold themselves: the reader goes on to the end of the data, so that other errors are
 * reported as CPython reports them, then refuses the data as {@link #CYCLE}.
 */
final class MarshalReader {

    /** MAX_MARSHAL_STACK_DEPTH: deeper nesting is refused rather than risking the stack. */
    private static final int MAX_DEPTH = 2000;
    private static final long SIZE32_MAX = 0x7fffffffL;

    private final byte[] data;
    private int pos;
    private int depth;
    /** The refusal of data that CPython reads as a container holding itself. */
    static final String CYCLE = "a container that holds itself";

    /** The objects flagged so far; null marks an index reserved for a container still being read. */
    private final List<MarshalValue> refs = new ArrayList<>();
    /** The indexes of the tuples, lists, dicts and sets being read, which CPython lets items refer to. */
    private final Set<Integer> building = new HashSet<>();
    /** Whether an item referred to a container it is in. */
    private boolean cyclic;

    MarshalReader(byte[] data, int offset) {
        this.data = data;
        this.pos = offset;
    }

    /** read_object: a whole object, never null. */
    MarshalValue readObject() {
        MarshalValue v = object();
        if (v == null) throw new MarshalError(MarshalError.Type.TypeError, "NULL object in marshal data for object");
        if (cyclic) throw MarshalError.bad(CYCLE);
        return v;
    }

    // ---------------------------------------------------------------- bytes

    /** r_byte for a type code: EOF there means the data ended where an object should start. */
    private int typeCode() {
        if (pos >= data.length) throw MarshalError.eof();
        return data[pos++] & 0xff;
    }

    /** r_byte anywhere else. */
    private int readByte() {
        if (pos >= data.length) throw new MarshalError(MarshalError.Type.EOFError, "EOF read where not expected");
        return data[pos++] & 0xff;
    }

    /** r_string: {@code n} bytes, the start offset of which is returned. */
    private int take(long n) {
        if (data.length - pos < n) throw new MarshalError(MarshalError.Type.EOFError, "marshal data too short");
        int start = pos;
        pos += (int) n;
        return start;
    }

    /** r_long: a signed 32-bit little-endian integer. */
    private int readLong() {
        int at = take(4);
        return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | data[at + 3] << 24;
    }

    /** A size field: r_long, refused outside 0..SIZE32_MAX with CPython's message for {@code what}. */
    private int readSize(String what) {
        int n = readLong();
        if (n < 0) throw MarshalError.bad(what + " size out of range");
        return n;
    }

    private byte[] readBytes(int n) {
        int at = take(n);
        byte[] out = new byte[n];
        System.arraycopy(data, at, out, 0, n);
        return out;
    }

    // ---------------------------------------------------------------- objects

    /** r_object: the next object, or null for TYPE_NULL. */
    private MarshalValue object() {
        int code = typeCode();
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new MarshalError(MarshalError.Type.ValueError, "recursion limit exceeded");
        }
        boolean flag = (code & Marshal.FLAG_REF) != 0;
        MarshalValue v = switch (code & ~Marshal.FLAG_REF) {
            case '0' -> null;
            case 'N' -> constant(ConstantValue.NONE);
            case 'F' -> constant(new ConstantValue.Bool(false));
            case 'T' -> constant(new ConstantValue.Bool(true));
            case '.' -> constant(ConstantValue.ELLIPSIS);
            case 'S' -> new MarshalValue.StopIterationValue();
            case 'r' -> reference();
            default -> flagged(code & ~Marshal.FLAG_REF, flag);
        };
        depth--;
        return v;
    }

    /** The types that can carry FLAG_REF: each registers itself as CPython's R_REF or r_ref_reserve does. */
    private MarshalValue flagged(int type, boolean flag) {
        return switch (type) {
            case 'i' -> register(flag, constant(ConstantValue.Int.of(readLong())));
            case 'I' -> register(flag, constant(new ConstantValue.Int(int64())));
            case 'l' -> register(flag, constant(new ConstantValue.Int(pyLong())));
            case 'f' -> register(flag, constant(new ConstantValue.Float(floatStr())));
            case 'g' -> register(flag, constant(new ConstantValue.Float(floatBin())));
            case 'x' -> register(flag, complex(floatStr(), floatStr()));
            case 'y' -> register(flag, complex(floatBin(), floatBin()));
            case 's' -> register(flag, constant(new ConstantValue.Bytes(readBytes(readSize("bytes object")))));
            case 'a', 'A' -> register(flag, constant(new ConstantValue.Str(latin1(readSize("string")))));
            case 'z', 'Z' -> register(flag, constant(new ConstantValue.Str(latin1(readByte()))));
            case 'u', 't' -> register(flag, constant(new ConstantValue.Str(Utf8.decode(data, take(readSize("string")), pos))));
            case ')' -> items(readByte(), flag, "tuple", MarshalValue::tuple, true);
            case '(' -> items(readSize("tuple"), flag, "tuple", MarshalValue::tuple, true);
            case '[' -> items(readSize("list"), flag, "list", MarshalValue.ListValue::new, true);
            case '<' -> items(readSize("set"), flag, "set", MarshalValue.SetValue::new, true);
            case '>' -> items(readSize("set"), flag, "set", MarshalValue::frozenset, false);
            case '{' -> dict(flag);
            case 'c' -> new CodeReader(this).read(flag);
            default -> throw MarshalError.bad("unknown type code");
        };
    }

    private static MarshalValue constant(ConstantValue value) {
        return new MarshalValue.Constant(value);
    }

    private static MarshalValue complex(double real, double imag) {
        return constant(new ConstantValue.Complex(real, imag));
    }

    private MarshalValue register(boolean flag, MarshalValue v) {
        if (flag) refs.add(v);
        return v;
    }

    /** r_ref_reserve: an index for a container whose items are still to come; -1 when not flagged. */
    int reserve(boolean flag) {
        if (!flag) return -1;
        refs.add(null);
        return refs.size() - 1;
    }

    /** R_REF of a tuple, list, dict or set, which CPython registers before reading its items. */
    private int registerContainer(boolean flag) {
        int index = reserve(flag);
        if (index >= 0) building.add(index);
        return index;
    }

    /** r_ref_insert: the finished container takes its reserved index. */
    MarshalValue insert(int index, MarshalValue v) {
        if (index >= 0 && v != null) {
            refs.set(index, v);
            building.remove(index);
        }
        return v;
    }

    /** TYPE_REF: a 32-bit index into the objects flagged so far. */
    private MarshalValue reference() {
        int n = readLong();
        if (building.contains(n)) {
            cyclic = true;
            return constant(ConstantValue.NONE);   // a stand-in, never returned: see CYCLE
        }
        if (n < 0 || n >= refs.size() || refs.get(n) == null) throw MarshalError.bad("invalid reference");
        return refs.get(n);
    }

    /** TYPE_INT64, no longer written but still read: a signed 64-bit little-endian integer. */
    private BigInteger int64() {
        int at = take(8);
        long x = 0;
        for (int i = 7; i >= 0; i--) x = x << 8 | (data[at + i] & 0xff);
        return BigInteger.valueOf(x);
    }

    /**
     * r_PyLong: a signed count of 15-bit digits, least significant first. The top digit must not be 0,
     * so every int has one encoding.
     */
    private BigInteger pyLong() {
        int n = readLong();
        if (n == 0) return BigInteger.ZERO;
        if (n == Integer.MIN_VALUE) throw MarshalError.bad("long size out of range");
        int count = Math.abs(n);
        int[] digits = new int[Math.min(count, (data.length - pos) / 2 + 1)];   // take() fails before it fills up
        for (int i = 0; i < count; i++) {
            int at = take(2);
            int digit = (data[at] & 0xff) | (data[at + 1] & 0xff) << 8;
            if (digit > 0x7fff) throw MarshalError.bad("digit out of range in long");
            if (digit == 0 && i == count - 1) throw MarshalError.bad("unnormalized long data");
            digits[i] = digit;
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = count - 1; i >= 0; i--) value = value.shiftLeft(15).or(BigInteger.valueOf(digits[i]));
        return n < 0 ? value.negate() : value;
    }

    /** r_float_bin: an IEEE double, little-endian. */
    private double floatBin() {
        int at = take(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) bits = bits << 8 | (data[at + i] & 0xff);
        return Double.longBitsToDouble(bits);
    }

    /** r_float_str: the old text form, a length byte and the digits, read as PyOS_string_to_double does. */
    private double floatStr() {
        int n = readByte();
        String text = latin1(n);
        int nul = text.indexOf('\0');
        return FloatText.parse(nul >= 0 ? text.substring(0, nul) : text);
    }

    /** Bytes as code points 0..255: PyUnicode_FromKindAndData with the 1-byte kind. */
    private String latin1(int n) {
        int at = take(n);
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) chars[i] = (char) (data[at + i] & 0xff);
        return new String(chars);
    }

    /**
     * Tuples, lists, sets and frozensets: a container index first, then {@code n} items.
     * {@code registeredFirst}: items may refer to the container (all but frozensets, see {@link #CYCLE}).
     */
    private MarshalValue items(int n, boolean flag, String kind, Function<List<MarshalValue>, MarshalValue> make,
                               boolean registeredFirst) {
        int index = registeredFirst ? registerContainer(flag) : reserve(flag);
        List<MarshalValue> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            MarshalValue item = object();
            if (item == null)
                throw new MarshalError(MarshalError.Type.TypeError, "NULL object in marshal data for " + kind);
            if (kind.equals("set")) Hashing.requireHashable(item);
            items.add(item);
        }
        return insert(index, make.apply(items));
    }

    /** TYPE_DICT: key, value pairs until a NULL key; a NULL value also ends the dict, silently. */
    private MarshalValue dict(boolean flag) {
        int index = registerContainer(flag);
        List<MarshalValue.Item> items = new ArrayList<>();
        while (true) {
            MarshalValue key = object();
            if (key == null) break;
            MarshalValue value = object();
            if (value == null) break;
            Hashing.requireHashable(key);
            items.add(new MarshalValue.Item(key, value));
        }
        return insert(index, new MarshalValue.DictValue(items));
    }

    /** A nested object for the code object reader; null for TYPE_NULL. */
    MarshalValue field() {
        return object();
    }

    /** A 32-bit field for the code object reader. */
    int intField() {
        return readLong();
    }
}
