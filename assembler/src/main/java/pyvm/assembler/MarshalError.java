package pyvm.assembler;

import java.util.Objects;

/**
 * The error the marshal reader and the .pyc reader raise for bad input, carrying the exception type
 * and message CPython raises for the same bytes (Python/marshal.c, Lib/importlib/_bootstrap_external.py):
 * e.g. {@code EOFError: EOF read where object expected} or
 * {@code ValueError: bad marshal data (unknown type code)}. Nothing else escapes a reader; a bug in
 * one is an IllegalStateException.
 */
public final class MarshalError extends RuntimeException {

    /** The exception types CPython raises while loading marshal data and .pyc files, as Python prints them. */
    public enum Type { EOFError, ValueError, TypeError, UnicodeDecodeError, SystemError, ImportError }

    private final Type type;

    public MarshalError(Type type, String message) {
        super(Objects.requireNonNull(message), null, false, false);
        this.type = Objects.requireNonNull(type);
    }

    /** {@return the CPython exception type} */
    public Type type() {
        return type;
    }

    /** {@return the last line of CPython's traceback for this error: {@code Type: message}} */
    public String format() {
        return type + ": " + getMessage();
    }

    static MarshalError eof() {
        return new MarshalError(Type.EOFError, "EOF read where object expected");
    }

    static MarshalError bad(String what) {
        return new MarshalError(Type.ValueError, "bad marshal data (" + what + ")");
    }
}
