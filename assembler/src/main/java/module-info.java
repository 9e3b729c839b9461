/**
 * The assembler stage: control-flow graphs to code objects, and code objects to and from .pyc files
 * (CPython: Python/assemble.c, Python/marshal.c). A code object is what {@code dis} lists and the vm runs.
 *
 * @provides pyvm.assembler.Assembler "reference", the implementation read in class
 */
module pyvm.assembler {
    requires transitive pyvm.cfg;            // CodeUnit and Opcode appear in the contract
    exports pyvm.assembler;
    provides pyvm.assembler.Assembler with pyvm.assembler.reference.ReferenceAssembler;
}
