package pyvm.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole pipeline, reference implementations everywhere, against what CPython 3.13 printed for the
 * course's snippets: each of pyvm's printed forms and each program's run, exit status and standard
 * error included.
 */
class GoldenProgramsTest {

    private final Pipeline pipeline = new Pipeline(Stages.choose(Map.of()));

    @TestFactory
    Stream<DynamicTest> tokens() {
        return cases("tokenize", View.TOKENS);
    }

    @TestFactory
    Stream<DynamicTest> ast() {
        return cases("ast", View.AST);
    }

    @TestFactory
    Stream<DynamicTest> symtable() {
        return cases("symtable", View.SYMTABLE);
    }

    @TestFactory
    Stream<DynamicTest> dis() {
        return cases("dis", View.DIS);
    }

    @TestFactory
    Stream<DynamicTest> run() {
        return cases("run", View.RUN);
    }

    private Stream<DynamicTest> cases(String kind, View view) {
        List<Golden> all = Golden.all(kind);
        assertFalse(all.isEmpty(), "no golden snippets for " + kind + " under " + Golden.FOLDER.toAbsolutePath());
        return all.stream().map(g -> DynamicTest.dynamicTest(g.toString(), () -> assertEquals("",
                g.expected().mismatch(view.capture(g.source(), Golden.FOLDER.toAbsolutePath(), pipeline)),
                g + " differs from CPython")));
    }
}
