package pyvm.course.grade;

import java.util.List;
import pyvm.course.Pipeline;
import pyvm.course.Result;
import pyvm.course.Stage;
import pyvm.course.View;

/**
 * Which stage a failing whole-program case is to blame on: the program is shown stage by stage, in
 * pipeline order, once with the submission's pipeline and once with the all-reference one, and the
 * first stage whose printed output differs is named, with the first difference located. A wrong AST
 * shows as the parser's fault even when it is noticed only when the program prints.
 */
final class Blame {

    private static final List<Stage> ORDER = List.of(Stage.LEXER, Stage.PARSER, Stage.SYMTABLE, Stage.CFG,
            Stage.ASSEMBLER, Stage.VM);

    private Blame() {}

    /** {@return a paragraph naming the stage to blame, or an empty string when the case shows one stage only} */
    static String of(Stage graded, Case c, Pipeline submission, Pipeline reference) {
        if (c.view() != View.RUN || c.source().filename().endsWith(".pyc")) return "";
        for (Stage stage : ORDER) {
            View view = View.of(stage);
            Result mine, theirs;
            try {
                mine = view.capture(c.source(), c.folder(), submission);
            } catch (Throwable t) {
                return "blame: the " + stage.key() + " stage fails on this program: " + t + "\n";
            }
            theirs = view.capture(c.source(), c.folder(), reference);
            String difference = theirs.mismatch(mine);
            if (!difference.isEmpty())
                return "blame: the first stage whose output differs from the reference's is the " + stage.key()
                        + " stage (" + view.name().toLowerCase() + " shown)" + (stage == graded ? ", yours" : "") + ":\n"
                        + difference.indent(2);
        }
        return "";
    }
}
