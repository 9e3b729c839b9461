package pyvm.assembler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The .pyc files CPython wrote for the golden snippets of this module, which the marshal tests read. */
final class Pycs {

    private Pycs() {}

    static final Path RESOURCES = Path.of("src", "test", "resources");

    /** {@return every .pyc under src/test/resources; fails if there is none} */
    static List<Path> golden() {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> pycs = files.filter(p -> p.toString().endsWith(".pyc")).sorted().toList();
            if (pycs.isEmpty()) throw new IllegalStateException("no .pyc under " + RESOURCES.toAbsolutePath());
            return pycs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path pyc) {
        try {
            return Files.readAllBytes(pyc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
