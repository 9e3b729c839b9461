/**
 * The cfg stage's contract: what CPython's compiler holds between its code generator and its
 * assembler. Each function, class, lambda, comprehension and module body becomes a
 * {@link pyvm.cfg.CodeUnit}: a {@link pyvm.cfg.ControlFlowGraph} of {@link pyvm.cfg.BasicBlock}s of
 * {@link pyvm.cfg.Instruction}s (CPython: cfg_builder, basicblock and cfg_instr of
 * Python/flowgraph.c) plus the metadata a code object is made from (_PyCompile_CodeUnitMetadata).
 * The {@link pyvm.cfg.Codegen} service builds them; {@link pyvm.cfg.Opcode} and
 * {@link pyvm.cfg.StackEffect} are the opcode tables every later stage shares.
 * CPython prints none of this, so the printed forms are pyvm's own: {@link pyvm.cfg.CodeUnit#listing()}
 * and {@link pyvm.cfg.CodeUnit#dot()}.
 */
package pyvm.cfg;
