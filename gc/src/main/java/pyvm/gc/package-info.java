/**
 * The gc stage's contract: a {@link pyvm.gc.GarbageCollector} decides when the vm's objects are
 * finalized and cleared, as CPython's reference counting and Modules/gcmodule.c do. It sees objects
 * only as {@link pyvm.gc.Traversable}s (their references, a finalizer, a way to drop their
 * references), so any vm can use any collector. A {@link pyvm.gc.CollectionObserver} hears each
 * collection start and finish, as the callbacks in {@code gc.callbacks} do.
 */
package pyvm.gc;
