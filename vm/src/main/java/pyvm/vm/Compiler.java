package pyvm.vm;

import pyvm.assembler.CodeObject;
import pyvm.parser.Mod;

/**
 * The compiler stages as a running program needs them: what {@code compile()}, {@code exec()} of a
 * string, {@code import} of a .py file and {@code ast.parse} reach in CPython (Python/pythonrun.c,
 * Python/compile.c). The vm has no compiler of its own; whoever runs it hands it the chosen lexer,
 * parser, symtable, code generator and assembler through this. Tracebacks use {@link #parse} too,
 * as Lib/traceback.py does, to place their carets.
 */
public interface Compiler {

    /**
     * Compiles a module's source, as {@code compile(source, filename, 'exec')} does.
     *
     * @throws pyvm.lexer.PySyntaxError for invalid source; nothing else escapes
     */
    CodeObject compile(byte[] source, String filename);

    /**
     * Parses a module's source, as {@code ast.parse(source, filename)} does.
     *
     * @throws pyvm.lexer.PySyntaxError for invalid source; nothing else escapes
     */
    Mod.Module parse(byte[] source, String filename);
}
