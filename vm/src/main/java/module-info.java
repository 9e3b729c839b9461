/**
 * The vm stage: runs code objects, as Python/ceval.c does, with the object model of Objects/ and the
 * builtin modules CPython writes in C. Code objects may come from pyvm's assembler or from a .pyc
 * CPython wrote.
 *
 * @provides pyvm.vm.Interpreter "reference", the implementation read in class
 */
module pyvm.vm {
    requires transitive pyvm.assembler;      // CodeObject appears in Interpreter's signature
    requires transitive pyvm.gc;             // the memory manager is chosen with the interpreter
    exports pyvm.vm;
    provides pyvm.vm.Interpreter with pyvm.vm.reference.ReferenceInterpreter;
}
