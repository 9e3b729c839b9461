package pyvm.assembler.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import pyvm.assembler.Assembler;
import pyvm.cfg.Codegen;
import pyvm.lexer.Lexer;
import pyvm.parser.Parser;
import pyvm.symtable.Symtable;

/**
 * The implementations the tests use, found with ServiceLoader as course finds them: the code
 * generators and assemblers they grade, named by the system properties {@code pyvm.test.cfg} and
 * {@code pyvm.test.assembler} (comma-separated, by default {@code reference}), and the reference
 * lexer, parser and symtable, which feed them.
 *
 * <p>Only course declares {@code uses}; the tests, which surefire patches into the assembler
 * module, add the service dependences at run time with {@link Module#addUses}.
 */
final class Implementations {

    private Implementations() {}

    static List<Codegen> codegens() {
        return selected(Codegen.class, Codegen::name, "pyvm.test.cfg");
    }

    static List<Assembler> assemblers() {
        return selected(Assembler.class, Assembler::name, "pyvm.test.assembler");
    }

    static Lexer referenceLexer() {
        return reference(Lexer.class, Lexer::name);
    }

    static Parser referenceParser() {
        return reference(Parser.class, Parser::name);
    }

    static Symtable referenceSymtable() {
        return reference(Symtable.class, Symtable::name);
    }

    private static <S> List<S> selected(Class<S> stage, Function<S, String> nameOf, String property) {
        TreeMap<String, S> byName = byName(stage, nameOf);
        List<S> selected = new ArrayList<>();
        for (String name : System.getProperty(property, "reference").split(",")) {
            S s = byName.get(name.strip());
            if (s == null)
                throw new IllegalArgumentException("no " + stage.getSimpleName() + " named " + name.strip() + "; have " + byName.keySet());
            selected.add(s);
        }
        return selected;
    }

    private static <S> S reference(Class<S> stage, Function<S, String> nameOf) {
        S s = byName(stage, nameOf).get("reference");
        if (s == null) throw new IllegalStateException("no reference " + stage.getSimpleName());
        return s;
    }

    private static <S> TreeMap<String, S> byName(Class<S> stage, Function<S, String> nameOf) {
        Implementations.class.getModule().addUses(stage);
        TreeMap<String, S> byName = new TreeMap<>();
        for (S s : ServiceLoader.load(stage))
            if (byName.putIfAbsent(nameOf.apply(s), s) != null)
                throw new IllegalStateException("two " + stage.getSimpleName() + "s are named " + nameOf.apply(s));
        return byName;
    }
}
