/**
 * course: the command line, the choice of an implementation for each stage, conformance runs against
 * CPython, and (as it grows) the assignments and the autograder. It is the only module that
 * {@code uses} the stage services: every other module only provides one.
 */
module pyvm.course {
    requires pyvm.lexer;
    requires pyvm.parser;
    requires pyvm.symtable;
    requires pyvm.cfg;
    requires pyvm.assembler;
    requires pyvm.gc;
    requires pyvm.vm;
    requires pyvm.dis;

    exports pyvm.course;
    exports pyvm.course.grade;          // the test of a starter module calls the grader

    uses pyvm.lexer.Lexer;
    uses pyvm.parser.Parser;
    uses pyvm.symtable.Symtable;
    uses pyvm.cfg.Codegen;
    uses pyvm.assembler.Assembler;
    uses pyvm.gc.GarbageCollector;
    uses pyvm.vm.Interpreter;
    uses pyvm.dis.Disassembler;
}
