package pyvm.gc;

/**
 * Hears a collection start and finish: the two phases, {@code "start"} and {@code "stop"}, that
 * CPython passes to each callable in {@code gc.callbacks} (Modules/gcmodule.c's
 * {@code invoke_gc_callback}), with the numbers of its {@code info} dict.
 */
public interface CollectionObserver {

    /** A collection of {@code generation} (0, 1 or 2) begins: phase {@code "start"}. */
    default void started(int generation) {}

    /**
     * The collection of {@code generation} ended: phase {@code "stop"}.
     *
     * @param collected     the unreachable objects found, resurrected ones included, as CPython counts them
     * @param uncollectable the unreachable objects left alone (CPython 3.4+: only with {@code DEBUG_SAVEALL})
     */
    default void finished(int generation, int collected, int uncollectable) {}
}
