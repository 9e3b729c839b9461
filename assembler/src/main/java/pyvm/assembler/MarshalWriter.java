package pyvm.assembler;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyvm.parser.ConstantValue;

/**
 * Writes marshal data: w_object and w_complex_object in Python/marshal.c (3.13), with the sharing
 * policy described on {@link Marshal}. Two passes: the first finds the constants that occur again
 * (walking the tree as the second will, so an already seen constant's insides are not counted), the
 * second writes, flagging those constants and referring back to them.
 */
final class MarshalWriter {

    /** MAX_MARSHAL_STACK_DEPTH, as in the reader. */
    private static final int MAX_DEPTH = 2000;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /** Constants that occur more than once, by {@link #key}: they get FLAG_REF where first written. */
    private final Set<Object> repeated = new HashSet<>();
    /** The index of each flagged constant written so far, by {@link #key}. */
    private final Map<Object, Integer> refs = new HashMap<>();
    private int flaggedCount;
    private int depth;

    byte[] write(MarshalValue value) {
        findRepeated(value, new HashSet<>());
        if (value instanceof MarshalValue.Constant c)
            constant(c.value(), false, true);   // the caller of dumps holds it too, so CPython flags it
        else
            value(value);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- pass 1

    private void findRepeated(MarshalValue v, Set<Object> seen) {
        switch (v) {
            case MarshalValue.Constant c -> findRepeated(c.value(), false, seen);
            case MarshalValue.ListValue l -> l.items().forEach(i -> findRepeated(i, seen));
            case MarshalValue.SetValue s -> s.items().forEach(i -> findRepeated(i, seen));
            case MarshalValue.TupleValue t -> t.items().forEach(i -> findRepeated(i, seen));
            case MarshalValue.FrozenSetValue f -> f.items().forEach(i -> findRepeated(i, seen));
            case MarshalValue.DictValue d -> d.items().forEach(i -> {
                findRepeated(i.key(), seen);
                findRepeated(i.value(), seen);
            });
            case MarshalValue.StopIterationValue s -> { }
        }
    }

    private void findRepeated(ConstantValue v, boolean name, Set<Object> seen) {
        if (isSingleton(v)) return;
        Object key = key(v, name);
        if (key != null && !seen.add(key)) {
            repeated.add(key);
            return;
        }
        switch (v) {
            case ConstantValue.Tuple t -> t.items().forEach(i -> findRepeated(i, name, seen));
            case ConstantValue.FrozenSet f -> f.items().forEach(i -> findRepeated(i, false, seen));
            case CodeObject c -> {
                findRepeated(new ConstantValue.Tuple(c.coConsts()), false, seen);
                findRepeated(strings(c.coNames()), true, seen);
                findRepeated(strings(c.coLocalsplusnames()), true, seen);
                for (String s : List.of(c.coFilename(), c.coName(), c.coQualname()))
                    findRepeated(new ConstantValue.Str(s), true, seen);
                findRepeated(new ConstantValue.Bytes(c.coLinetable()), false, seen);
                findRepeated(new ConstantValue.Bytes(c.coExceptiontable()), false, seen);
            }
            case ConstantValue.None n -> { }
            case ConstantValue.Bool b -> { }
            case ConstantValue.Int i -> { }
            case ConstantValue.Float f -> { }
            case ConstantValue.Complex c -> { }
            case ConstantValue.Str s -> { }
            case ConstantValue.Bytes b -> { }
            case ConstantValue.Ellipsis e -> { }
            case ConstantValue.Code c -> { }
        }
    }

    /**
     * What makes two constants one object for CPython, or null if nothing does: equal values, except
     * NaNs, and that an interned str is never the same object as an equal str that is not interned, and that
     * the compiler makes each frozenset and code object anew.
     */
    private static Object key(ConstantValue v, boolean name) {
        if (v instanceof ConstantValue.FrozenSet || v instanceof CodeObject || isNan(v)) return null;
        return v instanceof ConstantValue.Str s && (name || internable(s)) ? new Interned(s) : v;
    }

    /** A NaN is never equal to another, so CPython's constant cache never merges two of them. */
    private static boolean isNan(ConstantValue v) {
        return v instanceof ConstantValue.Float f && Double.isNaN(f.value())
                || v instanceof ConstantValue.Complex c && (Double.isNaN(c.real()) || Double.isNaN(c.imag()));
    }

    /** A str as the interned one of its value. */
    private record Interned(ConstantValue.Str value) {}

    /** None, the bools and Ellipsis: one byte each, never flagged (w_object writes them first). */
    private static boolean isSingleton(ConstantValue v) {
        return v instanceof ConstantValue.None || v instanceof ConstantValue.Bool || v instanceof ConstantValue.Ellipsis;
    }

    private static ConstantValue.Tuple strings(List<String> names) {
        return new ConstantValue.Tuple(names.stream().<ConstantValue>map(ConstantValue.Str::new).toList());
    }

    // ---------------------------------------------------------------- pass 2

    private void value(MarshalValue v) {
        switch (v) {
            case MarshalValue.Constant c -> constant(c.value(), false);
            case MarshalValue.StopIterationValue s -> nested(() -> out.write('S'));
            case MarshalValue.ListValue l -> nested(() -> items('[', l.items()));
            case MarshalValue.SetValue s -> nested(() -> setItems('<', 0, s.items()));
            case MarshalValue.FrozenSetValue f -> nested(() -> setItems('>', 0, f.items()));
            case MarshalValue.TupleValue t -> nested(() -> {
                tupleHeader(0, t.items().size());
                t.items().forEach(this::value);
            });
            case MarshalValue.DictValue d -> nested(() -> {
                out.write('{');
                for (MarshalValue.Item item : d.items()) {
                    value(item.key());
                    value(item.value());
                }
                out.write('0');
            });
        }
    }

    private void items(int type, List<MarshalValue> items) {
        out.write(type);
        int32(items.size());
        items.forEach(this::value);
    }

    /**
     * A set's or frozenset's items, in the order of their own marshalled bytes, as marshal.c sorts
     * them since 3.11 so that the output does not depend on hashing. CPython's sorting list holds
     * each item too while it is written, so each is flagged.
     */
    private void setItems(int type, int flag, List<MarshalValue> items) {
        out.write(type | flag);
        int32(items.size());
        List<Map.Entry<byte[], MarshalValue>> keyed = new ArrayList<>();
        for (MarshalValue item : items) keyed.add(Map.entry(new MarshalWriter().write(item), item));
        keyed.sort((a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()));
        for (Map.Entry<byte[], MarshalValue> e : keyed) {
            if (e.getValue() instanceof MarshalValue.Constant c) constant(c.value(), false, true);
            else value(e.getValue());
        }
    }

    /**
     * w_object for a constant: a reference if it was written before, else the object, flagged if
     * CPython would find more than one reference to it. {@code name} says it is one of a code
     * object's names, or a tuple of them, which CPython interns (intern_strings in codeobject.c).
     */
    private void constant(ConstantValue v, boolean name) {
        constant(v, name, false);
    }

    /** {@code held} says CPython holds another reference to the object, so it is flagged anyway. */
    private void constant(ConstantValue v, boolean name, boolean held) {
        if (isSingleton(v)) {
            nested(() -> complex(v, 0, false));
            return;
        }
        nested(() -> {
            Object key = key(v, name);
            Integer index = refs.get(key);
            if (index != null) {
                out.write('r');
                int32(index);
                return;
            }
            boolean interned = v instanceof ConstantValue.Str s && (name || internable(s));
            int flag = 0;
            if (held || interned || immortal(v) || repeated.contains(key)) {
                if (key != null) refs.put(key, flaggedCount);
                flaggedCount++;
                flag = Marshal.FLAG_REF;
            }
            complex(v, flag, name);
        });
    }

    /**
     * An object CPython makes anew for each code object, so never shares with an equal one: the code
     * and the localspluskinds bytes. {@code held} says it is flagged all the same (it takes an index
     * that nothing refers to). Only the immortal empty bytes is shared.
     */
    private void fresh(ConstantValue.Bytes v, boolean held) {
        if (v.value().length == 0) {
            constant(v, false);
            return;
        }
        nested(() -> {
            int flag = 0;
            if (held) {
                flaggedCount++;
                flag = Marshal.FLAG_REF;
            }
            complex(v, flag, false);
        });
    }

    /**
     * The objects CPython keeps one shared copy of, whose reference count is therefore never 1: the
     * small ints -5..256, the empty tuple, and the bytes of length 0 and 1 (Include/internal/pycore_global_objects.h).
     */
    private static boolean immortal(ConstantValue v) {
        return switch (v) {
            case ConstantValue.Int i -> i.value().bitLength() < 16 && i.value().intValue() >= -5 && i.value().intValue() <= 256;
            case ConstantValue.Tuple t -> t.items().isEmpty();
            case ConstantValue.Bytes b -> b.value().length <= 1;
            case ConstantValue.None n -> false;
            case ConstantValue.Bool b -> false;
            case ConstantValue.Float f -> false;
            case ConstantValue.Complex c -> false;
            case ConstantValue.Str s -> false;
            case ConstantValue.Ellipsis e -> false;
            case ConstantValue.FrozenSet f -> false;
            case ConstantValue.Code c -> false;
        };
    }

    /** w_complex_object: the object itself, its type byte or'ed with {@code flag}. */
    private void complex(ConstantValue v, int flag, boolean name) {
        switch (v) {
            case ConstantValue.Int i -> integer(i.value(), flag);
            case ConstantValue.Float f -> {
                out.write('g' | flag);
                float64(f.value());
            }
            case ConstantValue.Complex c -> {
                out.write('y' | flag);
                float64(c.real());
                float64(c.imag());
            }
            case ConstantValue.Bytes b -> {
                out.write('s' | flag);
                byte[] bytes = b.value();
                int32(bytes.length);
                out.writeBytes(bytes);
            }
            case ConstantValue.Str s -> str(s, flag, name || internable(s));
            case ConstantValue.Tuple t -> {
                tupleHeader(flag, t.items().size());
                t.items().forEach(i -> constant(i, name));
            }
            case ConstantValue.FrozenSet f ->
                    setItems('>', flag, f.items().stream().<MarshalValue>map(MarshalValue.Constant::new).toList());
            case CodeObject c -> code(c, flag);
            case ConstantValue.Code c -> throw new MarshalError(MarshalError.Type.ValueError, "unmarshallable object");
            case ConstantValue.None n -> out.write('N');
            case ConstantValue.Ellipsis e -> out.write('.');
            case ConstantValue.Bool b -> out.write(b.value() ? 'T' : 'F');
        }
    }

    private void code(CodeObject c, int flag) {
        out.write('c' | flag);
        int32(c.coArgcount());
        int32(c.coPosonlyargcount());
        int32(c.coKwonlyargcount());
        int32(c.coStacksize());
        int32(c.coFlags());
        fresh(new ConstantValue.Bytes(c.coCode()), true);   // _PyCode_GetCode caches it: two references
        constant(new ConstantValue.Tuple(c.coConsts()), false);
        constant(strings(c.coNames()), true);
        constant(strings(c.coLocalsplusnames()), true);
        fresh(new ConstantValue.Bytes(c.coLocalspluskinds()), false);
        constant(new ConstantValue.Str(c.coFilename()), true);
        constant(new ConstantValue.Str(c.coName()), true);
        constant(new ConstantValue.Str(c.coQualname()), true);
        int32(c.coFirstlineno());
        constant(new ConstantValue.Bytes(c.coLinetable()), false);
        constant(new ConstantValue.Bytes(c.coExceptiontable()), false);
    }

    private void tupleHeader(int flag, int size) {
        if (size < 256) {
            out.write(')' | flag);
            out.write(size);
        } else {
            out.write('(' | flag);
            int32(size);
        }
    }

    /** 'i' when the value fits in 32 bits, else 'l' with 15-bit digits, as w_PyLong writes them. */
    private void integer(BigInteger value, int flag) {
        if (value.bitLength() < 32) {
            out.write('i' | flag);
            int32(value.intValue());
            return;
        }
        out.write('l' | flag);
        BigInteger magnitude = value.abs();
        int digits = (magnitude.bitLength() + 14) / 15;
        int32(value.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            int digit = magnitude.shiftRight(15 * i).intValue() & 0x7fff;
            out.write(digit & 0xff);
            out.write(digit >> 8);
        }
    }

    /** ASCII text as 'z'/'a' (interned: 'Z'/'A'), anything else as UTF-8 'u' (interned: 't'). */
    private void str(ConstantValue.Str s, int flag, boolean interned) {
        int[] codePoints = s.codePoints();
        if (Arrays.stream(codePoints).allMatch(cp -> cp < 0x80)) {
            if (codePoints.length < 256) {
                out.write((interned ? 'Z' : 'z') | flag);
                out.write(codePoints.length);
            } else {
                out.write((interned ? 'A' : 'a') | flag);
                int32(codePoints.length);
            }
            for (int cp : codePoints) out.write(cp);
        } else {
            byte[] utf8 = Utf8.encode(codePoints);
            out.write((interned ? 't' : 'u') | flag);
            int32(utf8.length);
            out.writeBytes(utf8);
        }
    }

    /**
     * The strings CPython interns among constants: those made only of ASCII letters, digits and
     * underscores (all_name_chars in Objects/codeobject.c), and the empty and one-character Latin-1
     * strings, which are static singletons.
     */
    private static boolean internable(ConstantValue.Str s) {
        if (s.length() <= 1) return s.length() == 0 || s.codePointAt(0) < 0x100;
        return Arrays.stream(s.codePoints()).allMatch(cp -> cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '_'));
    }

    /** One level of w_object's nesting: MAX_MARSHAL_STACK_DEPTH bounds it. */
    private void nested(Runnable body) {
        if (++depth > MAX_DEPTH)
            throw new MarshalError(MarshalError.Type.ValueError, "object too deeply nested to marshal");
        body.run();
        depth--;
    }

    private void int32(int x) {
        out.write(x);
        out.write(x >> 8);
        out.write(x >> 16);
        out.write(x >> 24);
    }

    private void float64(double x) {
        long bits = Double.doubleToRawLongBits(x);
        for (int i = 0; i < 8; i++) out.write((int) (bits >> 8 * i));
    }
}
