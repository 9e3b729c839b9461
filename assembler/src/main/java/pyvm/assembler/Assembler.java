package pyvm.assembler;

import pyvm.cfg.CodeUnit;

/**
 * The assembler stage's service: lays out a code unit's basic blocks as bytecode and builds its code
 * object, line table and exception table, as Python/assemble.c does.
 */
public interface Assembler {

    /** {@return the name this implementation is selected by, e.g. {@code "reference"}} */
    String name();

    /**
     * @param unit a code unit from the cfg stage; its nested units are assembled too
     * @return the code object, never null
     */
    CodeObject assemble(CodeUnit unit);
}
