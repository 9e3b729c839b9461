/**
 * The reference garbage collector, read in class: {@link pyvm.gc.reference.ReferenceGarbageCollector}.
 * Not exported: the vm reaches it only through {@link pyvm.gc.GarbageCollector}.
 */
package pyvm.gc.reference;
