package pyvm.course;

import java.io.PrintStream;
import java.util.List;

/**
 * The commands of {@code pyvm}, each with the usage line and help text {@code --help} prints.
 * A command gets its own arguments (options first) and the pipeline of chosen implementations.
 */
public enum Command {
    RUN("run FILE [ARG...]", "Run a Python program through every stage, as python3.13 FILE does.", StageCommands::run),
    TOKENIZE("tokenize [-e] FILE", "Print the tokens, as python3.13 -m tokenize [-e] FILE does.", StageCommands::tokenize),
    AST("ast [-a] FILE", "Print the AST, as python3.13 -m ast [-a] FILE does (-a: with positions).", StageCommands::ast),
    SYMTABLE("symtable FILE", "Print the symbol tables, as python3.13 -m symtable FILE does.", StageCommands::symtable),
    CFG("cfg [--dot] FILE", "Print each code unit's basic blocks, as a listing or as Graphviz DOT.", StageCommands::cfg),
    DIS("dis [-C] [-O] FILE", "Disassemble, as python3.13 -m dis FILE does: FILE.py through pyvm's compiler,\n"
            + "FILE.pyc as CPython compiled it. -C shows inline caches, -O instruction offsets.", StageCommands::dis),
    STAGES("stages", "List the implementations found for each stage; * marks the chosen ones.", StageCommands::stages),
    CONFORMANCE("conformance STAGE PATH...", "Compare a stage with CPython 3.13 over every .py file under the paths\n"
            + "(site-packages folders skipped), in one JVM. STAGE: tokenize, ast, symtable, dis.", Conformance::run),
    NEW("new STAGE NAME [DIR]", "Write a starter module for implementing STAGE under the name NAME, into DIR\n"
            + "(default: ./NAME-STAGE); `mvn test` in it grades it.", GradeCommands::newStarter),
    GRADE("grade STAGE NAME [--module-path P] [--hidden DIR] [--generated N] [--conformance-every K]\n"
            + "           [--time-limit SECONDS] [--format text|gradescope] [--output FILE]",
            "Grade the implementation NAME of STAGE, found on P (default: $PYVM_MODULE_PATH, else\n"
            + "./target/classes), in worker JVMs; exit 0 when every case passes. --format gradescope\n"
            + "writes Gradescope's results.json (to --output, default results.json).", GradeCommands::grade);

    /** What a command does with its arguments; returns the exit status. */
    @FunctionalInterface
    interface Action {
        int run(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err);
    }

    private final String usage;
    private final String help;
    private final Action action;

    Command(String usage, String help, Action action) {
        this.usage = usage;
        this.help = help;
        this.action = action;
    }

    /** {@return the command's name on the command line} */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@return "usage: pyvm ..." and what the command does} */
    public String help() {
        return "usage: pyvm [--use STAGE=NAME]... " + usage + "\n\n" + help + "\n";
    }

    int run(List<String> args, Pipeline pipeline, PrintStream out, PrintStream err) {
        return action.run(args, pipeline, out, err);
    }

    static Command of(String key) {
        for (Command c : values())
            if (c.key().equals(key)) return c;
        return null;
    }
}
