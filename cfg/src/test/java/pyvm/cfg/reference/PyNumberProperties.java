package pyvm.cfg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import pyvm.parser.ConstantValue;

/**
 * Python's arithmetic laws hold for the folder's arithmetic: floor division and modulo satisfy
 * {@code a == (a // b) * b + a % b} with the remainder taking the divisor's sign, for ints and
 * floats; division by zero folds to nothing (it raises at run time); bools act as ints.
 */
class PyNumberProperties {

    static ConstantValue i(BigInteger v) {
        return new ConstantValue.Int(v);
    }

    @Property
    void intFloorDivisionAndModuloAgree(@ForAll BigInteger a, @ForAll BigInteger b) {
        Assume.that(b.signum() != 0);
        BigInteger q = ((ConstantValue.Int) PyNumber.floorDivide(i(a), i(b))).value();
        BigInteger r = ((ConstantValue.Int) PyNumber.remainder(i(a), i(b))).value();
        assertEquals(a, q.multiply(b).add(r));
        assertTrue(r.signum() == 0 || r.signum() == b.signum());
        assertTrue(r.abs().compareTo(b.abs()) < 0);
    }

    @Property
    void floatModuloTakesTheDivisorsSign(@ForAll double a, @ForAll double b) {
        Assume.that(b != 0 && Double.isFinite(a) && Double.isFinite(b) && Math.abs(a / b) < 1e15);
        double r = ((ConstantValue.Float) PyNumber.remainder(new ConstantValue.Float(a), new ConstantValue.Float(b))).value();
        assertTrue(r == 0 || Math.signum(r) == Math.signum(b), a + " % " + b + " = " + r);
        assertTrue(Math.abs(r) <= Math.abs(b));
    }

    @Property
    void divisionByZeroIsLeftForRunTime(@ForAll BigInteger a) {
        ConstantValue zero = i(BigInteger.ZERO);
        assertNull(PyNumber.trueDivide(i(a), zero));
        assertNull(PyNumber.floorDivide(i(a), zero));
        assertNull(PyNumber.remainder(i(a), zero));
        assertNull(PyNumber.trueDivide(new ConstantValue.Float(1.5), new ConstantValue.Float(0.0)));
    }

    @Property
    void smallIntTrueDivisionIsTheDoubleQuotient(@ForAll int a, @ForAll int b) {
        Assume.that(b != 0);
        assertEquals(new ConstantValue.Float((double) a / (double) b),
                PyNumber.trueDivide(i(BigInteger.valueOf(a)), i(BigInteger.valueOf(b))));
    }

    @Property
    void boolsAreInts(@ForAll boolean x, @ForAll int n) {
        BigInteger bx = x ? BigInteger.ONE : BigInteger.ZERO;
        ConstantValue b = new ConstantValue.Bool(x);
        ConstantValue k = i(BigInteger.valueOf(n));
        assertEquals(i(bx.add(BigInteger.valueOf(n))), PyNumber.add(b, k));
        assertEquals(i(bx.negate()), PyNumber.negative(b));
        assertEquals(new ConstantValue.Bool(x & true), PyNumber.and(b, new ConstantValue.Bool(true)));
    }

    @Property
    void repetitionRepeats(@ForAll("shortStrings") String s, @ForAll @net.jqwik.api.constraints.IntRange(min = -3, max = 20) int n) {
        ConstantValue r = PyNumber.multiply(new ConstantValue.Str(s), i(BigInteger.valueOf(n)));
        assertEquals(new ConstantValue.Str(s.repeat(Math.max(n, 0))), r);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> shortStrings() {
        return net.jqwik.api.Arbitraries.strings().ofMaxLength(5);
    }
}
