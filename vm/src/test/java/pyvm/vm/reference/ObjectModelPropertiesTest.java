package pyvm.vm.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import pyvm.cfg.NbOp;
import pyvm.gc.GarbageCollector;
import pyvm.parser.PyHash;

/**
 * Invariants of the object model that hold for any values, whatever CPython prints for them:
 * Python's division identity and remainder sign, int hashing that does not depend on the
 * representation (the hash functions themselves are tested with the parser's PyHash), float reprs that read back exactly, and a set table that holds each live key once.
 */
class ObjectModelPropertiesTest {

    private ThreadState ts;

    @BeforeProperty
    void attach() {
        PyTextIO out = new PyTextIO(new ByteArrayOutputStream(), false), err = new PyTextIO(new ByteArrayOutputStream(), true);
        ts = new ThreadState(Builtins.create(new ByteArrayInputStream(new byte[0])),
                Sys.create(List.of(), List.of(), out, err, new PyDict()), out, err, gc(), null,
                new TracebackPrinter(new LineCache(List.of()), new CaretAnchors(null)), null);
        ts.attach();
    }

    private static GarbageCollector gc() {
        ObjectModelPropertiesTest.class.getModule().addUses(GarbageCollector.class);
        return java.util.ServiceLoader.load(GarbageCollector.class).findFirst().orElseThrow();
    }

    @AfterProperty
    void detach() {
        ts.detach();
    }

    private static PyInt op(PyInt a, PyInt b, NbOp op) {
        return (PyInt) Number.binaryOp(a, b, op);
    }

    /** {@code a == (a // b) * b + a % b}, and the remainder is zero or has the divisor's sign, for longs and beyond. */
    @Property(tries = 500)
    void floorDivisionAndModuloAgree(@ForAll long a, @ForAll long b, @ForAll @IntRange(min = 0, max = 80) int shift) {
        if (b == 0) return;
        PyInt x = PyInt.of(BigInteger.valueOf(a).shiftLeft(shift)), y = PyInt.of(b);
        PyInt q = op(x, y, NbOp.NB_FLOOR_DIVIDE), r = op(x, y, NbOp.NB_REMAINDER);
        assertEquals(x.value(), q.value().multiply(y.value()).add(r.value()));
        assertTrue(r.value().signum() == 0 || r.value().signum() == y.value().signum());
        assertTrue(r.value().abs().compareTo(y.value().abs()) < 0);
    }

    /** Sums, differences and products in longs give what BigInteger gives, overflow or not. */
    @Property(tries = 500)
    void longArithmeticMatchesBigIntegers(@ForAll long a, @ForAll long b) {
        BigInteger x = BigInteger.valueOf(a), y = BigInteger.valueOf(b);
        assertEquals(x.add(y), op(PyInt.of(a), PyInt.of(b), NbOp.NB_ADD).value());
        assertEquals(x.subtract(y), op(PyInt.of(a), PyInt.of(b), NbOp.NB_SUBTRACT).value());
        assertEquals(x.multiply(y), op(PyInt.of(a), PyInt.of(b), NbOp.NB_MULTIPLY).value());
    }

    /** An int hashes the same whether the vm holds it in a long or a BigInteger. */
    @Property(tries = 500)
    void intHashDoesNotDependOnRepresentation(@ForAll long v) {
        assertEquals(PyHash.ofInt(BigInteger.valueOf(v)), Py.hash(PyInt.of(BigInteger.valueOf(v))));
    }

    /** A float's repr reads back as the same double. */
    @Property(tries = 1000)
    void floatReprRoundTrips(@ForAll double d) {
        String repr = Py.repr(new PyFloat(d)).value;
        if (Double.isNaN(d)) assertEquals("nan", repr);
        else assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits(FloatConversion.fromString(PyStr.of(repr)).value));
    }

    /** After adds and discards, a set holds each live key exactly once, whatever the table did. */
    @Property(tries = 300)
    void setTableHoldsEachLiveKeyOnce(@ForAll List<@IntRange(min = -50, max = 50) Integer> operations) {
        PySet set = new PySet(PySet.SET);
        Set<Integer> model = new HashSet<>();
        for (int o : operations) {
            if (o >= 0) {
                set.add(PyInt.of(o));
                model.add(o);
            } else if (set.table.discard(PyInt.of(-o))) {
                assertTrue(model.remove(-o));
            }
        }
        PyObject[] keys = set.keys();
        assertEquals(model.size(), keys.length);
        Set<Integer> seen = new HashSet<>();
        for (PyObject k : keys) assertTrue(seen.add((int) ((PyInt) k).small));
        assertEquals(model, seen);
    }
}
