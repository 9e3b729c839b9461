package pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.ToLongFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link PyHash} gives what CPython's {@code hash()} gives with {@code PYTHONHASHSEED=0}, for the
 * values course/golden/hashes.py drew ({@link CPythonHashes}), and keeps the invariants dict keys
 * rely on for any value.
 */
class PyHashTest {

    @Test
    void intsHashAsCPythonDoes() {
        check("int", f -> PyHash.ofInt(new BigInteger(f[0])));
    }

    @Test
    void floatsHashAsCPythonDoes() {
        check("float", f -> PyHash.ofDouble(fromHex(f[0]), 0));
    }

    @Test
    void complexNumbersHashAsCPythonDoes() {
        check("complex", f -> PyHash.ofComplex(fromHex(f[0]), fromHex(f[1]), 0));
    }

    @Test
    void strsHashAsCPythonDoes() {
        check("str", f -> PyHash.ofStr(
                CPythonHashes.items(f[0], " ").stream().mapToInt(cp -> Integer.parseInt(cp, 16)).toArray()));
    }

    @Test
    void bytesHashAsCPythonDoes() {
        check("bytes", f -> PyHash.ofBytes(HexFormat.of().parseHex(f[0])));
    }

    @Test
    void tuplesHashAsCPythonDoes() {
        check("tuple", f -> PyHash.ofTuple(CPythonHashes.items(f[0], ",").stream().mapToLong(Long::parseLong).toArray()));
    }

    @Test
    void noneHashesAsCPythonDoes() {
        check("none", f -> PyHash.NONE);
    }

    /** {@return the double that Python's {@code float.hex()} wrote} Java reads the same text but for infinity. */
    private static double fromHex(String text) {
        return Double.parseDouble(text.replace("inf", "Infinity"));
    }

    /** Compares every line of a kind, so that a failure lists all the values that differ. */
    private static void check(String kind, ToLongFunction<String[]> hash) {
        List<String> wrong = new ArrayList<>();
        for (String[] fields : CPythonHashes.of(kind)) {
            long expected = Long.parseLong(fields[fields.length - 1]), actual = hash.applyAsLong(fields);
            if (actual != expected) wrong.add(String.join(" ", fields) + ": pyvm " + actual);
        }
        assertEquals(List.of(), wrong, kind + " hashes that differ from CPython's");
    }

    /** An int hashes the same whether it is given as a long or a BigInteger. */
    @Property(tries = 500)
    void intHashDoesNotDependOnRepresentation(@ForAll long v) {
        assertEquals(PyHash.ofInt(BigInteger.valueOf(v)), PyHash.ofInt(v));
    }

    /** Integral floats hash as the int of the same value, as dict keys 1 and 1.0 require. */
    @Property(tries = 500)
    void integralFloatsHashLikeInts(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) int v,
                                    @ForAll @IntRange(min = 0, max = 60) int shift) {
        double d = Math.scalb((double) v, shift);
        assertEquals(PyHash.ofInt(new BigDecimal(d).toBigIntegerExact()), PyHash.ofDouble(d, 0));
    }

    /** A complex number with no imaginary part hashes as its real part, as {@code hash(2+0j) == hash(2.0)}. */
    @Property(tries = 500)
    void realComplexNumbersHashLikeFloats(@ForAll double re) {
        if (Double.isNaN(re)) return;
        assertEquals(PyHash.ofDouble(re, 0), PyHash.ofComplex(re, 0.0, 0));
    }
}
