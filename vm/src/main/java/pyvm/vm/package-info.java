/**
 * The vm's contract: an {@link pyvm.vm.Interpreter} runs a module's code object as {@code __main__},
 * as {@code python3.13 FILE} does, with the streams, arguments and memory manager of a
 * {@link pyvm.vm.Config}, and answers with the exit status. An {@link pyvm.vm.Observer} watches it
 * run, as {@code sys.monitoring} does; it sees frames and objects through the read-only views
 * {@link pyvm.vm.Frame} and {@link pyvm.vm.Value}, so it works with any interpreter.
 */
package pyvm.vm;
