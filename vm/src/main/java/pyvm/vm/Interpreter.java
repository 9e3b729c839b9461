package pyvm.vm;

import pyvm.assembler.CodeObject;

/**
 * The vm stage's service: runs a module's code object to the end, as {@code python3.13 FILE} runs a
 * script (Python/pythonrun.c's {@code run_eval_code_obj} inside {@code Py_RunMain}).
 */
public interface Interpreter {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * Runs {@code code} as the module {@code __main__}, then shuts the interpreter down (flushing the
     * streams), as CPython does. An exception nobody catches is printed to {@code config.stderr()} in
     * CPython's format ({@code Traceback (most recent call last):}, one {@code File "...", line N,
     * in NAME} entry per frame with its source line and carets, then {@code Type: message}).
     * Deep recursion raises Python's RecursionError and memory exhaustion its MemoryError, inside the
     * program, where it can catch them.
     *
     * @param code   a module's code object, from pyvm's assembler or from a .pyc CPython wrote
     * @param config the program's arguments, streams, memory manager and observer
     * @return the exit status {@code python3.13} gives: 0 when the module ends normally; 1 after an
     *         uncaught exception; for {@code SystemExit}, its code (0 for None, the int itself, or 1
     *         after printing any other object to stderr)
     *         An instruction this implementation does not run raises {@code SystemError: unknown
     *         opcode} in the program, as CPython's {@code _unknown_opcode} does; nothing is thrown.
     */
    int run(CodeObject code, Config config);
}
