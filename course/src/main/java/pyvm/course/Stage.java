package pyvm.course;

import java.util.function.Function;
import pyvm.assembler.Assembler;
import pyvm.cfg.Codegen;
import pyvm.dis.Disassembler;
import pyvm.gc.GarbageCollector;
import pyvm.lexer.Lexer;
import pyvm.parser.Parser;
import pyvm.symtable.Symtable;
import pyvm.vm.Interpreter;

/**
 * The swappable stages, in pipeline order, each with its service interface. The names are the ones
 * {@code --use STAGE=NAME} and {@code -Dpyvm.use.STAGE=NAME} take.
 */
public enum Stage {
    LEXER(Lexer.class, Lexer::name),
    PARSER(Parser.class, Parser::name),
    SYMTABLE(Symtable.class, Symtable::name),
    CFG(Codegen.class, Codegen::name),
    ASSEMBLER(Assembler.class, Assembler::name),
    GC(GarbageCollector.class, GarbageCollector::name),
    VM(Interpreter.class, Interpreter::name),
    DIS(Disassembler.class, Disassembler::name);

    private final Class<?> service;
    private final Function<Object, String> nameOf;

    <S> Stage(Class<S> service, Function<S, String> nameOf) {
        this.service = service;
        this.nameOf = o -> nameOf.apply(service.cast(o));
    }

    /** {@return the stage's service interface} */
    public Class<?> service() {
        return service;
    }

    /** {@return the name an implementation of this stage gives itself} */
    String nameOf(Object implementation) {
        return nameOf.apply(implementation);
    }

    /** {@return the stage's name on the command line: lexer, parser, ...} */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@return the stage with this command-line name} @throws UsageError if there is none */
    public static Stage of(String key) {
        for (Stage s : values())
            if (s.key().equals(key)) return s;
        throw new UsageError("no stage named '" + key + "'; the stages are " + keys());
    }

    static String keys() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Stage::key).toList());
    }
}
