/**
 * The reference interpreter, read in class; start at {@link pyvm.vm.reference.ReferenceInterpreter}.
 * Not exported: the rest of pyvm reaches it only through {@link pyvm.vm.Interpreter}.
 *
 * <p>The package follows CPython's source tree. The interpreter loop and what it calls are
 * Python/: {@code Eval} (ceval.c, bytecodes.c), {@code ExceptionUnwind}, {@code Calls},
 * {@code Names}, {@code Builds}, {@code Raising}, {@code Imports}, {@code Intrinsics}, {@code With},
 * {@code Patterns}, {@code Builtins} (bltinmodule.c), {@code Sys}, {@code PyErr} (errors.c). The
 * objects are Objects/, one file per type: {@code PyInt}, {@code PyStr}, {@code PyList},
 * {@code PyDict}, {@code PyFunction}, {@code PyType}, ... with {@code Py} and {@code Number} as the
 * abstract object protocol (object.c, abstract.c) and {@code SlotDefs} and {@code HeapSlots} tying
 * special methods to type slots (typeobject.c). Printing an uncaught exception is Lib/traceback.py's
 * work: {@code TracebackPrinter}, {@code FrameSummary}, {@code CaretAnchors}, {@code LineCache}.
 */
package pyvm.vm.reference;
