package pyvm.course;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pyvm.assembler.CodeObject;
import pyvm.assembler.Pyc;
import pyvm.dis.Disassembler;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Tokenize;
import pyvm.parser.Ast;

/**
 * The commands that show one stage's output in CPython's printed form. Each prints what the matching
 * {@code python3.13 -m MODULE} prints, on success and on invalid source alike.
 */
final class StageCommands {

    private StageCommands() {}

    static int tokenize(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "tokenize", "-e");
        Source source = Source.read(o.file());
        try {
            out.print(Tokenize.listing(pipeline.tokens(source), o.has("-e")));
            return 0;
        } catch (PySyntaxError e) {
            err.println(Tokenize.errorLine(e, source.filename()));   // tokenize's main reports errors its own way
            return 1;
        }
    }

    static int ast(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "ast", "-a");
        return syntaxChecked(err, () -> out.println(Ast.dump(pipeline.ast(Source.read(o.file())), o.has("-a"), 3)));
    }

    static int symtable(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "symtable");
        Source source = Source.read(o.file());
        return syntaxChecked(err, () -> out.print(pipeline.symbols(source).listing(source.filename())));
    }

    static int cfg(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "cfg", "--dot");
        Source source = Source.read(o.file());
        return syntaxChecked(err, () -> {
            var unit = pipeline.cfg(source);
            out.print(o.has("--dot") ? unit.dot() : unit.listing());
        });
    }

    static int dis(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "dis", "-C", "-O");
        Source source = Source.read(o.file());
        Disassembler dis = pipeline.stages().get(Stage.DIS, Disassembler.class);
        Disassembler.Options options = new Disassembler.Options(o.has("-C"), o.has("-O"));
        if (source.filename().endsWith(".pyc")) {
            CodeObject code = Pyc.read(source.bytes()).code();
            out.print(dis.dis(code, options));
            return 0;
        }
        return syntaxChecked(err, () -> out.print(dis.dis(pipeline.code(source), options)));
    }

    static int run(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        if (args.isEmpty()) throw new UsageError("run needs a FILE");
        Source source = Source.read(args.get(0));
        CodeObject code;
        try {
            code = pipeline.code(source);
        } catch (PySyntaxError e) {
            err.print(e.format());
            return 1;
        }
        out.flush();
        return Runner.run(pipeline.stages(), code, args, out, err);
    }

    static int stages(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options.parse(args, "stages", 0);
        for (Stage stage : Stage.values()) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, Object> e : Stages.available(stage).entrySet())
                names.add(e.getKey().equals(pipeline.stages().nameOf(stage)) ? "*" + e.getKey() : e.getKey());
            out.printf("%-10s %s%n", stage.key(), String.join(" ", names));
        }
        return 0;
    }

    /** Runs a step that may meet invalid source; a SyntaxError is printed as python3.13 FILE prints it. */
    private static int syntaxChecked(PrintStream err, Runnable step) {
        try {
            step.run();
            return 0;
        } catch (PySyntaxError e) {
            err.print(e.format());
            return 1;
        }
    }
}
