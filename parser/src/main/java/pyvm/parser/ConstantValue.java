package pyvm.parser;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The Python objects a constant can be: what {@code ast.Constant.value} holds, and later what a code
 * object's {@code co_consts} holds (constant folding adds tuples and frozensets; the compiler adds
 * code objects). The printed form is Python's {@code repr}, as {@code ast.dump} and {@code dis} print it.
 */
public sealed interface ConstantValue {

    /** {@code None}. */
    record None() implements ConstantValue {}

    /** {@code True} or {@code False}. */
    record Bool(boolean value) implements ConstantValue {}

    /** An {@code int}, of any size. */
    record Int(BigInteger value) implements ConstantValue {
        public Int { Objects.requireNonNull(value); }
        public static Int of(long value) { return new Int(BigInteger.valueOf(value)); }
    }

    /** A {@code float}: an IEEE double. Equality is by bits, as marshal sees it, so -0.0 != 0.0. */
    record Float(double value) implements ConstantValue {
        @Override public boolean equals(Object o) {
            return o instanceof Float f && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
        }
        @Override public int hashCode() { return Long.hashCode(Double.doubleToRawLongBits(value)); }
    }

    /** A {@code complex}. Equality is by bits, like {@link Float}. */
    record Complex(double real, double imag) implements ConstantValue {
        @Override public boolean equals(Object o) {
            return o instanceof Complex c && new Float(real).equals(new Float(c.real)) && new Float(imag).equals(new Float(c.imag));
        }
        @Override public int hashCode() { return new Float(real).hashCode() * 31 + new Float(imag).hashCode(); }
    }

    /** A {@code str}. Java's UTF-16 holds Python's code points, lone surrogates included. */
    record Str(String value) implements ConstantValue {
        public Str { Objects.requireNonNull(value); }
    }

    /** A {@code bytes}; the array is copied in and out, so the record stays immutable. */
    record Bytes(byte[] value) implements ConstantValue {
        public Bytes { value = value.clone(); }
        @Override public byte[] value() { return value.clone(); }
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(b.value, value); }
        @Override public int hashCode() { return Arrays.hashCode(value); }
        @Override public String toString() { return "Bytes[" + HexFormat.of().formatHex(value) + "]"; }
    }

    /** {@code ...}. */
    record Ellipsis() implements ConstantValue {}

    /** A {@code tuple} of constants. */
    record Tuple(List<ConstantValue> items) implements ConstantValue {
        public Tuple { items = List.copyOf(items); }
    }

    /** A {@code frozenset} of constants, in the order its code object stores them. */
    record FrozenSet(List<ConstantValue> items) implements ConstantValue {
        public FrozenSet { items = List.copyOf(items); }
    }

    /**
     * A code object as a constant: a nested function's code. Non-sealed because the types that are
     * code live in later stages (the cfg's code unit, the assembler's code object).
     */
    non-sealed interface Code extends ConstantValue {
        /** {@return {@code <code object NAME at 0x..., file "FILE", line N>}, as repr(code) prints it} */
        String repr();
    }

    /** The one {@code None}. */
    ConstantValue NONE = new None();
    /** The one {@code ...}. */
    ConstantValue ELLIPSIS = new Ellipsis();

    /** {@return Python's repr of a constant} */
    static String repr(ConstantValue value) {
        return ConstantRepr.repr(value);
    }
}
