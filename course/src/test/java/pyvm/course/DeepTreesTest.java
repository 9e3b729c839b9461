package pyvm.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trees deeper than {@code python3.13 -m ast} can show. A chain such as {@code 1+1+...+1} parses
 * without nesting in the parser, so the RecursionError comes later, in ast construction or in
 * {@code ast.dump} (pyvm.parser.TreeDepth has the limits). Each chain, on both sides of each limit, is
 * compared with {@code python3.13 -m ast -a FILE} run as a process of its own, since the limits count
 * the stack the command itself holds (pyvm conformance's one-process oracle holds more); skipped
 * without CPython 3.13.
 */
class DeepTreesTest {

    private static final Map<String, IntFunction<String>> CHAINS = Map.of(
            "binop", n -> "1" + "+1".repeat(n),
            "subscript_in_def", n -> "def f():\n    return x" + "[0]".repeat(n));

    /** Each limit, and one step either side of it (a function's body is one list deeper); then far beyond both. */
    private static final int[] LENGTHS = {986, 987, 989, 990, 9991, 9992, 12_000};

    @TempDir
    Path dir;

    @Test
    void chainsTooDeepForAstFailAsInCPython() throws IOException, InterruptedException {
        Optional<Oracle> cpython = Oracle.find();
        assumeTrue(cpython.isPresent(), "no CPython 3.13");
        List<String> differences = new ArrayList<>();
        for (var chain : CHAINS.entrySet()) {
            for (int n : LENGTHS) {
                Path file = dir.resolve(chain.getKey() + "_" + n + ".py");
                Files.writeString(file, chain.getValue().apply(n) + "\n");
                File stderr = dir.resolve("stderr").toFile();
                Process p = cpython.get().start(List.of("-m", "ast", "-a", file.toString()), stderr);
                byte[] out = p.getInputStream().readAllBytes();
                Result expected = new Result(p.waitFor(), out, Files.readAllBytes(stderr.toPath()));
                String difference = expected.difference(withDeepStack(() -> Printed.pyvm("ast", "-a", file.toString())));
                if (difference != null) differences.add(file.getFileName() + ": " + difference);
            }
        }
        assertEquals(List.of(), differences);
    }

    /** Runs pyvm on a thread with the stack the launcher gives its main thread (-Xss512m): trees of 1000 levels need it. */
    private static Result withDeepStack(Supplier<Result> pyvm) throws InterruptedException {
        AtomicReference<Result> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> result.set(pyvm.get()), "pyvm", 512L << 20);
        t.start();
        t.join();
        return result.get();
    }
}
