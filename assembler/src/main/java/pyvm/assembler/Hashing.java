package pyvm.assembler;

/**
 * Which marshalled values Python can hash: a set's items and a dict's keys must be hashable, and
 * marshal.c's PySet_Add and PyDict_SetItem raise TypeError for a list, dict or set, also inside a tuple.
 */
final class Hashing {

    private Hashing() {}

    /** @throws MarshalError TypeError {@code unhashable type: 'list'} (or dict, set) */
    static void requireHashable(MarshalValue v) {
        String type = unhashableType(v);
        if (type != null) throw new MarshalError(MarshalError.Type.TypeError, "unhashable type: '" + type + "'");
    }

    /** {@return the name of the first unhashable type in {@code v}, or null if Python can hash it} */
    private static String unhashableType(MarshalValue v) {
        return switch (v) {
            case MarshalValue.ListValue l -> "list";
            case MarshalValue.DictValue d -> "dict";
            case MarshalValue.SetValue s -> "set";
            case MarshalValue.TupleValue t -> t.items().stream().map(Hashing::unhashableType)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case MarshalValue.Constant c -> null;
            case MarshalValue.FrozenSetValue f -> null;
            case MarshalValue.StopIterationValue s -> null;
        };
    }
}
