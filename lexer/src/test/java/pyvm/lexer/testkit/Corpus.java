package pyvm.lexer.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real source files for the property tests and the benchmarks: a module's golden snippets, and
 * the standard library of CPython 3.13 without site-packages ({@code $PYVM_STDLIB}, else the one
 * {@link CPython} reports). Without a CPython the snippets alone are the corpus.
 */
public final class Corpus {

    private Corpus() {}

    private static List<Path> stdlibFiles;

    /** {@return the .py files under {@code snippets}, then the standard library's} */
    public static List<Path> files(Path snippets) {
        List<Path> files = new ArrayList<>(pythonFiles(snippets));
        files.addAll(stdlibFiles());
        return files;
    }

    /** {@return the standard library's .py files, site-packages excluded; empty without a CPython 3.13} */
    public static synchronized List<Path> stdlibFiles() {
        if (stdlibFiles == null) {
            Path stdlib = stdlib();
            stdlibFiles = stdlib == null ? List.of()
                    : pythonFiles(stdlib).stream().filter(p -> !p.startsWith(stdlib.resolve("site-packages"))).toList();
        }
        return stdlibFiles;
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return whether the bytes are UTF-8} */
    public static boolean isUtf8(byte[] source) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(source));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {@return the .py files under {@code root}, sorted} */
    public static List<Path> pythonFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path stdlib() {
        String env = System.getenv("PYVM_STDLIB");
        if (env != null && !env.isEmpty()) return Path.of(env);
        ProcessBuilder python = CPython.command("-c", "import sysconfig; print(sysconfig.get_path('stdlib'))");
        if (python == null) return null;
        try {
            Process p = python.redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) return null;
            Path dir = Path.of(out);
            return Files.isDirectory(dir) ? dir : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
