package pyvm.symtable.reference;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A Python set of str, laid out as Objects/setobject.c lays it out, so that iterating it gives
 * CPython's order. The second pass needs this for one thing only: {@code update_symbols} appends
 * the free variables that a block passes through to its symbols in the iteration order of a set,
 * and {@code python3.13 -m symtable} lists them in that order. That order depends on the strings'
 * hashes, so CPython's own listing changes from run to run unless hash randomization is off; pyvm
 * gives the order of {@code PYTHONHASHSEED=0} ({@link StrHash}).
 *
 * <p>The table is open addressing with linear probing, then perturbed jumps; a discarded key leaves
 * a dummy; the table grows when three fifths are filled. Only the operations symtable.c applies to
 * its sets of free names are here.
 */
final class PySet implements Iterable<String> {

    private static final int MINSIZE = 8;          // PySet_MINSIZE
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final String DUMMY = new String("<dummy>");   // compared by identity

    private String[] keys = new String[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    private int fill;   // active and dummy entries
    private int used;   // active entries

    /** {@code PySet_New(NULL)}. */
    PySet() {}

    /** {@code PySet_New(other)}: an empty table, then {@link #update}. */
    PySet(PySet other) {
        update(other);
    }

    boolean contains(String key) {
        return keys[lookKey(key, StrHash.hash(key))] != null;
    }

    /** {@code PySet_Add}: {@code set_add_entry}. */
    void add(String key) {
        long hash = StrHash.hash(key);
        int freeSlot = -1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    if (freeSlot >= 0) {
                        used++;
                        keys[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        return;
                    }
                    fill++;
                    used++;
                    keys[j] = key;
                    hashes[j] = hash;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return;
                }
                if (keys[j] == DUMMY) {
                    if (freeSlot < 0) freeSlot = j;
                } else if (hashes[j] == hash && keys[j].equals(key)) {
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code PySet_Discard}: leaves a dummy where the key was. {@return whether it was there} */
    boolean discard(String key) {
        int slot = lookKey(key, StrHash.hash(key));
        if (keys[slot] == null) return false;
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    /** {@code set_update_internal} with a set, which is {@code set_merge}; also {@code |=}. */
    void update(PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            // An empty table of the same size: copy the slots as they are.
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++)
                if (other.keys[i] != null && other.keys[i] != DUMMY) insertClean(other.keys[i], other.hashes[i]);
            return;
        }
        for (int i = 0; i <= other.mask; i++)
            if (other.keys[i] != null && other.keys[i] != DUMMY) add(other.keys[i]);
    }

    /** {@return the keys in table order, the order Python iterates a set in} */
    @Override
    public Iterator<String> iterator() {
        List<String> order = new ArrayList<>(used);
        for (String k : keys)
            if (k != null && k != DUMMY) order.add(k);
        return order.iterator();
    }

    /** {@code set_lookkey}: the slot holding the key, or the empty slot where the search ended. */
    private int lookKey(String key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) return j;
                if (keys[j] != DUMMY && hashes[j] == hash && keys[j].equals(key)) return j;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code set_insert_clean}: into a table known to hold neither the key nor dummies. */
    private void insertClean(String key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minUsed}, dummies dropped. */
    private void resize(int minUsed) {
        int size = MINSIZE;
        while (size <= minUsed) size <<= 1;
        String[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new String[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++)
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) insertClean(oldKeys[i], oldHashes[i]);
    }
}
