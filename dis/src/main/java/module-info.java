/**
 * The dis stage: code objects to the listing {@code python3.13 -m dis} prints (CPython: Lib/dis.py).
 *
 * @provides pyvm.dis.Disassembler "reference", the implementation read in class
 */
module pyvm.dis {
    requires transitive pyvm.assembler;      // CodeObject appears in Disassembler's signature
    exports pyvm.dis;
    provides pyvm.dis.Disassembler with pyvm.dis.reference.ReferenceDisassembler;
}
