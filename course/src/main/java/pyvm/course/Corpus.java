package pyvm.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Real code to compare with CPython: the .py files under some folders, the standard library above all. */
public final class Corpus {

    private Corpus() {}

    /**
     * {@return the .py files under the paths, in a stable order} Folders named site-packages are
     * skipped: they hold installed packages, not the standard library.
     *
     * @throws UsageError for a path that does not exist or cannot be read
     */
    public static List<Path> pythonFiles(List<String> paths) {
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            Path root = Path.of(p);
            if (!Files.exists(root)) throw new UsageError("no such file or folder: " + p);
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f))
                        .filter(f -> !root.relativize(f).toString().contains("site-packages"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UsageError("cannot read " + p + ": " + e.getMessage());
            }
        }
        return files;
    }
}
