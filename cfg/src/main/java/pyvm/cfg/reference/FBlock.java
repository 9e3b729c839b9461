package pyvm.cfg.reference;

import pyvm.cfg.Label;
import pyvm.lexer.Location;

/**
 * A frame block: a loop, handler or cleanup that break, continue and return must unwind. Mirrors
 * struct fblockinfo of Python/compile.c.
 *
 * @param type  what kind of block (fb_type)
 * @param block where the block starts, which continue goes to (fb_block); null where CPython has NO_LABEL
 * @param exit  where the block ends, which break goes to (fb_exit); null where CPython has NO_LABEL
 * @param loc   the location unwinding a {@code with} reports (fb_loc)
 * @param datum what unwinding needs besides (fb_datum): a {@code finally} body as a list of
 *              statements, the name an {@code except ... as} handler binds; null otherwise
 */
record FBlock(Type type, Label block, Label exit, Location loc, Object datum) {

    /** enum fblocktype. */
    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
    }
}
