package pyvm.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link SetTable} lays its keys out as CPython's sets do: after the additions, discards, pops,
 * copies and unions that course/golden/hashes.py made at random, it pops the same keys, iterates in
 * the same order and gives the same frozenset hash as CPython with {@code PYTHONHASHSEED=0}
 * ({@link CPythonHashes}).
 */
class SetTableTest {

    /** A table of ints (as Longs) and strs, hashed as Python hashes them. */
    private static SetTable<Object> newTable() {
        return new SetTable<>(k -> k instanceof Long i ? PyHash.ofInt(i) : PyHash.ofStr(((String) k).codePoints().toArray()),
                Object::equals);
    }

    /** {@return the key that {@code i:INT} or {@code s:STR} names} */
    private static Object key(String token) {
        return token.startsWith("i:") ? (Object) Long.parseLong(token.substring(2)) : token.substring(2);
    }

    private static String token(Object key) {
        return (key instanceof Long ? "i:" : "s:") + key;
    }

    @Test
    void setsIterateAndPopAsCPythonsDo() {
        List<String> wrong = new ArrayList<>();
        for (String[] fields : CPythonHashes.of("set")) {
            SetTable<Object> set = newTable();
            List<String> popped = new ArrayList<>();
            for (String op : CPythonHashes.items(fields[0], " ")) {
                if (op.equals("pop")) {
                    popped.add(token(set.pop()));
                } else if (op.equals("copy")) {
                    SetTable<Object> copy = newTable();
                    copy.update(set);
                    set = copy;
                } else if (op.startsWith("|")) {
                    SetTable<Object> other = newTable();
                    for (String k : op.substring(1).split(",")) other.add(key(k));
                    set.update(other);
                } else if (op.startsWith("+")) {
                    set.add(key(op.substring(1)));
                } else {
                    set.discard(key(op.substring(1)));
                }
            }
            List<String> order = new ArrayList<>();
            for (Object k : set) order.add(token(k));
            String actual = String.join(" ", popped) + "\t" + String.join(" ", order) + "\t" + set.frozensetHash();
            if (!actual.equals(fields[1] + "\t" + fields[2] + "\t" + fields[3]))
                wrong.add(fields[0] + "\n  CPython: " + String.join("\t", fields[1], fields[2], fields[3]) + "\n  pyvm:    " + actual);
        }
        assertEquals(List.of(), wrong, "sets that differ from CPython's");
    }

    /** After adds and discards, the table holds each live key exactly once, whatever it did inside. */
    @Property(tries = 300)
    void holdsEachLiveKeyOnce(@ForAll List<@IntRange(min = -50, max = 50) Integer> operations) {
        SetTable<Object> table = newTable();
        Set<Long> model = new HashSet<>();
        for (long o : operations) {
            if (o >= 0) {
                table.add(o);
                model.add(o);
            } else {
                assertEquals(model.remove(-o), table.discard(-o));
            }
        }
        Set<Object> seen = new HashSet<>();
        for (Object k : table) assertTrue(seen.add(k));
        assertEquals(model, seen);
        assertEquals(model.size(), table.size());
        for (long k = 0; k <= 50; k++) assertEquals(model.contains(k), table.contains(k));
    }
}
