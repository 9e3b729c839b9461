package pyvm.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What CPython 3.13 answered with {@code PYTHONHASHSEED=0}, as course/golden/hashes.py wrote it to
 * src/test/resources/pyhash/hashes.txt: one line per value, its fields separated by tabs (that script
 * says what each kind of line holds).
 */
final class CPythonHashes {

    private CPythonHashes() {}

    private static final Path FILE = Path.of("src", "test", "resources", "pyhash", "hashes.txt");

    /** {@return the fields after the kind of every line of that kind} */
    static List<String[]> of(String kind) {
        try {
            List<String[]> lines = Files.readAllLines(FILE).stream()
                    .map(line -> line.split("\t", -1))
                    .filter(fields -> fields[0].equals(kind))
                    .map(fields -> java.util.Arrays.copyOfRange(fields, 1, fields.length))
                    .toList();
            if (lines.isEmpty()) throw new IllegalStateException("no " + kind + " lines in " + FILE.toAbsolutePath());
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the space-separated items of a field, none for an empty one} */
    static List<String> items(String field, String separator) {
        return field.isEmpty() ? List.of() : List.of(field.split(separator));
    }
}
