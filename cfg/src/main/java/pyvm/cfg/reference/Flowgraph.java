package pyvm.cfg.reference;

import java.util.List;
import pyvm.parser.ConstantValue;

/**
 * The passes that turn the code generator's raw graph into the optimized one the assembler lays
 * out, in CPython's order. Mirrors _PyCfg_OptimizeCodeUnit and optimize_cfg of Python/flowgraph.c:
 * each line below is one pass, and each pass is a class of this package.
 */
final class Flowgraph {

    private Flowgraph() {}

    /**
     * _PyCfg_OptimizeCodeUnit.
     *
     * @param consts    the unit's constants; passes append folded ones and drop unused ones
     * @param nlocals   how many fast locals the unit has
     * @param nparams   how many of them are parameters, which are bound on entry
     */
    static void optimizeCodeUnit(CfgBuilder g, List<ConstantValue> consts, int nlocals, int nparams, int firstlineno) {
        // Preprocessing: which blocks handle exceptions, and which handler covers each instruction.
        ExceptionTargets.markExceptHandlers(g);
        ExceptionTargets.labelExceptionTargets(g);
        // Optimization.
        optimizeCfg(g, consts, firstlineno);
        Consts.removeUnusedConsts(g, consts);
        UninitializedLocals.addChecksForLoadsOfUninitializedVariables(g, nlocals, nparams);
        Superinstructions.insertSuperinstructions(g);
        ColdBlocks.pushColdBlocksToEnd(g);
        LineNumbers.resolveLineNumbers(g, firstlineno);
    }

    /** optimize_cfg. */
    private static void optimizeCfg(CfgBuilder g, List<ConstantValue> consts, int firstlineno) {
        SmallBlocks.inlineSmallOrNoLinenoBlocks(g);
        Reachability.removeUnreachable(g);
        LineNumbers.resolveLineNumbers(g, firstlineno);
        for (Block b : g) Peephole.optimizeBasicBlock(g, b, consts);
        Nops.removeRedundantNopsAndPairs(g);
        Reachability.removeUnreachable(g);
        Nops.removeRedundantNopsAndJumps(g);
    }
}
