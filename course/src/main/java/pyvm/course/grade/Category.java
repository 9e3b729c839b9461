package pyvm.course.grade;

/**
 * The kinds of case a stage is graded on, each worth a number of points per case, so that partial
 * credit says what kind of work is still missing.
 */
public enum Category {
    /** Snippets of the stage's own golden set, each with what CPython 3.13 printed for it. */
    GOLDEN("golden cases", 2),
    /** Invalid programs: the stage must fail as CPython does, with its exception type and message. */
    ERRORS("error cases", 2),
    /** Real code (a sample of the standard library), compared with a live CPython 3.13. */
    CONFORMANCE("conformance", 1),
    /** Whole programs run with the submission in its stage and the reference everywhere else. */
    END_TO_END("end-to-end programs", 3),
    /** Cases the instructor keeps back: files of their own, and programs generated at grading time. */
    HIDDEN("hidden cases", 2);

    private final String title;
    private final int points;

    Category(String title, int points) {
        this.title = title;
        this.points = points;
    }

    /** {@return how the category is named in reports} */
    public String title() {
        return title;
    }

    /** {@return the points one passing case of this category earns} */
    public int points() {
        return points;
    }
}
