package pyvm.dis.reference;

import java.util.List;
import java.util.Map;
import pyvm.cfg.Opcode;

/**
 * The layout of each opcode's inline cache: named fields of one or more code units.
 * Mirrors {@code _cache_format} in Lib/opcode.py (3.13); {@link Opcode#cacheEntries()} is their sum.
 * The specializing interpreter keeps its counters and type versions there; in a code object at rest
 * (and in a .pyc) they are all zero.
 */
final class CacheFormat {

    private CacheFormat() {}

    /** One field: its name and how many code units it takes. */
    record Field(String name, int size) {}

    private static final List<Field> COUNTER = List.of(new Field("counter", 1));

    private static final Map<Opcode, List<Field>> FORMATS = Map.ofEntries(
            Map.entry(Opcode.LOAD_GLOBAL, List.of(new Field("counter", 1), new Field("index", 1),
                    new Field("module_keys_version", 1), new Field("builtin_keys_version", 1))),
            Map.entry(Opcode.BINARY_OP, COUNTER),
            Map.entry(Opcode.UNPACK_SEQUENCE, COUNTER),
            Map.entry(Opcode.COMPARE_OP, COUNTER),
            Map.entry(Opcode.CONTAINS_OP, COUNTER),
            Map.entry(Opcode.BINARY_SUBSCR, COUNTER),
            Map.entry(Opcode.FOR_ITER, COUNTER),
            Map.entry(Opcode.LOAD_SUPER_ATTR, COUNTER),
            Map.entry(Opcode.LOAD_ATTR, List.of(new Field("counter", 1), new Field("version", 2),
                    new Field("keys_version", 2), new Field("descr", 4))),
            Map.entry(Opcode.STORE_ATTR, List.of(new Field("counter", 1), new Field("version", 2), new Field("index", 1))),
            Map.entry(Opcode.CALL, List.of(new Field("counter", 1), new Field("func_version", 2))),
            Map.entry(Opcode.STORE_SUBSCR, COUNTER),
            Map.entry(Opcode.SEND, COUNTER),
            Map.entry(Opcode.JUMP_BACKWARD, COUNTER),
            Map.entry(Opcode.TO_BOOL, List.of(new Field("counter", 1), new Field("version", 2))),
            Map.entry(Opcode.POP_JUMP_IF_TRUE, COUNTER),
            Map.entry(Opcode.POP_JUMP_IF_FALSE, COUNTER),
            Map.entry(Opcode.POP_JUMP_IF_NONE, COUNTER),
            Map.entry(Opcode.POP_JUMP_IF_NOT_NONE, COUNTER));

    /** {@return the cache fields of a generic (not specialized) opcode; empty if it has no cache} */
    static List<Field> of(Opcode op) {
        return FORMATS.getOrDefault(op, List.of());
    }
}
