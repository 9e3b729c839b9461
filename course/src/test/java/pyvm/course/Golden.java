package pyvm.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden files of a module: snippets {@code NAME.py} and, beside them, what CPython printed for
 * them ({@code NAME.py.KIND}, and {@code NAME.py.KIND.err} — "exit N" then standard error — where
 * CPython failed), as course/golden/generate.py wrote them.
 */
record Golden(Path snippet, String kind) {

    static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    /** {@return every (snippet, kind) pair that has an expected output} */
    static List<Golden> all(String kind) {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".py") && Files.exists(Path.of(p + "." + kind)))
                    .sorted().map(p -> new Golden(p, kind)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the snippet as CPython saw it: the bare file name, and its bytes} */
    Source source() {
        try {
            return new Source(snippet.getFileName().toString(), Files.readAllBytes(snippet));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return what CPython printed and how it ended} */
    Result expected() {
        try {
            byte[] out = Files.readAllBytes(Path.of(snippet + "." + kind));
            Path errFile = Path.of(snippet + "." + kind + ".err");
            if (!Files.exists(errFile)) return new Result(0, out, new byte[0]);
            String err = Files.readString(errFile, StandardCharsets.UTF_8);
            int newline = err.indexOf('\n');
            int status = Integer.parseInt(err.substring("exit ".length(), newline));
            return new Result(status, out, err.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return snippet.getFileName() + " (" + kind + ")";
    }
}
