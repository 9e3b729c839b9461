package pyvm.symtable;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import pyvm.lexer.Lexer;
import pyvm.parser.Parser;

/**
 * The implementations the tests use, found with ServiceLoader as course finds them: the symtables
 * they grade, named by the system property {@code pyvm.test.symtable} (comma-separated, by default
 * {@code reference}), and the reference lexer and parser, which give them their ASTs.
 *
 * <p>Only course declares {@code uses}, so the symtable module's descriptor does not; the tests,
 * which surefire patches into that module, add the service dependences at run time with
 * {@link Module#addUses}, which a module may do for itself.
 */
final class Implementations {

    private Implementations() {}

    static List<Symtable> symtables() {
        TreeMap<String, Symtable> byName = byName(Symtable.class, Symtable::name);
        List<Symtable> selected = new ArrayList<>();
        for (String name : System.getProperty("pyvm.test.symtable", "reference").split(",")) {
            Symtable symtable = byName.get(name.strip());
            if (symtable == null)
                throw new IllegalArgumentException("no symtable named " + name.strip() + "; have " + byName.keySet());
            selected.add(symtable);
        }
        return selected;
    }

    static Lexer referenceLexer() {
        return reference(Lexer.class, Lexer::name);
    }

    static Parser referenceParser() {
        return reference(Parser.class, Parser::name);
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
