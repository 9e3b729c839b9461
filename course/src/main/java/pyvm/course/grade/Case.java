package pyvm.course.grade;

import java.nio.file.Path;
import java.util.Objects;
import pyvm.course.Result;
import pyvm.course.Source;
import pyvm.course.View;

/**
 * One graded case: a source, the view of it that is compared, and what that view must print.
 *
 * @param name     how reports name the case
 * @param category the kind of case, which decides its points
 * @param view     what is printed of the source: the tokens, the AST, ..., or the run
 * @param source   the program, named as CPython saw it
 * @param folder   the program's folder, where a run's tracebacks find its lines
 * @param expected what CPython printed; null where the reference pipeline decides at grading time
 *                 (generated programs)
 * @param exact    true: the exit status, standard output and standard error must all be the same;
 *                 false: the conformance rule, where a failure need only end with CPython's last line
 *                 (a live {@code python3.13 -m MODULE} prints its own frames above a SyntaxError)
 * @param visible  whether the student sees the case in the report (hidden cases are not shown)
 */
public record Case(String name, Category category, View view, Source source, Path folder, Result expected,
                   boolean exact, boolean visible) {

    public Case {
        Objects.requireNonNull(name);
        Objects.requireNonNull(category);
        Objects.requireNonNull(view);
        Objects.requireNonNull(source);
        Objects.requireNonNull(folder);
    }

    /** {@return this case with its expected output decided, for cases the reference pipeline decides} */
    public Case withExpected(Result decided) {
        return new Case(name, category, view, source, folder, decided, exact, visible);
    }

    /** {@return an empty string if {@code actual} passes, else what differs, located} */
    public String check(Result actual) {
        if (exact) return expected.mismatch(actual);
        String difference = expected.difference(actual);
        return difference == null ? "" : difference + "\n";
    }

    /** {@return the points the case is worth} */
    public int points() {
        return category.points();
    }
}
