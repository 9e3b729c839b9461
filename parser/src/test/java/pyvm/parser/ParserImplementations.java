package pyvm.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import pyvm.lexer.Lexer;

/**
 * The implementations the tests use, found with ServiceLoader as course finds them: the parsers they
 * grade, named by the system property {@code pyvm.test.parser} (comma-separated, by default
 * {@code reference}), so that the same tests grade a student's parser
 * ({@code -Dpyvm.test.parser=alice}); and the reference lexer, which gives them their tokens.
 *
 * <p>Only course declares {@code uses}, so the parser module's descriptor does not; the tests,
 * which surefire patches into that module, add the service dependences at run time with
 * {@link Module#addUses}, which a module may do for itself.
 */
final class ParserImplementations {

    private ParserImplementations() {}

    static List<Parser> selected() {
        TreeMap<String, Parser> byName = byName(Parser.class, Parser::name);
        List<Parser> selected = new ArrayList<>();
        for (String name : System.getProperty("pyvm.test.parser", "reference").split(",")) {
            Parser parser = byName.get(name.strip());
            if (parser == null)
                throw new IllegalArgumentException("no parser named " + name.strip() + "; have " + byName.keySet());
            selected.add(parser);
        }
        return selected;
    }

    static Lexer referenceLexer() {
        Lexer lexer = byName(Lexer.class, Lexer::name).get("reference");
        if (lexer == null) throw new IllegalStateException("no reference lexer");
        return lexer;
    }

    private static <S> TreeMap<String, S> byName(Class<S> stage, Function<S, String> nameOf) {
        ParserImplementations.class.getModule().addUses(stage);
        TreeMap<String, S> byName = new TreeMap<>();
        for (S s : ServiceLoader.load(stage))
            if (byName.putIfAbsent(nameOf.apply(s), s) != null)
                throw new IllegalStateException("two " + stage.getSimpleName() + "s are named " + nameOf.apply(s));
        return byName;
    }
}
