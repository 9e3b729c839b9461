package pyvm.course;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import pyvm.assembler.CodeObject;
import pyvm.assembler.MarshalError;
import pyvm.assembler.Pyc;
import pyvm.dis.Disassembler;
import pyvm.gc.GarbageCollector;
import pyvm.vm.Config;
import pyvm.vm.Interpreter;
import pyvm.lexer.PySyntaxError;
import pyvm.lexer.Tokenize;
import pyvm.parser.Ast;
import pyvm.parser.Mod;

/**
 * The commands that show one stage's output in CPython's printed form. Each prints what the matching
 * {@code python3.13 -m MODULE} prints, on success and on invalid source alike. Each command reads its
 * arguments, then calls a {@code show} method that takes the source itself, which the golden tests
 * call with the file names CPython saw.
 */
final class StageCommands {

    private StageCommands() {}

    static int tokenize(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "tokenize", "-e");
        return showTokens(Source.read(o.file()), o.has("-e"), pipeline, out, err);
    }

    static int ast(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "ast", "-a");
        return showAst(Source.read(o.file()), o.has("-a"), pipeline, out, err);
    }

    static int symtable(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "symtable");
        return showSymtable(Source.read(o.file()), pipeline, out, err);
    }

    static int cfg(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "cfg", "--dot");
        return showCfg(Source.read(o.file()), o.has("--dot"), pipeline, out, err);
    }

    static int dis(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "dis", "-C", "-O");
        return showDis(Source.read(o.file()), new Disassembler.Options(o.has("-C"), o.has("-O")), pipeline, out, err);
    }

    static int run(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        if (args.isEmpty()) throw new UsageError("run needs a FILE; see 'pyvm run --help'");
        Source source = Source.read(args.get(0));
        // python3.13 names the script by its absolute path (not normalized) in code objects and tracebacks.
        String absolute = Path.of(source.filename()).toAbsolutePath().toString();
        Path folder = Path.of(absolute).getParent();
        return run(new Source(absolute, source.bytes()), args, folder, pipeline, out, err);
    }

    static int stages(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        Options.parse(args, "stages", 0);
        for (Stage stage : Stage.values()) {
            List<String> names = new ArrayList<>();
            for (String name : Stages.available(stage))
                names.add(name.equals(pipeline.stages().nameOf(stage)) ? "*" + name : name);
            out.printf("%-10s %s%n", stage.key(), String.join(" ", names));
        }
        return 0;
    }

    static int showTokens(Source source, boolean exact, Pipeline pipeline, PrintStream out, PrintStream err) {
        try {
            out.print(Tokenize.listing(pipeline.tokens(source), exact));
            return 0;
        } catch (PySyntaxError e) {
            err.println(Tokenize.errorLine(e, source.filename()));   // tokenize's main reports errors its own way
            return 1;
        }
    }

    static int showAst(Source source, boolean attributes, Pipeline pipeline, PrintStream out, PrintStream err) {
        return syntaxChecked(err, () -> {
            Mod.Module tree = pipeline.ast(source);
            Ast.checkDepth(tree, attributes);
            out.println(Ast.dump(tree, attributes, 3));
        });
    }

    static int showSymtable(Source source, Pipeline pipeline, PrintStream out, PrintStream err) {
        return syntaxChecked(err, () -> out.print(pipeline.symbols(source).listing(source.filename())));
    }

    static int showCfg(Source source, boolean dot, Pipeline pipeline, PrintStream out, PrintStream err) {
        return syntaxChecked(err, () -> {
            var unit = pipeline.cfg(source);
            out.print(dot ? unit.dot() : unit.listing());
        });
    }

    /** A .pyc is CPython's compilation, read by the assembler's marshal reader; a .py is compiled by pyvm. */
    static int showDis(Source source, Disassembler.Options options, Pipeline pipeline, PrintStream out, PrintStream err) {
        Disassembler dis = pipeline.stages().get(Stage.DIS, Disassembler.class);
        if (source.filename().endsWith(".pyc")) {
            try {
                out.print(dis.dis(Pyc.read(source.bytes(), source.filename()).code(), options));
                return 0;
            } catch (MarshalError e) {
                err.println(e.format());
                return 1;
            }
        }
        return syntaxChecked(err, () -> out.print(dis.dis(pipeline.code(source), options)));
    }

    /**
     * Compiles, then runs; invalid source is reported as python3.13 FILE reports it, before anything
     * runs. The script's folder starts sys.path, where tracebacks find the source lines.
     */
    static int run(Source source, List<String> argv, Path folder, Pipeline pipeline, PrintStream out, PrintStream err) {
        CodeObject code;
        try {
            code = source.filename().endsWith(".pyc")
                    ? Pyc.read(source.bytes(), source.filename()).code()     // as python3.13 FILE.pyc runs it
                    : pipeline.script(source);
        } catch (PySyntaxError e) {
            err.print(e.format());
            return 1;
        } catch (MarshalError e) {
            err.println(e.format());
            return 1;
        }
        Stages stages = pipeline.stages();
        Config config = new Config(argv, List.of(folder.toString()), System.in, out, err,
                stages.fresh(Stage.GC, GarbageCollector.class), pipeline, null);
        return stages.get(Stage.VM, Interpreter.class).run(code, config);
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
