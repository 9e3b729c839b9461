package pyvm.gc.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pyvm.gc.CollectionObserver;
import pyvm.gc.GarbageCollector;
import pyvm.gc.Traversable;

/**
 * The reference collector: a mark-and-sweep over the tracked objects, with the phases of
 * {@code gc_collect_main} in Python/gc.c (3.13's home of Modules/gcmodule.c's algorithm).
 *
 * <p>A collection goes: find the tracked objects that the roots do not reach ({@code unreachable});
 * call each one's finalizer unless it ran before ({@code finalize_garbage}, PEP 442); look again, and
 * keep whatever a finalizer made reachable ({@code handle_resurrected_objects}); clear the rest so
 * their cycles fall apart ({@code delete_garbage}).
 *
 * <p>Where it departs from CPython, and why:
 * <ul>
 *   <li>CPython knows an object is unreachable because its reference count, less the references
 *       from other tracked objects, is zero. The JVM keeps no counts, so reachability is found by
 *       marking from the roots the vm hands to {@link #collect}.</li>
 *   <li>CPython frees most objects the moment their last reference goes, and collects cycles
 *       automatically when allocations outnumber deallocations by 700. Here nothing happens
 *       between collections: an object is finalized only by a {@link #collect}, which the vm calls
 *       for {@code gc.collect()}, after every 2000 tracked objects while {@link #isEnabled()}, and
 *       at shutdown; this collector never starts one itself.</li>
 *   <li>There is one generation: every collection examines every tracked object.</li>
 *   <li>Tracked objects are held strongly until a collection finds them unreachable, so the vm
 *       tracks only objects whose reclamation Python can observe.</li>
 * </ul>
 */
public final class ReferenceGarbageCollector implements GarbageCollector {

    /** The name this implementation is selected by. */
    public static final String NAME = "reference";

    /** The tracked objects, each with the order it was tracked in: CPython's gc lists keep that order. */
    private final Map<Traversable, Long> tracked = new IdentityHashMap<>();
    /** Objects whose finalizer has run: the {@code _PyGC_FINALIZED} bit of CPython's object header. */
    private final Set<Traversable> finalized = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<CollectionObserver> observers = new ArrayList<>();
    private long trackedSoFar;
    private boolean enabled = true;
    /** Set during a collection, as {@code gcstate->collecting} is: a finalizer's gc.collect() finds nothing. */
    private boolean collecting;

    /** The constructor ServiceLoader calls. */
    public ReferenceGarbageCollector() {}

    @Override public String name() { return NAME; }

    @Override public void track(Traversable object) {
        tracked.putIfAbsent(object, trackedSoFar++);
    }

    @Override public void untrack(Traversable object) {
        tracked.remove(object);
        finalized.remove(object);
    }

    @Override public boolean isTracked(Traversable object) { return tracked.containsKey(object); }

    @Override public int collect(int generation, Traversable roots) {
        if (generation < 0 || generation > 2) throw new IllegalArgumentException("invalid generation " + generation);
        if (collecting) return 0;
        collecting = true;
        try {
            List<CollectionObserver> hearing = List.copyOf(observers);
            hearing.forEach(o -> o.started(generation));
            List<Traversable> unreachable = unreachable(roots);
            finalizeGarbage(unreachable);
            deleteGarbage(withoutResurrected(unreachable, roots));
            hearing.forEach(o -> o.finished(generation, unreachable.size(), 0));
            return unreachable.size();
        } finally {
            collecting = false;
        }
    }

    @Override public void enable() { enabled = true; }

    @Override public void disable() { enabled = false; }

    @Override public boolean isEnabled() { return enabled; }

    @Override public void addObserver(CollectionObserver observer) { observers.add(observer); }

    @Override public void removeObserver(CollectionObserver observer) { observers.remove(observer); }

    /** The tracked objects the roots do not reach, in the order they were tracked; no marking when none is tracked. */
    private List<Traversable> unreachable(Traversable roots) {
        if (tracked.isEmpty()) return List.of();
        Set<Traversable> reachable = reachableFrom(roots);
        List<Traversable> found = new ArrayList<>();
        for (Traversable o : tracked.keySet())
            if (!reachable.contains(o)) found.add(o);
        found.sort(Comparator.comparing(tracked::get));
        return found;
    }

    /** Marks everything {@code roots} reaches, without recursion: an object graph can be deep. */
    private static Set<Traversable> reachableFrom(Traversable roots) {
        Set<Traversable> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Traversable> toVisit = new ArrayDeque<>();
        toVisit.push(roots);
        while (!toVisit.isEmpty()) {
            Traversable o = toVisit.pop();
            if (marked.add(o)) o.traverse(toVisit::push);
        }
        return marked;
    }

    /** {@code finalize_garbage}: each finalizer runs once in an object's life, even if it is resurrected. */
    private void finalizeGarbage(List<Traversable> unreachable) {
        for (Traversable o : unreachable)
            if (tracked.containsKey(o) && finalized.add(o)) o.callFinalizer();
    }

    /** {@code handle_resurrected_objects}: what a finalizer made reachable again stays, tracked. */
    private List<Traversable> withoutResurrected(List<Traversable> unreachable, Traversable roots) {
        Set<Traversable> reachable = reachableFrom(roots);
        List<Traversable> garbage = new ArrayList<>();
        for (Traversable o : unreachable)
            if (!reachable.contains(o) && tracked.containsKey(o)) garbage.add(o);
        return garbage;
    }

    /** {@code delete_garbage}: clearing breaks the cycles; the JVM reclaims the memory afterwards. */
    private void deleteGarbage(List<Traversable> garbage) {
        for (Traversable o : garbage) {
            untrack(o);
            o.clear();
        }
    }
}
