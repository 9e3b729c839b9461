package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Codegen;
import pyvm.lexer.Location;
import pyvm.parser.Mod;
import pyvm.parser.Stmt;
import pyvm.symtable.SymbolTable;

/**
 * The reference code generator: CPython 3.13's compiler up to the point where it hands a control-flow
 * graph to the assembler. A tour, in the order the work happens:
 * <ol>
 *   <li>{@link Future} reads the module's {@code from __future__} imports.</li>
 *   <li>{@link AstOptimizer} folds constants in the tree (Python/ast_opt.c), with Python's
 *       arithmetic in {@link ConstantFolding} and {@link PyNumber}.</li>
 *   <li>{@link Compiler} walks the tree (Python/compile.c), one {@link Unit} per module, function
 *       and lambda, writing an {@link InstructionSequence}: {@link Statements}, {@link Expressions},
 *       {@link ControlFlow} and {@link Functions} each handle one kind of node, and the symbol tables
 *       decide which opcode a name gets.</li>
 *   <li>{@link CfgBuilder} cuts each sequence into basic blocks, and {@link Flowgraph} runs the
 *       passes of Python/flowgraph.c over them: exception targets, inlining of small exits,
 *       unreachable code, line numbers, the peephole rules, redundant NOPs and jumps, unused
 *       constants, checks for unbound locals, superinstructions, cold blocks.</li>
 * </ol>
 * Every construct of the 3.13 grammar compiles; what CPython's compiler itself rejects
 * ({@code return} outside a function, assignments to {@code __debug__}, ...) raises the same
 * SyntaxError at the same place, through {@link Compiler#error}.
 */
public final class ReferenceCodegen implements Codegen {

    /** The name this implementation is selected by. */
    public static final String NAME = "reference";

    /** The constructor ServiceLoader calls. */
    public ReferenceCodegen() {}

    @Override
    public String name() {
        return NAME;
    }

    /** _PyAST_Compile up to the assembler: compiler_mod with compiler_codegen and compiler_body. */
    @Override
    public CodeUnit compile(Mod.Module module, SymbolTable symbols, String filename) {
        Future future = Future.parse(module);
        Mod.Module optimized = AstOptimizer.optimize(module, future.annotations());
        Compiler c = new Compiler(filename, future);
        c.enterScope("<module>", ScopeType.MODULE, symbols, 1);
        // start_location: the first statement's, or line 1
        List<Stmt> body = optimized.body();
        c.statements.body(body.isEmpty() ? new Location(1, 0, 1, 0) : body.getFirst().location(), body);
        return c.exitScope(true);
    }
}
