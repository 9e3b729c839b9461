package pyvm.course.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import pyvm.course.Result;
import pyvm.course.Source;
import pyvm.course.Stage;
import pyvm.course.View;

/**
 * A stage's grading suite, gathered from what the repository already holds: the stage's golden
 * snippets with CPython's outputs (split into {@link Category#GOLDEN} and {@link Category#ERRORS}),
 * the course's whole programs ({@link Category#END_TO_END}); then, when asked for, a sample of the
 * standard library compared with a live CPython ({@link Category#CONFORMANCE}) and the instructor's
 * hidden cases ({@link Category#HIDDEN}) — see {@link HiddenCases}.
 */
public final class Suite {

    /**
     * Where a stage's golden cases are and how they are shown.
     *
     * @param module  the module whose {@code src/test/resources/golden} holds them
     * @param kind    the suffix of the expected files ({@code NAME.py.KIND})
     * @param view    what is printed of each snippet
     * @param fromPyc whether the stage is given CPython's compilation ({@code NAME.pyc}) rather than the source
     */
    record GoldenSet(String module, String kind, View view, boolean fromPyc) {

        static GoldenSet of(Stage stage) {
            return switch (stage) {
                case LEXER -> new GoldenSet("lexer", "tokenize", View.TOKENS, false);
                case PARSER -> new GoldenSet("parser", "ast", View.AST, false);
                case SYMTABLE -> new GoldenSet("symtable", "symtable", View.SYMTABLE, false);
                // CPython prints no control-flow graph: the cfg stage shows in the code it compiles to.
                case CFG, ASSEMBLER -> new GoldenSet("assembler", "dis", View.DIS, false);
                case DIS -> new GoldenSet("dis", "dis", View.DIS, true);
                case VM -> new GoldenSet("vm", "run", View.RUN, true);
                case GC -> new GoldenSet("gc", "run", View.RUN, true);
            };
        }
    }

    private Suite() {}

    /** {@return the cases of a stage that ship with pyvm: golden, error and end-to-end cases} */
    public static List<Case> shipped(Stage stage, Path home) {
        GoldenSet set = GoldenSet.of(stage);
        List<Case> cases = new ArrayList<>();
        for (Path snippet : snippets(home.resolve(set.module()).resolve("src/test/resources/golden"), set.kind())) {
            Result expected = expected(snippet, set.kind());
            Category category = expected.status() == 0 ? Category.GOLDEN : Category.ERRORS;
            Path input = set.fromPyc() ? pyc(snippet) : snippet;
            if (Files.exists(input))
                cases.add(new Case(set.module() + "/" + home.resolve(set.module()).resolve("src/test/resources/golden").relativize(snippet),
                        category, set.view(), read(input), snippet.getParent(), expected, true, true));
        }
        View whole = wholeProgramView(stage);
        String kind = whole == View.RUN ? "run" : "dis";
        for (Path program : snippets(home.resolve("course/src/test/resources/golden"), kind)) {
            Path input = whole == View.RUN ? program : pyc(program);
            if (Files.exists(input))
                cases.add(new Case("course/" + program.getFileName(), Category.END_TO_END, whole,
                        read(input), program.getParent(), expected(program, kind), true, true));
        }
        return cases;
    }

    /**
     * {@return how whole programs show a stage's work: by running them, except for dis, which a run
     * never calls; its programs are listed instead}
     */
    static View wholeProgramView(Stage stage) {
        return stage == Stage.DIS ? View.DIS : View.RUN;
    }

    /** {@return {@code count} generated programs, shown whole; the reference pipeline decides the expected output} */
    public static List<Case> generated(Stage stage, int count, long seed, Path folder) {
        ProgramGenerator generator = new ProgramGenerator(new Random(seed));
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = "generated_" + i + ".py";
            cases.add(new Case("generated/" + name + " (seed " + seed + ")", Category.HIDDEN, wholeProgramView(stage),
                    new Source(name, generator.program().getBytes(StandardCharsets.UTF_8)), folder, null, true, false));
        }
        return cases;
    }

    /** {@return the snippets under a folder that have an expected output of the given kind, in a stable order} */
    public static List<Path> snippets(Path folder, String kind) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.exists(Path.of(p + "." + kind))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return what the golden script stored: {@code NAME.py.KIND}, and {@code NAME.py.KIND.err} ("exit N", then stderr)} */
    public static Result expected(Path snippet, String kind) {
        try {
            byte[] out = Files.readAllBytes(Path.of(snippet + "." + kind));
            Path errFile = Path.of(snippet + "." + kind + ".err");
            if (!Files.exists(errFile)) return new Result(0, out, new byte[0]);
            String err = Files.readString(errFile, StandardCharsets.UTF_8);
            int newline = err.indexOf('\n');
            return new Result(Integer.parseInt(err.substring("exit ".length(), newline)), out,
                    err.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable golden file for " + snippet + ": " + e.getMessage(), e);
        }
    }

    private static Path pyc(Path snippet) {
        String name = snippet.getFileName().toString();
        return snippet.resolveSibling(name.substring(0, name.length() - 3) + ".pyc");
    }

    /** {@return a file as a source named by its bare file name, as the golden script runs CPython on it} */
    public static Source read(Path file) {
        try {
            return new Source(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
