package pyvm.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import pyvm.parser.ConstantValue;

/** A code object is a value: its byte arrays are its own, and equal fields make equal objects. */
class CodeObjectTest {

    private static CodeObject code(byte[] bytes, byte[] kinds) {
        return new CodeObject(1, 0, 0, 1, 3, bytes, List.of(ConstantValue.NONE), List.of(), List.of("x"), kinds,
                "f.py", "f", "f", 1, new byte[] {(byte) 0x80, 0}, new byte[0]);
    }

    @Test
    void changingAnArrayGivenOrTakenChangesNothing() {
        byte[] bytes = {(byte) 149, 0, 83, 0};
        byte[] kinds = {0x20};
        CodeObject c = code(bytes, kinds);
        CodeObject same = code(bytes.clone(), kinds.clone());
        bytes[0] = 0;
        kinds[0] = 0x40;
        c.coCode()[0] = 0;
        c.coLocalspluskinds()[0] = 0x40;
        c.coLinetable()[0] = 0;
        assertEquals(same, c);
        assertEquals(List.of("x"), c.coVarnames());
    }

    @Test
    void equalFieldsMakeEqualCodeObjects() {
        CodeObject a = code(new byte[] {(byte) 149, 0, 83, 0}, new byte[] {0x20});
        CodeObject b = code(new byte[] {(byte) 149, 0, 83, 0}, new byte[] {0x20});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.repr(), b.repr());
        assertNotEquals(a, code(new byte[] {(byte) 149, 0, 83, 1}, new byte[] {0x20}));
    }

    @Test
    void codeOfAnOddLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> code(new byte[] {(byte) 149, 0, 83}, new byte[] {0x20}));
    }

    @Test
    void namesAndKindsOfOtherLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> code(new byte[] {(byte) 149, 0}, new byte[] {0x20, 0x20}));
    }

    @Test
    void tooFewLocalsForTheArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> code(new byte[] {(byte) 149, 0}, new byte[] {(byte) 0x80}));
    }
}
