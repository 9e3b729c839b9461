package pyvm.assembler;

import pyvm.parser.ConstantValue;

/**
 * Python's marshal format, version 4 (CPython 3.13's Python/marshal.c): how a code object and the
 * constants in it are stored in a .pyc file. The counterpart of the {@code marshal} module's
 * {@code loads} and {@code dumps}.
 *
 * <h2>The format</h2>
 * Every object starts with a type byte; integers are little-endian; sizes are 32-bit.
 * <pre>
 *  '0' NULL (ends a dict)           'N' None   'F' False   'T' True   '.' Ellipsis   'S' StopIteration
 *  'i' int in 32 bits               'l' int: signed count n of 15-bit digits, then |n| digits, low first
 *  'g' float: 8 bytes IEEE          'y' complex: two of those    ('f', 'x': old text forms, read only)
 *  's' bytes: size, bytes           'I' int in 64 bits (read only)
 *  'z' ASCII str: 1-byte size       'a' ASCII str: 4-byte size   'u' str: size, UTF-8 (surrogatepass)
 *  'Z' 'A' 't'  the same, interned (the loader interns them, as identifiers are)
 *  ')' tuple: 1-byte size, items    '(' tuple: 4-byte size, items
 *  '[' list   '&lt;' set   '&gt;' frozenset: size, items;  '{' dict: key, value, ..., then '0'
 *  'c' code object: argcount, posonlyargcount, kwonlyargcount, stacksize, flags (32 bits each),
 *      code, consts, names, localsplusnames, localspluskinds, filename, name, qualname (objects),
 *      firstlineno (32 bits), linetable, exceptiontable (objects)
 *  'r' reference: 4-byte index of an earlier object
 * </pre>
 * Sharing: a type byte with bit 7 ({@link #FLAG_REF}) set appends the object to a list, and
 * {@code 'r'} + index stands for it later. That is how a name used by many functions is stored once.
 * Containers take their index before their items.
 *
 * <h2>What the writer chooses</h2>
 * The format leaves choices that CPython makes from reference counts: an object is flagged when
 * something else also holds it, and a second occurrence is a reference only if it is the same object.
 * A value has no reference count, so the writer here infers what CPython's compiler shares:
 * <ul>
 *   <li>strings that CPython interns are written interned and flagged, and equal ones are shared:
 *       a code object's names, filename, name and qualname, and constants made only of letters,
 *       digits and underscores, or of one character;</li>
 *   <li>other constants equal in value are one object (the compiler merges them), flagged at their
 *       first occurrence if there is a second; so are the immortal ones, which are always shared:
 *       small ints, the empty tuple, bytes of length 0 and 1;</li>
 *   <li>frozensets, code objects, a code object's code and kinds bytes are made anew each time, so
 *       never shared; the code bytes and the top object are flagged all the same (a cache and the
 *       caller hold them), and so are the items of a set, which CPython's sorting list holds;</li>
 *   <li>lists, dicts and sets are never shared.</li>
 * </ul>
 * Like CPython's, the items of a set are written in the order of their own marshalled bytes. CPython
 * loads the result as an equal object, and for the .pyc files of the standard library the bytes are
 * CPython's own in all but a few files.
 */
public final class Marshal {

    private Marshal() {}

    /** The format version CPython 3.13 writes: marshal.version. */
    public static final int VERSION = 4;

    /** The bit of a type byte that says "remember this object for later references". */
    public static final int FLAG_REF = 0x80;

    /**
     * marshal.loads: the object at the start of {@code data}; bytes after it are ignored.
     *
     * @throws MarshalError where CPython raises for the same bytes; nothing else escapes
     */
    public static MarshalValue loads(byte[] data) {
        return loads(data, 0);
    }

    /**
     * The object that starts at {@code offset} in {@code data}, as {@link #loads(byte[])}.
     *
     * @throws MarshalError where CPython raises for the same bytes; nothing else escapes
     */
    public static MarshalValue loads(byte[] data, int offset) {
        return new MarshalReader(data, offset).readObject();
    }

    /**
     * marshal.dumps.
     *
     * @throws MarshalError ValueError {@code object too deeply nested to marshal}, as CPython's
     */
    public static byte[] dumps(MarshalValue value) {
        return new MarshalWriter().write(value);
    }

    /** marshal.dumps of a constant, e.g. a code object. */
    public static byte[] dumps(ConstantValue value) {
        return dumps(new MarshalValue.Constant(value));
    }
}
