package pyvm.vm.reference;

import java.util.function.Consumer;

/**
 * The hash table of a set or frozenset, ported from Objects/setobject.c so that sets iterate, print
 * and pop in CPython's order: open addressing over a power-of-two table, a run of
 * {@value #LINEAR_PROBES} linear probes before each perturbed jump, deleted slots left as dummies,
 * and a resize to four times the used count (twice above 50,000) once three fifths of the slots are
 * filled.
 */
final class SetTable {

    /** {@code PySet_MINSIZE}. */
    static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted slot, {@code dummy} in setobject.c; its hash is -1. */
    private static final PyObject DUMMY = new PyBaseObject();

    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    /** Slots holding a key or a dummy. */
    int fill;
    /** Slots holding a key: the set's size. */
    int used;
    int mask = MINSIZE - 1;
    /** Where {@code pop} looks next. */
    private int finger;

    /** {@return whether slot {@code i} holds a key} */
    boolean isActive(int i) {
        return keys[i] != null && keys[i] != DUMMY;
    }

    /** {@code set_add_entry}. */
    void add(PyObject key, long hash) {
        while (true) {
            int freeslot = -1;
            long perturb = hash;
            int i = (int) (hash & mask);
            boolean restart = false;
            search:
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject startkey = keys[j];
                    if (startkey == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (hashes[j] == hash && startkey != DUMMY) {
                        if (startkey == key || equalStrings(startkey, key)) return;
                        PyObject[] table = keys;
                        if (Py.richCompareBool(startkey, key, CompareOp.EQ)) return;
                        if (table != keys || keys[j] != startkey) {
                            restart = true;
                            break search;
                        }
                    } else if (startkey == DUMMY && freeslot < 0) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
            if (!restart) return;
        }
    }

    /** {@code set_lookkey}: the slot holding an equal key, or -1. */
    int find(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject startkey = keys[j];
                if (startkey == null) return -1;
                if (hashes[j] == hash && startkey != DUMMY) {
                    if (startkey == key || equalStrings(startkey, key)) return j;
                    PyObject[] table = keys;
                    if (Py.richCompareBool(startkey, key, CompareOp.EQ)) return j;
                    if (table != keys || keys[j] != startkey) return find(key, hash);
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code set_discard_entry}: {@return whether the key was there}. */
    boolean discard(PyObject key, long hash) {
        int j = find(key, hash);
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** {@code set_pop}: the key at or after the finger. */
    PyObject pop() {
        int i = finger & mask;
        while (!isActive(i)) i = (i + 1) & mask;
        PyObject key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** {@code set_clear_internal}: back to an empty table of the minimum size. */
    void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        fill = used = 0;
        mask = MINSIZE - 1;
    }

    /** {@code set_swap_bodies}, one way: this table becomes {@code other}'s, slot for slot. */
    void takeOver(SetTable other) {
        keys = other.keys;
        hashes = other.hashes;
        fill = other.fill;
        used = other.used;
        mask = other.mask;
        finger = other.finger;
    }

    /** {@code set_merge}: every key of {@code other}, copying its layout when this table is empty and alike. */
    void merge(SetTable other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
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
        for (int i = 0; i <= other.mask; i++) if (other.isActive(i)) add(other.keys[i], other.hashes[i]);
    }

    /** {@code set_table_resize}: the smallest power of two above {@code minused}, keys reinserted in slot order. */
    void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int i = 0; i < oldKeys.length; i++)
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) insertClean(oldKeys[i], oldHashes[i]);
        fill = used;
    }

    /** {@code set_insert_clean}: into a table known to hold neither the key nor dummies. */
    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code frozenset_hash}: a mix of every slot's hash that does not depend on the slot order. */
    long frozenHash() {
        long hash = 0;
        for (int i = 0; i <= mask; i++) hash ^= shuffleBits(hashes[i]);
        if (((mask + 1 - fill) & 1) != 0) hash ^= shuffleBits(0);
        if (((fill - used) & 1) != 0) hash ^= shuffleBits(-1);
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** Visits the keys in slot order, the order a set iterates in. */
    void forEach(Consumer<PyObject> visit) {
        for (int i = 0; i <= mask; i++) if (isActive(i)) visit.accept(keys[i]);
    }

    /** Two exact strs compare by value without calling {@code __eq__}, as {@code unicode_eq} is used. */
    private static boolean equalStrings(PyObject a, PyObject b) {
        return a.type() == PyStr.TYPE && b.type() == PyStr.TYPE && ((PyStr) a).value.equals(((PyStr) b).value);
    }
}
