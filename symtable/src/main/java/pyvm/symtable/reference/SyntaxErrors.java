package pyvm.symtable.reference;

import pyvm.lexer.Location;
import pyvm.lexer.ProgramText;
import pyvm.lexer.PySyntaxError;

/**
 * The SyntaxErrors of the symtable stage. Most are raised as the compiler raises its own
 * ({@link ProgramText#rangedSyntaxError}): byte columns plus one, the line read back from the file;
 * {@code from __future__} errors have a start and no end.
 */
final class SyntaxErrors {

    private SyntaxErrors() {}

    /** {@return the error {@code message} at {@code where}, as symtable.c raises it} */
    static PySyntaxError at(String filename, Location where, String message) {
        return ProgramText.rangedSyntaxError(message, filename, where);
    }

    /**
     * {@return the error {@code message} at the start of {@code where} with no end, as future.c
     * raises it through {@code PyErr_SyntaxLocationObject}}
     */
    static PySyntaxError startingAt(String filename, Location where, String message) {
        return new PySyntaxError(PySyntaxError.Type.SyntaxError, message, filename, where.lineno(),
                where.colOffset() + 1, where.lineno(), 0, ProgramText.of(filename, where.lineno()));
    }
}
