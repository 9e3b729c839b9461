package pyvm.course;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's outputs for many files from one python3.13 process: the script reference_outputs.py runs
 * the stage module's own main() per file and sends back its exit status, standard output and
 * standard error. Starting one process instead of one per file is what makes a whole-stdlib run fast.
 */
public final class ReferenceOutputs implements AutoCloseable {

    private final Process python;
    private final DataInputStream results;
    private final Path script;
    private final Thread feeder;

    public ReferenceOutputs(Oracle oracle, String stage, List<String> stageArgs, List<Path> files) throws IOException {
        script = Files.createTempFile("pyvm-reference", ".py");
        try (InputStream in = ReferenceOutputs.class.getResourceAsStream("reference_outputs.py")) {
            if (in == null) throw new IllegalStateException("reference_outputs.py is missing from the course module");
            Files.write(script, in.readAllBytes());
        }
        List<String> args = new ArrayList<>(List.of(script.toString(), stage));
        args.addAll(stageArgs);
        python = oracle.start(args, Path.of("/dev/null").toFile());
        results = new DataInputStream(python.getInputStream());
        // The file list goes in from a thread of its own, so that neither side waits on a full pipe.
        feeder = Thread.ofPlatform().daemon().start(() -> {
            try (Writer w = new OutputStreamWriter(python.getOutputStream(), StandardCharsets.UTF_8)) {
                for (Path f : files) w.write(f + "\n");
            } catch (IOException e) {
                python.destroy();
            }
        });
    }

    /** {@return CPython's result for the next file, in the order the files were given} */
    public Result next() throws IOException {
        StringBuilder header = new StringBuilder();
        for (int c; (c = results.read()) != '\n'; ) {
            if (c < 0) throw new IOException("python3.13 stopped before the end of the files");
            header.append((char) c);
        }
        String[] f = header.toString().split(" ");
        byte[] out = results.readNBytes(Integer.parseInt(f[1]));
        byte[] err = results.readNBytes(Integer.parseInt(f[2]));
        return new Result(Integer.parseInt(f[0]), out, err);
    }

    @Override
    public void close() throws IOException {
        python.destroy();
        feeder.interrupt();
        Files.deleteIfExists(script);
    }
}
