package pyvm.course;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds CPython 3.13, the oracle every expected output comes from: the explicit setting first
 * ({@code PYVM_PYTHON}, or the system property {@code pyvm.python}), then {@code python3.13} on the
 * PATH, then pyenv's 3.13 versions; each candidate is checked to really be 3.13.
 *
 * @param command     the command that starts it
 * @param environment extra environment variables it needs (pyenv's version, a fixed hash seed)
 */
public record Oracle(List<String> command, Map<String, String> environment) {

    /** {@return the oracle, or empty if this machine has no CPython 3.13} */
    public static Optional<Oracle> find() {
        String explicit = System.getProperty("pyvm.python", System.getenv("PYVM_PYTHON"));
        if (explicit != null && !explicit.isBlank())
            return Optional.of(new Oracle(List.of(explicit), Map.of("PYTHONHASHSEED", "0"))).filter(Oracle::is313);
        List<Oracle> candidates = new ArrayList<>();
        candidates.add(new Oracle(List.of("python3.13"), Map.of("PYTHONHASHSEED", "0")));
        for (String version : pyenvVersions())
            candidates.add(new Oracle(List.of("python3.13"), Map.of("PYTHONHASHSEED", "0", "PYENV_VERSION", version)));
        return candidates.stream().filter(Oracle::is313).findFirst();
    }

    /** {@return the oracle} @throws UsageError saying how to provide one, when there is none */
    public static Oracle require() {
        return find().orElseThrow(() -> new UsageError(
                "no CPython 3.13 found: put python3.13 on the PATH or set PYVM_PYTHON to one"));
    }

    private static List<String> pyenvVersions() {
        String root = Optional.ofNullable(System.getenv("PYENV_ROOT")).orElse(System.getProperty("user.home") + "/.pyenv");
        Path versions = Path.of(root, "versions");
        if (!Files.isDirectory(versions)) return List.of();
        try (Stream<Path> list = Files.list(versions)) {
            return list.map(p -> p.getFileName().toString()).filter(v -> v.startsWith("3.13"))
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private boolean is313() {
        try {
            Process p = start(List.of("-c", "import sys; print(sys.version_info[:2] == (3, 13))"), null);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 && out.equals("True");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts CPython with these arguments; standard error goes to the file if one is given, else is kept. */
    public Process start(List<String> args, File stderr) throws IOException {
        return start(args, stderr, null);
    }

    /** Starts CPython with these arguments in a folder (null: this process's). */
    public Process start(List<String> args, File stderr, File folder) throws IOException {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.putAll(new HashMap<>(environment));
        if (stderr != null) pb.redirectError(stderr);
        if (folder != null) pb.directory(folder);
        return pb.start();
    }

    /** {@return CPython's standard library folder (sysconfig's 'stdlib' path)} */
    public Path stdlib() throws IOException, InterruptedException {
        Process p = start(List.of("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"), null);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return Path.of(out);
    }
}
