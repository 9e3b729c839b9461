package pyvm.course;

import java.nio.file.Path;
import java.util.List;
import pyvm.course.grade.Suite;

/**
 * A snippet of the course's golden set and the kind of output CPython printed for it, read the way the
 * grader reads golden files ({@link Suite}).
 */
record Golden(Path snippet, String kind) {

    static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    /** {@return every (snippet, kind) pair that has an expected output} */
    static List<Golden> all(String kind) {
        return Suite.snippets(FOLDER, kind).stream().map(p -> new Golden(p, kind)).toList();
    }

    /** {@return the snippet as CPython saw it: the bare file name, and its bytes} */
    Source source() {
        return Suite.read(snippet);
    }

    /** {@return what CPython printed and how it ended} */
    Result expected() {
        return Suite.expected(snippet, kind);
    }

    @Override
    public String toString() {
        return snippet.getFileName() + " (" + kind + ")";
    }
}
