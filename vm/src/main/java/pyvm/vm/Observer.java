package pyvm.vm;

import java.util.List;
import pyvm.cfg.Opcode;

/**
 * Watches a program run, with the events of CPython's {@code sys.monitoring} (PEP 669) plus the
 * frame and value stack that lecture tools show. Every method does nothing unless overridden. An
 * interpreter with no observer attached does no work for one.
 *
 * <p>An observer must not throw; the program never sees what it does.
 */
public interface Observer {

    /**
     * {@code INSTRUCTION}: about to run one instruction, with the stack as the instruction finds it.
     *
     * @param offset byte offset in {@code co_code}, as dis prints it
     * @param oparg  the full argument, EXTENDED_ARG prefixes included; 0 for an opcode without one
     */
    default void instruction(Frame frame, int offset, Opcode opcode, int oparg) {}

    /** {@code PY_START}: a Python function's (or module's) frame starts running. */
    default void pyStart(Frame frame) {}

    /** {@code PY_RETURN}: the frame returns {@code value}. */
    default void pyReturn(Frame frame, Value value) {}

    /** {@code CALL}: the frame calls {@code callable} with these positional and keyword values. */
    default void call(Frame frame, Value callable, List<Value> args) {}

    /** {@code RAISE}: an exception is raised in the frame (or passes into it from a call). */
    default void raise(Frame frame, Value exception) {}

    /** {@code EXCEPTION_HANDLED}: a handler of the frame catches the exception. */
    default void exceptionHandled(Frame frame, Value exception) {}

    /** {@code PY_UNWIND}: the frame ends because of the exception. */
    default void pyUnwind(Frame frame, Value exception) {}
}
