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

    /**
     * A {@code str}: a sequence of code points from U+0000 to U+10FFFF, lone surrogates included.
     * A Java String cannot always say which: in UTF-16 the two code points of {@code '\ud800\udc00'}
     * read as the one code point {@code '\U00010000'}. So the code points are kept as they are, and
     * {@link #value()} is the Java text for the many places where no such pair can occur (names,
     * docstrings, file names). The array is copied in and out, so the record stays immutable.
     */
    record Str(int[] codePoints) implements ConstantValue {
        public Str { codePoints = codePoints.clone(); }

        /** The str of a Java text's code points, a surrogate pair read as one. */
        public Str(String text) { this(text.codePoints().toArray()); }

        @Override public int[] codePoints() { return codePoints.clone(); }

        /** {@return how many code points: Python's {@code len()}} */
        public int length() { return codePoints.length; }

        /** {@return the code point at {@code index}, as {@code ord(s[index])} gives it} */
        public int codePointAt(int index) { return codePoints[index]; }

        /** {@return the code points as Java text; a lone high surrogate before a lone low one reads as their pair} */
        public String value() { return new String(codePoints, 0, codePoints.length); }

        /** {@return this str followed by {@code other}, as {@code +} joins them} */
        public Str concat(Str other) {
            int[] both = Arrays.copyOf(codePoints, codePoints.length + other.codePoints.length);
            System.arraycopy(other.codePoints, 0, both, codePoints.length, other.codePoints.length);
            return new Str(both);
        }

        @Override public boolean equals(Object o) { return o instanceof Str s && Arrays.equals(s.codePoints, codePoints); }
        @Override public int hashCode() { return Arrays.hashCode(codePoints); }
        @Override public String toString() { return "Str[" + ConstantRepr.repr(this) + "]"; }
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
