package pyvm.vm;

/**
 * A Python object as an {@link Observer} sees it: its type's name and its repr. A view, not a
 * copy: the object may change after the observer has seen it.
 */
public interface Value {

    /** {@return the name of the object's type, {@code type(o).__name__}, e.g. {@code "int"}} */
    String typeName();

    /**
     * {@return {@code repr(o)}} It may run Python code (a class's {@code __repr__}). When that
     * raises, the result is {@code <T object at 0x...>}, as {@code object.__repr__} gives, and the
     * program does not see the exception.
     */
    String repr();
}
