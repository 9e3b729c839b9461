package pyvm.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A program's file: its name as the user gave it (CPython prints it that way in tracebacks and
 * listings) and its bytes.
 */
public record Source(String filename, byte[] bytes) {

    /**
     * Reads a file named on the command line.
     *
     * @throws UsageError with CPython's "can't open file" message when it cannot be read
     */
    public static Source read(String filename) {
        Path path = Path.of(filename);
        try {
            return new Source(filename, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw cannotOpen(path, 2, "No such file or directory");
        } catch (IOException e) {
            throw cannotOpen(path, Files.isDirectory(path) ? 21 : 13,
                    Files.isDirectory(path) ? "Is a directory" : "Permission denied");
        }
    }

    private static UsageError cannotOpen(Path path, int errno, String why) {
        return new UsageError("can't open file '" + path.toAbsolutePath().normalize() + "': [Errno " + errno + "] " + why);
    }
}
