package pyvm.cfg.reference;

import pyvm.parser.ConstantValue;

/**
 * The key two constants share when the compiler may store them once: _PyCode_ConstantKey of
 * Objects/codeobject.c. Constants are records compared by type and value, which already keeps
 * {@code 1}, {@code 1.0} and {@code True} apart, and {@code 0.0} from {@code -0.0}; code is the
 * exception, since two equal lambdas are still two functions, so it is compared by identity.
 */
record ConstKey(ConstantValue value) {

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConstKey other)) return false;
        if (value instanceof ConstantValue.Code || other.value instanceof ConstantValue.Code)
            return value == other.value;
        return value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value instanceof ConstantValue.Code ? System.identityHashCode(value) : value.hashCode();
    }
}
