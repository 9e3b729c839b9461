package pyvm.lexer.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the CPython 3.13 the tests compare with, as course/golden/generate.py does:
 * {@code $PYVM_PYTHON}, else {@code python3.13} on PATH, else {@code python3.13} through each of
 * pyenv's 3.13 versions. The tests never need it to pass; it adds the standard library to the
 * corpus, CPython's figures to the benchmarks, its verdict on what the compiler's mode refuses, and
 * its reading of the .pyc files the assembler writes.
 */
public final class CPython {

    private CPython() {}

    private static ProcessBuilder found;
    private static boolean searched;

    /** {@return a command that runs CPython 3.13 with {@code args}, or null when the machine has none} */
    public static synchronized ProcessBuilder command(String... args) {
        if (!searched) {
            searched = true;
            for (ProcessBuilder candidate : candidates())
                if (isPython313(candidate)) {
                    found = candidate;
                    break;
                }
        }
        if (found == null) return null;
        List<String> command = new ArrayList<>(List.of(found.command().get(0)));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(found.environment());
        return pb;
    }

    /** {@return whether the machine has a CPython 3.13; tests that need one are skipped without it} */
    public static boolean available() {
        return command() != null;
    }

    /**
     * Runs {@code script} with {@code args}, {@code PYTHONHASHSEED=0} (the set and dict orders the
     * golden files hold), and {@code input} on its standard input.
     *
     * @return its standard output
     * @throws IOException if it exits with a status other than 0, with what it printed on standard error
     */
    public static String run(String script, String input, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-c", script));
        all.addAll(List.of(args));
        ProcessBuilder python = command(all.toArray(String[]::new));
        if (python == null) throw new IllegalStateException("no CPython 3.13");
        python.environment().put("PYTHONHASHSEED", "0");
        python.environment().put("PYTHONIOENCODING", "utf-8:surrogateescape");
        // Files rather than pipes, so that a large output and a large input cannot block each other.
        Path in = Files.createTempFile("pyvm-in", ".txt");
        Path out = Files.createTempFile("pyvm-out", ".txt");
        Path err = Files.createTempFile("pyvm-err", ".txt");
        try {
            Files.writeString(in, input, StandardCharsets.UTF_8);
            Process p = python.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (p.waitFor() != 0) throw new IOException("python3.13 failed:\n" + Files.readString(err));
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * {@return those of {@code files} that CPython's {@code compile()} accepts; none without a
     * CPython 3.13} One process compiles them all, with warnings off.
     */
    public static List<Path> compiles(Collection<Path> files) throws IOException, InterruptedException {
        ProcessBuilder python = command("-c", """
                import sys, warnings
                warnings.simplefilter('ignore')
                for name in sys.stdin.read().splitlines():
                    try:
                        compile(open(name, 'rb').read(), name, 'exec')
                    except (SyntaxError, ValueError):
                        continue
                    print(name)
                """);
        if (python == null || files.isEmpty()) return List.of();
        Process p = python.redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            for (Path file : files) in.write((file.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("python3.13 failed: " + out);
        return out.lines().map(Path::of).toList();
    }

    private static List<ProcessBuilder> candidates() {
        List<ProcessBuilder> candidates = new ArrayList<>();
        String explicit = System.getenv("PYVM_PYTHON");
        if (explicit != null && !explicit.isEmpty()) return List.of(new ProcessBuilder(explicit));
        candidates.add(new ProcessBuilder("python3.13"));
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        try (Stream<Path> versions = Files.list(Path.of(root, "versions"))) {
            versions.map(v -> v.getFileName().toString()).filter(v -> v.startsWith("3.13"))
                    .sorted(Comparator.reverseOrder())
                    .forEach(v -> {
                        ProcessBuilder pb = new ProcessBuilder("python3.13");
                        pb.environment().put("PYENV_VERSION", v);
                        candidates.add(pb);
                    });
        } catch (IOException e) {
            // no pyenv: python3.13 on PATH is the only candidate
        }
        return candidates;
    }

    private static boolean isPython313(ProcessBuilder candidate) {
        ProcessBuilder check = new ProcessBuilder(candidate.command().get(0), "-c",
                "import sys; print(sys.version_info[:2] == (3, 13))");
        Map<String, String> env = check.environment();
        env.putAll(candidate.environment());
        try {
            Process p = check.redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 && out.equals("True");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
