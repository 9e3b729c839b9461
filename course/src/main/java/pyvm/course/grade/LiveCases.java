package pyvm.course.grade;

import java.io.IOException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pyvm.course.Corpus;
import pyvm.course.Oracle;
import pyvm.course.ReferenceOutputs;
import pyvm.course.Result;
import pyvm.course.Source;
import pyvm.course.Stage;
import pyvm.course.View;

/**
 * Cases whose expected output a live CPython 3.13 computes at grading time, so that nobody can
 * memorise it: a sample of the standard library ({@link Category#CONFORMANCE}) and the files of an
 * instructor's hidden folder ({@link Category#HIDDEN}), which are never shipped to students.
 */
public final class LiveCases {

    private LiveCases() {}

    /** The CPython module whose {@code -m} output a view is compared with, and its arguments. */
    private record Tool(String module, List<String> args) {
        static Tool of(View view) {
            return switch (view) {
                case TOKENS -> new Tool("tokenize", List.of("-e"));
                case AST -> new Tool("ast", List.of("-a"));
                case SYMTABLE -> new Tool("symtable", List.of());
                case DIS -> new Tool("dis", List.of());
                case CFG, RUN -> null;
            };
        }
    }

    /**
     * {@return every {@code every}-th file of CPython's standard library, for the stages CPython has a
     * printing tool for (lexer, parser, symtable); none for the others}
     */
    public static List<Case> conformance(Stage stage, int every, Oracle oracle) throws IOException, InterruptedException {
        View view = Suite.GoldenSet.of(stage).view();
        if (!List.of(Stage.LEXER, Stage.PARSER, Stage.SYMTABLE).contains(stage)) return List.of();
        List<Path> all = Corpus.pythonFiles(List.of(oracle.stdlib().toString()));
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) sample.add(all.get(i));
        return fromCPython(sample, view, Category.CONFORMANCE, "stdlib/", oracle, true);
    }

    /** {@return the instructor's hidden cases: every .py file under the folder, shown as the stage shows} */
    public static List<Case> hidden(Stage stage, Path folder, Oracle oracle) throws IOException {
        View view = Suite.GoldenSet.of(stage).view();
        List<Path> files = Corpus.pythonFiles(List.of(folder.toString()));
        if (Suite.GoldenSet.of(stage).fromPyc())   // those stages read CPython's .pyc: grade them on whole programs
            view = Suite.wholeProgramView(stage);
        return fromCPython(files, view, Category.HIDDEN, "hidden/", oracle, false);
    }

    private static List<Case> fromCPython(List<Path> files, View view, Category category, String prefix,
                                          Oracle oracle, boolean visible) throws IOException {
        List<Case> cases = new ArrayList<>();
        if (view == View.RUN) {
            for (Path f : files) cases.add(new Case(prefix + f.getFileName(), category, view, Suite.read(f),
                    f.getParent(), run(oracle, f), true, visible));
            return cases;
        }
        Tool tool = Tool.of(view);
        try (ReferenceOutputs cpython = new ReferenceOutputs(oracle, tool.module(), tool.args(), files)) {
            for (Path f : files)     // CPython saw the path as given, and prints it so
                cases.add(new Case(prefix + f.getFileName(), category, view, new Source(f.toString(), Suite.read(f).bytes()),
                        f.getParent(), cpython.next(), false, visible));
        }
        return cases;
    }

    /** What {@code python3.13 FILE} prints, the folder part of the file's name taken out as the golden script does. */
    private static Result run(Oracle oracle, Path file) throws IOException {
        Path errors = Files.createTempFile("pyvm-hidden", ".err");
        try {
            Process p = oracle.start(List.of(file.getFileName().toString()), errors.toFile(), file.getParent().toFile());
            byte[] out = p.getInputStream().readAllBytes();
            int status = p.waitFor();
            String folder = file.toAbsolutePath().getParent() + File.separator;
            return new Result(status, withoutFolder(out, folder), withoutFolder(Files.readAllBytes(errors), folder));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while python3.13 ran " + file);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static byte[] withoutFolder(byte[] bytes, String folder) {
        return new String(bytes, StandardCharsets.UTF_8).replace(folder, "").getBytes(StandardCharsets.UTF_8);
    }
}
