package pyvm.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The lexers the tests grade: those named by the system property {@code pyvm.test.lexer}
 * (comma-separated), by default {@code reference}, so that the same tests later grade a student's
 * lexer ({@code -Dpyvm.test.lexer=alice}).
 *
 * <p>They are found with ServiceLoader, as course finds them. Only course declares {@code uses},
 * so the lexer module's descriptor does not; the tests, which surefire patches into that module,
 * add the service dependence at run time with {@link Module#addUses}, which a module may do for
 * itself (and which does nothing when the tests run on the class path).
 */
final class LexerImplementations {

    private LexerImplementations() {}

    static List<Lexer> selected() {
        LexerImplementations.class.getModule().addUses(Lexer.class);
        TreeMap<String, Lexer> byName = new TreeMap<>();
        for (Lexer lexer : ServiceLoader.load(Lexer.class))
            if (byName.putIfAbsent(lexer.name(), lexer) != null)
                throw new IllegalStateException("two lexers are named " + lexer.name());
        List<Lexer> selected = new ArrayList<>();
        for (String name : System.getProperty("pyvm.test.lexer", "reference").split(",")) {
            Lexer lexer = byName.get(name.strip());
            if (lexer == null)
                throw new IllegalArgumentException("no lexer named " + name.strip() + "; have " + byName.keySet());
            selected.add(lexer);
        }
        return selected;
    }
}
