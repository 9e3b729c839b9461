package pyvm.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pyvm.assembler.CodeObject;
import pyvm.assembler.Pyc;
import pyvm.cfg.Opcode;
import pyvm.gc.GarbageCollector;

/**
 * The observer contract, checked on golden snippets run through every interpreter named in
 * {@code -Dpyvm.test.vm}: the events come in the order a program causes them, with frames and
 * stacks that describe the code being run.
 */
class ObserverTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<String> implementations() {
        return Stream.of(System.getProperty("pyvm.test.vm", "reference").split(","));
    }

    /** Records every event as a line: kind, code name, and what the event carries. */
    private static class Recorder implements Observer {
        final List<String> events = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override public void instruction(Frame frame, int offset, Opcode opcode, int oparg) {
            events.add("instruction " + frame.code().coName() + " " + offset + " " + opcode);
            if (offset != frame.lasti()) problems.add("offset " + offset + " but f_lasti " + frame.lasti());
            if (offset % 2 != 0 || offset >= frame.code().coCode().length) problems.add("offset " + offset + " outside co_code");
            if (frame.stack().size() > frame.code().coStacksize())
                problems.add("stack deeper than co_stacksize at " + offset + ": " + frame.stack().size());
        }

        @Override public void pyStart(Frame frame) {
            events.add("start " + frame.code().coName());
        }

        @Override public void pyReturn(Frame frame, Value value) {
            events.add("return " + frame.code().coName() + " " + value.repr());
        }

        @Override public void call(Frame frame, Value callable, List<Value> args) {
            events.add("call " + callable.typeName() + " " + args.size());
        }

        @Override public void raise(Frame frame, Value exception) {
            events.add("raise " + frame.code().coName() + " " + exception.typeName());
        }

        @Override public void exceptionHandled(Frame frame, Value exception) {
            events.add("handled " + frame.code().coName() + " " + exception.typeName());
        }

        @Override public void pyUnwind(Frame frame, Value exception) {
            events.add("unwind " + frame.code().coName() + " " + exception.typeName());
        }

        List<String> starting(String prefix) {
            return events.stream().filter(e -> e.startsWith(prefix)).toList();
        }
    }

    private static Recorder observe(String implementation, String snippet) throws IOException {
        return observe(implementation, snippet, new Recorder());
    }

    private static Recorder observe(String implementation, String snippet, Recorder recorder) throws IOException {
        Path py = GOLDEN.resolve(snippet);
        Path pyc = py.resolveSibling(py.getFileName().toString().replace(".py", ".pyc"));
        CodeObject code = Pyc.read(Files.readAllBytes(pyc), pyc.toString()).code();
        ObserverTest.class.getModule().addUses(Interpreter.class);
        ObserverTest.class.getModule().addUses(GarbageCollector.class);
        Interpreter interpreter = ServiceLoader.load(Interpreter.class).stream().map(ServiceLoader.Provider::get)
                .filter(i -> i.name().equals(implementation)).findFirst().orElseThrow();
        GarbageCollector gc = ServiceLoader.load(GarbageCollector.class).stream().map(ServiceLoader.Provider::get)
                .filter(g -> g.name().equals(System.getProperty("pyvm.test.gc", "reference"))).findFirst().orElseThrow();
        interpreter.run(code, new Config(List.of(py.getFileName().toString()), List.of(py.getParent().toAbsolutePath().toString()),
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream(), gc, null, recorder));
        return recorder;
    }

    @ParameterizedTest @MethodSource("implementations")
    void theModuleStartsWithResumeAtOffsetZeroAndEndsWithItsReturn(String name) throws IOException {
        Recorder r = observe(name, "slice/names.py");
        assertEquals("start <module>", r.events.get(0));
        assertEquals("instruction <module> 0 RESUME", r.events.get(1));
        assertEquals("return <module> None", r.events.get(r.events.size() - 1));
        assertEquals(List.of(), r.problems);
    }

    @ParameterizedTest @MethodSource("implementations")
    void everyFunctionStartedReturnsOnce(String name) throws IOException {
        Recorder r = observe(name, "slice/functions.py");
        long starts = r.starting("start fact").size(), returns = r.starting("return fact").size();
        assertTrue(starts > 20, "fact ran " + starts + " times");
        assertEquals(starts, returns);
        assertTrue(r.events.contains("return fact 120"), "fact(5) returned 120");
        assertEquals(List.of(), r.problems);
    }

    @ParameterizedTest @MethodSource("implementations")
    void callsAreReportedWithTheirArguments(String name) throws IOException {
        Recorder r = observe(name, "slice/functions.py");
        assertTrue(r.events.contains("call function 2"), "add(2, 3) is a call of a function with 2 arguments");
        assertTrue(r.events.contains("call builtin_function_or_method 3"), "print with 3 arguments");
    }

    @ParameterizedTest @MethodSource("implementations")
    void raisedExceptionsAreReportedWhereTheyPassAndWhereTheyAreHandled(String name) throws IOException {
        Recorder r = observe(name, "errors/handled.py");
        List<String> risky = r.events.stream().filter(e -> e.contains("ValueError") && !e.startsWith("instruction")).toList();
        assertEquals(List.of("raise risky ValueError", "unwind risky ValueError", "raise <module> ValueError",
                "handled <module> ValueError"), risky.subList(0, 4));
        assertEquals("unwind <module> ValueError", r.events.get(r.events.size() - 1));
    }

    @ParameterizedTest @MethodSource("implementations")
    void aFrameShowsItsLocalsAndStack(String name) throws IOException {
        List<String> seen = new ArrayList<>();
        Recorder r = new Recorder() {
            @Override public void pyReturn(Frame frame, Value value) {
                if (frame.code().coName().equals("add") && seen.isEmpty())
                    seen.add(frame.locals().keySet() + " " + frame.locals().get("a").repr() + " " + frame.back().code().coName());
            }
        };
        observe(name, "slice/functions.py", r);
        assertEquals(List.of("[a, b] 2 <module>"), seen);
    }
}
