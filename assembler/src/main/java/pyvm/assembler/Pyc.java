package pyvm.assembler;

import java.util.Arrays;
import java.util.Objects;
import pyvm.lexer.PyRepr;
import pyvm.parser.ConstantValue;

/**
 * A .pyc file: a 16-byte header, then a module's code object in {@link Marshal marshal} format.
 * CPython: Lib/importlib/_bootstrap_external.py ({@code _classify_pyc}, {@code _code_to_timestamp_pyc},
 * {@code _code_to_hash_pyc}, {@code _compile_bytecode}) and PEP 552.
 *
 * <h2>The header</h2>
 * <pre>
 *  bytes 0-3    the magic number: 3571 for 3.13, little-endian, then b'\r\n'
 *  bytes 4-7    flags: bit 0 = hash-based, bit 1 = check the source (hash-based only)
 *  bytes 8-15   timestamp-based: the source's mtime and size, 32 bits each
 *               hash-based: an 8-byte SipHash of the source (importlib.util.source_hash)
 * </pre>
 * The magic number changes with every change to the bytecode, so an interpreter never runs another
 * version's code; the rest tells the import system whether the .pyc is still up to date.
 *
 * @param validation how the import system checks the file against its source
 * @param code       the module's code object
 */
public record Pyc(Validation validation, CodeObject code) {

    /** The magic number of CPython 3.13 (importlib.util.MAGIC_NUMBER's first two bytes). */
    public static final int MAGIC_NUMBER = 3571;

    /** The length of the header. */
    public static final int HEADER_SIZE = 16;

    /** How a .pyc is checked against its source: the last 12 bytes of the header. */
    public sealed interface Validation {

        /**
         * The default: the source's modification time and size, each modulo 2**32. A flags word of 2
         * (check-source without hash-based), which CPython treats as timestamp-based, reads as this.
         */
        record Timestamp(long mtime, long sourceSize) implements Validation {}

        /**
         * PEP 552: a hash of the source; checked against the source only if {@code checkSource}.
         *
         * @param sourceHash the 8 hash bytes as a little-endian number
         */
        record Hash(long sourceHash, boolean checkSource) implements Validation {}
    }

    public Pyc {
        Objects.requireNonNull(validation);
        Objects.requireNonNull(code);
    }

    /**
     * Reads a whole .pyc, as the import system does.
     *
     * @param name the file's name, which the messages quote
     * @throws MarshalError what importlib raises: ImportError for a bad magic number, bad flags or an
     *                      object that is no code object, EOFError for a short header, and what
     *                      marshal raises for the body; nothing else escapes
     */
    public static Pyc read(byte[] data, String name) {
        byte[] magic = Arrays.copyOf(data, Math.min(4, data.length));
        if (!Arrays.equals(magic, magicBytes()))
            throw new MarshalError(MarshalError.Type.ImportError, "bad magic number in " + PyRepr.str(name) + ": "
                    + ConstantValue.repr(new ConstantValue.Bytes(magic)));
        if (data.length < HEADER_SIZE)
            throw new MarshalError(MarshalError.Type.EOFError, "reached EOF while reading pyc header of " + PyRepr.str(name));
        long flags = uint32(data, 4);
        if ((flags & ~0b11L) != 0)
            throw new MarshalError(MarshalError.Type.ImportError, "invalid flags " + flags + " in " + PyRepr.str(name));
        Validation validation = (flags & 1) != 0
                ? new Validation.Hash(uint32(data, 8) | uint32(data, 12) << 32, (flags & 2) != 0)
                : new Validation.Timestamp(uint32(data, 8), uint32(data, 12));
        if (Marshal.loads(data, HEADER_SIZE) instanceof MarshalValue.Constant(CodeObject code))
            return new Pyc(validation, code);
        throw new MarshalError(MarshalError.Type.ImportError, "Non-code object in " + PyRepr.str(name));
    }

    /** {@return the bytes of this .pyc: the header, then the code object marshalled} */
    public byte[] write() {
        byte[] body = Marshal.dumps(code);
        byte[] out = Arrays.copyOf(magicBytes(), HEADER_SIZE + body.length);
        switch (validation) {
            case Validation.Timestamp t -> {
                putUint32(out, 4, 0);
                putUint32(out, 8, t.mtime());
                putUint32(out, 12, t.sourceSize());
            }
            case Validation.Hash h -> {
                putUint32(out, 4, h.checkSource() ? 0b11 : 0b01);
                putUint32(out, 8, h.sourceHash());
                putUint32(out, 12, h.sourceHash() >>> 32);
            }
        }
        System.arraycopy(body, 0, out, HEADER_SIZE, body.length);
        return out;
    }

    /** {@return importlib.util.MAGIC_NUMBER: the number, little-endian, then {@code \r\n}} */
    public static byte[] magicBytes() {
        return new byte[] {(byte) MAGIC_NUMBER, (byte) (MAGIC_NUMBER >> 8), '\r', '\n'};
    }

    private static long uint32(byte[] data, int at) {
        long x = 0;
        for (int i = 3; i >= 0; i--) x = x << 8 | (data[at + i] & 0xff);
        return x;
    }

    private static void putUint32(byte[] out, int at, long x) {
        for (int i = 0; i < 4; i++) out[at + i] = (byte) (x >> 8 * i);
    }
}
