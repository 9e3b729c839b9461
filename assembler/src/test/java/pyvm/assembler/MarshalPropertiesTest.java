package pyvm.assembler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import pyvm.parser.ConstantValue;

/**
 * The readers never fail in any other way than with {@link MarshalError}, whatever the bytes; the
 * writer's output reads back as what was written; the table decoders take any bytes.
 */
class MarshalPropertiesTest {

    private static final List<Path> PYCS = Pycs.golden();

    @Property
    void randomBytesReadOrRaiseMarshalError(@ForAll @Size(max = 64) byte[] data) {
        readsOrRaisesMarshalError(data);
    }

    @Property
    void aPycCutShortRaisesMarshalError(@ForAll @IntRange(max = 10_000) int which, @ForAll @IntRange(max = 1_000_000) int cut) {
        byte[] pyc = Pycs.bytes(PYCS.get(which % PYCS.size()));
        byte[] shorter = Arrays.copyOf(pyc, cut % pyc.length);
        try {
            Pyc.read(shorter, "x.pyc");
            throw new AssertionError("a .pyc cut at " + shorter.length + " of " + pyc.length + " bytes was read");
        } catch (MarshalError expected) {
            // EOFError, or for a cut inside the magic number ImportError
        }
    }

    @Property
    void aPycWithBytesChangedReadsOrRaisesMarshalError(@ForAll @IntRange(max = 10_000) int which,
                                                       @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 1_000_000) Integer> positions,
                                                       @ForAll byte value) {
        byte[] data = Pycs.bytes(PYCS.get(which % PYCS.size())).clone();
        for (int p : positions) data[Pyc.HEADER_SIZE + p % (data.length - Pyc.HEADER_SIZE)] ^= (byte) (value | 1);
        try {
            Pyc.read(data, "x.pyc");
        } catch (MarshalError expected) {
            // the changed bytes are not a code object
        }
    }

    @Example
    void everyGoldenPycWritesBackToCPythonsBytes() {
        for (Path path : PYCS) {
            byte[] bytes = Pycs.bytes(path);
            Pyc pyc = Pyc.read(bytes, path.toString());
            byte[] written = pyc.write();
            assertEquals(pyc, Pyc.read(written, "written"), path + " reads back as another code object");
            assertArrayEquals(bytes, written, path + " is written back with other bytes than CPython's");
        }
    }

    @Property
    void constantsWithoutFrozensetsReadBackAsWritten(@ForAll("constants") ConstantValue value) {
        if (holdsFrozenset(value)) return;
        assertEquals(new MarshalValue.Constant(value), Marshal.loads(Marshal.dumps(value)));
    }

    /** A frozenset's items come back in the writer's order; from then on the bytes stay the same. */
    @Property
    void writingWhatWasReadGivesTheSameBytes(@ForAll("constants") ConstantValue value) {
        byte[] once = Marshal.dumps(value);
        assertArrayEquals(once, Marshal.dumps(Marshal.loads(once)));
    }

    @Property
    void containersReadBackAsWritten(@ForAll("containers") MarshalValue value) {
        assertEquals(value, Marshal.loads(Marshal.dumps(value)));
    }

    /** The decoders take any bytes; a line table's entries cover the code from offset 0 without gaps. */
    @Property
    void tableDecodersTakeAnyBytes(@ForAll @Size(max = 40) byte[] table, @ForAll @IntRange(min = -5, max = 5000) int firstLine) {
        int end = 0;
        for (LineTable.Entry e : LineTable.decode(table, firstLine).entries()) {
            assertEquals(end, e.start());
            end = e.end();
        }
        ExceptionTable.decode(table);
    }

    private static void readsOrRaisesMarshalError(byte[] data) {
        try {
            Marshal.loads(data);
        } catch (MarshalError expected) {
            // not marshal data
        }
    }

    private static boolean holdsFrozenset(ConstantValue value) {
        return switch (value) {
            case ConstantValue.FrozenSet f -> true;
            case ConstantValue.Tuple t -> t.items().stream().anyMatch(MarshalPropertiesTest::holdsFrozenset);
            case CodeObject c -> c.coConsts().stream().anyMatch(MarshalPropertiesTest::holdsFrozenset);
            default -> false;
        };
    }

    @Provide
    Arbitrary<ConstantValue> constants() {
        return Arbitraries.recursive(MarshalPropertiesTest::leaves, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(ConstantValue.Tuple::new),
                leaves().list().ofMinSize(256).ofMaxSize(300).map(ConstantValue.Tuple::new),   // written as '('
                leaves().list().ofMaxSize(4).map(ConstantValue.FrozenSet::new),
                inner.list().ofMaxSize(3).map(MarshalPropertiesTest::codeWith)), 3);
    }

    @Provide
    Arbitrary<MarshalValue> containers() {
        Arbitrary<MarshalValue> constants = leaves().map(MarshalValue.Constant::new);
        return Arbitraries.recursive(() -> constants, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(MarshalValue.ListValue::new),
                constants.list().ofMaxSize(1).map(MarshalValue.SetValue::new),   // the writer sorts larger ones
                Arbitraries.entries(constants, inner).list().ofMaxSize(3).map(entries -> new MarshalValue.DictValue(
                        entries.stream().map(e -> new MarshalValue.Item(e.getKey(), e.getValue())).toList())),
                inner.list().ofMaxSize(3).map(MarshalValue::tuple),
                Arbitraries.just(new MarshalValue.StopIterationValue())), 3);
    }

    private static Arbitrary<ConstantValue> leaves() {
        return Arbitraries.oneOf(
                Arbitraries.of(ConstantValue.NONE, ConstantValue.ELLIPSIS, new ConstantValue.Bool(true), new ConstantValue.Bool(false)),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200)).map(ConstantValue.Int::new),
                Arbitraries.integers().between(-10, 300).map(ConstantValue.Int::of),
                Arbitraries.doubles().withSpecialValue(-0.0).withSpecialValue(Double.NaN).map(ConstantValue.Float::new),
                Arbitraries.doubles().tuple2().map(t -> new ConstantValue.Complex(t.get1(), t.get2())),
                Arbitraries.strings().all().ofMaxLength(300).map(ConstantValue.Str::new),
                Arbitraries.strings().alpha().numeric().withChars('_').ofMaxLength(10).map(ConstantValue.Str::new),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20).map(ConstantValue.Bytes::new));
    }

    /** A small code object holding {@code consts}, with names that repeat, as real ones do. */
    private static ConstantValue codeWith(List<ConstantValue> consts) {
        return new CodeObject(1, 0, 0, 2, 3, new byte[] {(byte) 149, 0, 83, 0}, consts, List.of("print", "x"),
                List.of("x", "cell"), new byte[] {0x20, 0x40}, "file.py", "f", "outer.<locals>.f", 7,
                new byte[] {(byte) 0x80, 0}, new byte[0]);
    }
}
