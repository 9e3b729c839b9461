/**
 * The gc stage: the vm's memory manager. It decides when an object is finalized (its last reference
 * gone, or found in an unreachable cycle by a collection), as CPython's reference counting and
 * Modules/gcmodule.c do. It knows objects only through {@link pyvm.gc.Traversable}, so it needs no vm.
 *
 * @provides pyvm.gc.GarbageCollector "reference", the implementation read in class
 */
module pyvm.gc {
    exports pyvm.gc;
    provides pyvm.gc.GarbageCollector with pyvm.gc.reference.ReferenceGarbageCollector;
}
