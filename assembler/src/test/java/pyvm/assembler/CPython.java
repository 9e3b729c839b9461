package pyvm.assembler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the CPython 3.13 that the marshal tests compare with, found as course/golden/generate.py finds
 * it: {@code $PYVM_PYTHON}, else {@code python3.13} on PATH, else through pyenv's 3.13 versions.
 * Tests that need it are skipped on a machine without it; the golden files serve the others.
 */
final class CPython {

    private CPython() {}

    private static List<String> command;
    private static String pyenvVersion;
    private static boolean searched;

    /** {@return whether a CPython 3.13 was found} */
    static synchronized boolean available() {
        if (!searched) {
            searched = true;
            String explicit = System.getenv("PYVM_PYTHON");
            if (explicit != null && !explicit.isEmpty()) {
                if (is313(explicit, null)) command = List.of(explicit);
            } else if (is313("python3.13", null)) {
                command = List.of("python3.13");
            } else {
                for (String version : pyenvVersions())
                    if (is313("python3.13", version)) {
                        command = List.of("python3.13");
                        pyenvVersion = version;
                        break;
                    }
            }
        }
        return command != null;
    }

    /**
     * Runs {@code script} with {@code args}, PYTHONHASHSEED=0, and {@code input} on its standard input.
     *
     * @return its standard output
     * @throws IOException if it fails
     */
    static String run(String script, String input, String... args) throws IOException, InterruptedException {
        if (!available()) throw new IllegalStateException("no CPython 3.13");
        List<String> cmd = new ArrayList<>(command);
        cmd.add("-c");
        cmd.add(script);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8:surrogateescape");
        if (pyenvVersion != null) pb.environment().put("PYENV_VERSION", pyenvVersion);
        Path in = Files.createTempFile("pyvm-in", ".txt");
        Path out = Files.createTempFile("pyvm-out", ".txt");
        Path err = Files.createTempFile("pyvm-err", ".txt");
        try {
            Files.writeString(in, input, StandardCharsets.UTF_8);
            Process p = pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (p.waitFor() != 0) throw new IOException("python3.13 failed:\n" + Files.readString(err));
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static List<String> pyenvVersions() {
        String root = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        try (Stream<Path> versions = Files.list(Path.of(root, "versions"))) {
            return versions.map(v -> v.getFileName().toString()).filter(v -> v.startsWith("3.13"))
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return List.of();   // no pyenv
        }
    }

    private static boolean is313(String exe, String version) {
        ProcessBuilder pb = new ProcessBuilder(exe, "-c", "import sys; print(sys.version_info[:2] == (3, 13))");
        if (version != null) pb.environment().put("PYENV_VERSION", version);
        try {
            Process p = pb.redirectErrorStream(true).start();
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
