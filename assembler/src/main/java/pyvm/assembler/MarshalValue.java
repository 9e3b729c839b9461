package pyvm.assembler;

import java.util.List;
import java.util.Objects;
import pyvm.parser.ConstantValue;

/**
 * Anything marshal can carry. Almost always a {@link Constant}: a .pyc holds one code object, and a
 * code object holds only constants. The other kinds exist because marshal.c also writes the mutable
 * containers and StopIteration ({@code marshal.dumps([1, {2: 3}])}); a tuple or frozenset is one of
 * them only when it holds one of them, so every value has one form and equality is by value.
 * Element order is the order in the data, which for sets is the order marshal.c sorted them into.
 */
public sealed interface MarshalValue {

    /** A value a code object can hold: None, a number, a string, a tuple of constants, a code object... */
    record Constant(ConstantValue value) implements MarshalValue {
        public Constant { Objects.requireNonNull(value); }
    }

    /** A {@code list}. */
    record ListValue(List<MarshalValue> items) implements MarshalValue {
        public ListValue { items = List.copyOf(items); }
    }

    /** A {@code dict}, its items in insertion order. */
    record DictValue(List<Item> items) implements MarshalValue {
        public DictValue { items = List.copyOf(items); }
    }

    /** One key and its value in a {@link DictValue}. */
    record Item(MarshalValue key, MarshalValue value) {
        public Item { Objects.requireNonNull(key); Objects.requireNonNull(value); }
    }

    /** A {@code set}. */
    record SetValue(List<MarshalValue> items) implements MarshalValue {
        public SetValue { items = List.copyOf(items); }
    }

    /** A {@code tuple} that holds something that is not a constant (else it is a {@link Constant}). */
    record TupleValue(List<MarshalValue> items) implements MarshalValue {
        public TupleValue {
            items = List.copyOf(items);
            if (items.stream().allMatch(i -> i instanceof Constant))
                throw new IllegalArgumentException("a tuple of constants is a Constant");
        }
    }

    /** A {@code frozenset} that holds something that is not a constant (else it is a {@link Constant}). */
    record FrozenSetValue(List<MarshalValue> items) implements MarshalValue {
        public FrozenSetValue {
            items = List.copyOf(items);
            if (items.stream().allMatch(i -> i instanceof Constant))
                throw new IllegalArgumentException("a frozenset of constants is a Constant");
        }
    }

    /** The {@code StopIteration} class, which marshal writes as a value of its own. */
    record StopIterationValue() implements MarshalValue {}

    /** {@return a tuple of these items: a {@link Constant} when they all are, else a {@link TupleValue}} */
    static MarshalValue tuple(List<MarshalValue> items) {
        List<ConstantValue> constants = constants(items);
        return constants != null ? new Constant(new ConstantValue.Tuple(constants)) : new TupleValue(items);
    }

    /** {@return a frozenset of these items: a {@link Constant} when they all are, else a {@link FrozenSetValue}} */
    static MarshalValue frozenset(List<MarshalValue> items) {
        List<ConstantValue> constants = constants(items);
        return constants != null ? new Constant(new ConstantValue.FrozenSet(constants)) : new FrozenSetValue(items);
    }

    /** {@return the items' constants, or null if one of them is not a constant} */
    private static List<ConstantValue> constants(List<MarshalValue> items) {
        ConstantValue[] out = new ConstantValue[items.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(items.get(i) instanceof Constant c)) return null;
            out[i] = c.value();
        }
        return List.of(out);
    }
}
