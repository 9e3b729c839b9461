package pyvm.parser;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;

/**
 * The hash table of CPython's set and frozenset, ported from Objects/setobject.c (3.13) for keys of
 * any type. A set iterates in the order of its slots, and three stages must reproduce that order:
 * the symtable, because {@code -m symtable} lists the free names a block passes through in the order
 * of a set; the compiler, because dis shows a frozenset constant's items in the order of its table;
 * the vm, because a program sees its sets iterate, print and pop.
 *
 * <p>The table is open addressing over a power of two of slots. A key starts at its hash modulo the
 * table size, tries up to {@value #LINEAR_PROBES} following slots (neighbours share a cache line in
 * C), then jumps by a recurrence that the hash's higher bits perturb. A discarded key leaves a dummy,
 * so that the searches which passed over it still find what lies behind. Once three fifths of the
 * slots are filled (keys and dummies), the table grows to hold four times its keys (twice above
 * 50,000) and the dummies go.
 *
 * <p>The key's hash and the equality test are given, because that is where the users differ: the vm
 * passes Python's {@code hash()} and {@code ==}, which run Python code, may raise, and may even
 * change this table while it is searched (then the search starts again, as in C); the compiler
 * stages pass plain functions.
 *
 * @param <K> the type of the keys
 */
public final class SetTable<K> implements Iterable<K> {

    /** {@code PySet_MINSIZE}. */
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a discarded slot, {@code dummy} in setobject.c; its hash is -1, which no key has. */
    private static final Object DUMMY = new Object();

    private final ToLongFunction<? super K> hash;
    private final BiPredicate<? super K, ? super K> equal;
    private Object[] keys = new Object[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    /** Slots holding a key or a dummy. */
    private int fill;
    /** Slots holding a key: the set's size. */
    private int used;
    private int mask = MINSIZE - 1;
    /** Where {@link #pop} looks next. */
    private int finger;

    /**
     * An empty table, {@code PySet_New(NULL)}.
     *
     * @param hash  the key's hash; what it throws comes out of the method that asked
     * @param equal whether a key in the table (first) equals the one looked for; what it throws comes out too
     */
    public SetTable(ToLongFunction<? super K> hash, BiPredicate<? super K, ? super K> equal) {
        this.hash = hash;
        this.equal = equal;
    }

    /** {@return how many keys the table holds: {@code len()}} */
    public int size() {
        return used;
    }

    /** {@code set_contains_key}. */
    public boolean contains(K key) {
        return lookKey(key, hash.applyAsLong(key)) >= 0;
    }

    /** {@code set_add_key}: nothing happens if an equal key is there already, which stays. */
    public void add(K key) {
        add(key, hash.applyAsLong(key));
    }

    /** {@code set_discard_key}: leaves a dummy where the key was. {@return whether it was there} */
    public boolean discard(K key) {
        int j = lookKey(key, hash.applyAsLong(key));
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** {@code set_pop}: removes and returns the key at or after the finger; the table must not be empty. */
    public K pop() {
        int i = finger & mask;
        while (!isActive(i)) i = (i + 1) & mask;
        K key = keyAt(i);
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** {@code set_clear_internal}: back to an empty table of the minimum size. */
    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        fill = used = 0;
        mask = MINSIZE - 1;
    }

    /** {@code set_swap_bodies}, one way: this table becomes {@code other}'s, slot for slot. */
    public void takeOver(SetTable<K> other) {
        keys = other.keys;
        hashes = other.hashes;
        fill = other.fill;
        used = other.used;
        mask = other.mask;
        finger = other.finger;
    }

    /**
     * {@code set_merge}: every key of {@code other}, with the hashes it stored. Into an empty table
     * the keys go without comparisons, and into an empty one of the same size slot for slot, so
     * that a copy of a set iterates as the set does.
     */
    public void update(SetTable<K> other) {
        if (other == this || other.used == 0) return;
        presize(other.used);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.keys[i] != null) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = used = other.used;
            for (int i = 0; i <= other.mask; i++) if (other.isActive(i)) insertClean(other.keys[i], other.hashes[i]);
            return;
        }
        for (int i = 0; i <= other.mask; i++) if (other.isActive(i)) add(other.keyAt(i), other.hashes[i]);
    }

    /**
     * The one big resize that {@code set_merge} and {@code set_update_internal} (from a dict) do
     * before adding {@code incoming} keys, rather than growing step by step as they arrive.
     */
    public void presize(int incoming) {
        if ((long) (fill + incoming) * 5 >= (long) mask * 3) resize((used + incoming) * 2);
    }

    /**
     * {@code frozenset_hash}: a mix of the keys' hashes that does not depend on their order. CPython
     * mixes in every slot and then takes out the empty ones and the dummies; what is left is the keys.
     */
    public long frozensetHash() {
        long h = 0;
        for (int i = 0; i <= mask; i++) h ^= shuffleBits(hashes[i]);
        if (((mask + 1 - fill) & 1) != 0) h ^= shuffleBits(0);
        if (((fill - used) & 1) != 0) h ^= shuffleBits(-1);
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /**
     * {@return the keys in slot order, the order a set iterates in} Like {@code set_iterator}, the
     * iterator walks the slots by position, so it reads the table as it is now, even a table that has
     * grown meanwhile; whoever mutates a set while iterating must check its size, as the vm does.
     */
    @Override
    public Iterator<K> iterator() {
        return new Iterator<>() {
            private int position;

            @Override public boolean hasNext() {
                while (position <= mask && !isActive(position)) position++;
                return position <= mask;
            }

            @Override public K next() {
                if (!hasNext()) throw new NoSuchElementException();
                return keyAt(position++);
            }
        };
    }

    private boolean isActive(int slot) {
        return keys[slot] != null && keys[slot] != DUMMY;
    }

    @SuppressWarnings("unchecked")   // only add and insertClean store keys, and they store Ks
    private K keyAt(int slot) {
        return (K) keys[slot];
    }

    /**
     * {@code set_add_entry}: into the slot the search ended at, a dummy it passed or an empty slot.
     * Only filling an empty slot can make the table too full.
     */
    private void add(K key, long hash) {
        int slot = lookKey(key, hash);
        if (slot >= 0) return;
        slot = -1 - slot;
        boolean wasDummy = keys[slot] == DUMMY;
        keys[slot] = key;
        hashes[slot] = hash;
        used++;
        if (wasDummy) return;
        fill++;
        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
    }

    /**
     * The search of {@code set_lookkey} and {@code set_add_entry}: from the slot the hash picks, the
     * run of neighbours, then a perturbed jump, until an equal key or an empty slot. A slot whose hash
     * differs cannot hold an equal key, so most slots are passed without calling {@code equal}.
     * {@return the slot of an equal key, or -1 minus the slot where the key would go: the last dummy
     * passed, which 3.13's {@code set_add_entry} reuses, else the empty slot}
     */
    private int lookKey(K key, long hash) {
        restart:
        while (true) {
            int freeslot = -1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object startkey = keys[j];
                    if (startkey == null) return -1 - (freeslot >= 0 ? freeslot : j);
                    if (hashes[j] == hash && startkey != DUMMY) {
                        if (startkey == key) return j;
                        Object[] table = keys;
                        if (equal.test(keyAt(j), key)) return j;
                        if (table != keys || keys[j] != startkey) continue restart;   // __eq__ changed the set
                    } else if (startkey == DUMMY) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minused}, keys reinserted in slot order. */
    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int i = 0; i < oldKeys.length; i++)
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) insertClean(oldKeys[i], oldHashes[i]);
        fill = used;
    }

    /** {@code set_insert_clean}: into a table known to hold neither the key nor dummies, so no comparisons. */
    private void insertClean(Object key, long hash) {
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
}
