/**
 * The assembler stage's contract: {@link pyvm.assembler.CodeObject} (CPython's PyCodeObject) with its
 * decoded {@link pyvm.assembler.LineTable} and {@link pyvm.assembler.ExceptionTable}, the
 * {@link pyvm.assembler.Marshal} format that stores code objects, and {@link pyvm.assembler.Pyc}
 * files. The formats are CPython 3.13's, byte for byte, so that a .pyc CPython wrote can be listed by
 * dis and run by the vm, and pyvm's own code objects can be compared with CPython's.
 */
package pyvm.assembler;
