package pyvm.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pyvm.dis.Disassembler;

/**
 * The whole pipeline, reference implementations everywhere, against what CPython 3.13 printed for the
 * course's snippets: each of pyvm's printed forms and each program's run, exit status and standard
 * error included.
 */
class GoldenProgramsTest {

    private final Pipeline pipeline = new Pipeline(Stages.choose(Map.of()));

    @TestFactory
    Stream<DynamicTest> tokens() {
        return cases("tokenize", (g, p) -> Printed.of((o, e) -> StageCommands.showTokens(g.source(), true, p, o, e)));
    }

    @TestFactory
    Stream<DynamicTest> ast() {
        return cases("ast", (g, p) -> Printed.of((o, e) -> StageCommands.showAst(g.source(), true, p, o, e)));
    }

    @TestFactory
    Stream<DynamicTest> symtable() {
        return cases("symtable", (g, p) -> Printed.of((o, e) -> StageCommands.showSymtable(g.source(), p, o, e)));
    }

    @TestFactory
    Stream<DynamicTest> dis() {
        Disassembler.Options plain = new Disassembler.Options(false, false);
        return cases("dis", (g, p) -> Printed.of((o, e) -> StageCommands.showDis(g.source(), plain, p, o, e)));
    }

    @TestFactory
    Stream<DynamicTest> run() {
        return cases("run", (g, p) -> Printed.of((o, e) -> StageCommands.run(g.source(), List.of(g.source().filename()), Golden.FOLDER.toAbsolutePath(), p, o, e)));
    }

    private interface Show {
        Result show(Golden golden, Pipeline pipeline);
    }

    private Stream<DynamicTest> cases(String kind, Show show) {
        List<Golden> all = Golden.all(kind);
        assertFalse(all.isEmpty(), "no golden snippets for " + kind + " under " + Golden.FOLDER.toAbsolutePath());
        return all.stream().map(g -> DynamicTest.dynamicTest(g.toString(),
                () -> assertEquals("", Printed.compare(g.expected(), show.show(g, pipeline)), g + " differs from CPython")));
    }
}
