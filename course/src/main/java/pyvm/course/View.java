package pyvm.course;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import pyvm.dis.Disassembler;

/**
 * What can be shown of a program, each in CPython's printed form: the output of one stage, or the
 * program's run. The commands print views of the file they are given; the golden tests and the
 * grader print views of snippets. A {@code .pyc} source is CPython's own compilation: {@link #DIS}
 * lists it and {@link #RUN} runs it without pyvm's compiler.
 */
public enum View {
    TOKENS, AST, SYMTABLE, CFG, DIS, RUN;

    /**
     * Prints the view of a source.
     *
     * @param folder the source's folder, where a run's tracebacks find source lines (sys.path[0])
     * @return the exit status the matching CPython command gives
     */
    public int print(Source source, Path folder, Pipeline pipeline, PrintStream out, PrintStream err) {
        return switch (this) {
            case TOKENS -> StageCommands.showTokens(source, true, pipeline, out, err);
            case AST -> StageCommands.showAst(source, true, pipeline, out, err);
            case SYMTABLE -> StageCommands.showSymtable(source, pipeline, out, err);
            case CFG -> StageCommands.showCfg(source, false, pipeline, out, err);
            case DIS -> StageCommands.showDis(source, new Disassembler.Options(false, false), pipeline, out, err);
            case RUN -> StageCommands.run(source, List.of(source.filename()), folder, pipeline, out, err);
        };
    }

    /** {@return what {@link #print} prints and how it ends, kept rather than printed} */
    public Result capture(Source source, Path folder, Pipeline pipeline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            status = print(source, folder, pipeline, o, e);
        }
        return new Result(status, out.toByteArray(), err.toByteArray());
    }

    /** {@return the view in which a stage's work shows first, for blaming a stage} */
    public static View of(Stage stage) {
        return switch (stage) {
            case LEXER -> TOKENS;
            case PARSER -> AST;
            case SYMTABLE -> SYMTABLE;
            case CFG -> CFG;
            case ASSEMBLER, DIS -> DIS;
            case GC, VM -> RUN;
        };
    }
}
