package pyvm.gc;

/**
 * The gc stage's service: the vm's memory manager, in the words of CPython's {@code gc} module and
 * its C API ({@code PyObject_GC_Track}, {@code PyObject_GC_UnTrack}, {@code gc.collect}).
 *
 * <p>The vm tracks the objects whose reclamation Python can observe (an object with a finalizer, a
 * container that may sit in a cycle) and asks for collections. A collection finds the tracked
 * objects that cannot be reached from the vm's roots, finalizes them (each at most once, PEP 442),
 * keeps those a finalizer made reachable again, and clears the rest, as {@code gc_collect_main} does.
 *
 * <p>One instance serves one running program; the vm calls it from one thread at a time.
 */
public interface GarbageCollector {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /** Starts watching {@code object}, as {@code PyObject_GC_Track} does; tracking twice is harmless. */
    void track(Traversable object);

    /** Stops watching {@code object}, as {@code PyObject_GC_UnTrack} does; harmless if it was not tracked. */
    void untrack(Traversable object);

    /** {@return whether {@code object} is tracked}, as {@code gc.is_tracked} answers */
    boolean isTracked(Traversable object);

    /**
     * Collects garbage, as {@code gc.collect(generation)} does: tracked objects that {@code roots}
     * cannot reach are finalized and cleared. Runs whether or not automatic collection is
     * {@link #isEnabled() enabled}, as CPython's explicit collection does. Finalizers run on the
     * calling thread, so the vm calls this only where Python code may run.
     *
     * @param generation 0, 1 or 2; the oldest generation collects everything
     * @param roots      what the vm holds directly (modules, frames, the current exception): the
     *                   objects it visits, and everything they reach, are alive
     * @return the number of unreachable objects found, the value {@code gc.collect()} returns
     * @throws IllegalArgumentException when generation is not 0, 1 or 2 (the vm raises
     *                                  {@code ValueError: invalid generation} before asking)
     */
    int collect(int generation, Traversable roots);

    /** Turns automatic collection on, as {@code gc.enable()} does. */
    void enable();

    /** Turns automatic collection off, as {@code gc.disable()} does; {@link #collect} still works. */
    void disable();

    /** {@return whether automatic collection is on}, as {@code gc.isenabled()} answers */
    boolean isEnabled();

    /** Adds an observer that hears every later collection, as appending to {@code gc.callbacks} does. */
    void addObserver(CollectionObserver observer);

    /** Removes an observer added before; harmless if it was not added. */
    void removeObserver(CollectionObserver observer);
}
