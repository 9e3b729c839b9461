package pyvm.dis;

import pyvm.assembler.CodeObject;

/**
 * The dis stage's service: a code object to the listing {@code python3.13 -m dis} prints for it, as
 * Lib/dis.py's {@code dis()} writes it: the code object's instructions, its exception table, then
 * "Disassembly of ..." for each code object among its constants, recursively.
 */
public interface Disassembler {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * @param code    the code object to list, e.g. a module's, read from a .pyc or made by the assembler
     * @param options what {@code -C} and {@code -O} ask for
     * @return the listing, every line ended by a newline, byte for byte what CPython prints; never null
     * @throws IllegalArgumentException for a code object CPython's dis fails on (an argument that
     *                                  indexes past the constants or names); nothing else escapes
     */
    String dis(CodeObject code, Options options);

    /**
     * The options of {@code python -m dis}.
     *
     * @param showCaches  {@code -C}: list the inline cache entries after each instruction
     * @param showOffsets {@code -O}: print each instruction's byte offset
     */
    record Options(boolean showCaches, boolean showOffsets) {
        /** No options: the plain listing. */
        public static final Options DEFAULT = new Options(false, false);
    }
}
