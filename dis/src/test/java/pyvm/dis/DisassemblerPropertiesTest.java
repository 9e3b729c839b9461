package pyvm.dis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import pyvm.assembler.CodeObject;
import pyvm.parser.ConstantValue;

/**
 * Whatever the bytes of a code object, a disassembler lists it or refuses it as malformed (an
 * argument past the end of the constants, names or locals, an operator number dis does not know),
 * and never fails otherwise: code from a .pyc is not checked by the marshal reader.
 */
class DisassemblerPropertiesTest {

    private static final List<Disassembler.Options> OPTIONS =
            List.of(Disassembler.Options.DEFAULT, new Disassembler.Options(true, true));

    @Property
    void anyCodeObjectIsListedOrRefusedAsMalformed(@ForAll("codeObjects") CodeObject code) {
        for (Disassembler dis : DisassemblerImplementations.selected()) {
            for (Disassembler.Options options : OPTIONS) {
                try {
                    String listing = dis.dis(code, options);
                    assertTrue(listing.endsWith("\n"), "a listing ends with a newline");
                } catch (IllegalArgumentException malformed) {
                    // CPython's dis raises IndexError for the same code
                }
            }
        }
    }

    @Provide
    Arbitrary<CodeObject> codeObjects() {
        Arbitrary<byte[]> code = Arbitraries.bytes().list().ofMinSize(1).ofMaxSize(40)
                .map(units -> {
                    byte[] bytes = new byte[units.size() * 2];
                    for (int i = 0; i < units.size(); i++) bytes[2 * i] = units.get(i);
                    return bytes;
                });
        Arbitrary<byte[]> args = Arbitraries.bytes().array(byte[].class).ofSize(40);
        Arbitrary<List<ConstantValue>> consts = Arbitraries.integers().between(-3, 1000)
                .<ConstantValue>map(ConstantValue.Int::of).list().ofMaxSize(4);
        Arbitrary<List<String>> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).list().ofMaxSize(4);
        Arbitrary<byte[]> kinds = Arbitraries.of((byte) 0x20, (byte) 0x40, (byte) 0x60, (byte) 0x80, (byte) 0x30)
                .list().ofSize(3).map(list -> new byte[] {list.get(0), list.get(1), list.get(2)});
        Arbitrary<byte[]> table = Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
        return Combinators.combine(code, args, consts, names, kinds, table, table).as(
                (c, a, k, n, lk, lines, exceptions) -> {
                    // small arguments mostly, so that most instructions resolve
                    for (int i = 1; i < c.length; i += 2) c[i] = (byte) Math.floorMod(a[i / 2], 6);
                    return new CodeObject(0, 0, 0, 4, 0, c, k, n, List.of("a", "b", "c"), lk, "f.py", "f", "f", 1,
                            lines, exceptions);
                });
    }
}
