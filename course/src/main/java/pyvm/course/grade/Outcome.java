package pyvm.course.grade;

/**
 * How one case went: passed, or failed with feedback a student can act on (the input, the expected
 * and the actual printed form, the first difference located, and which stage is to blame).
 *
 * @param passed   whether the case passed
 * @param feedback empty when it passed
 */
public record Outcome(boolean passed, String feedback) {

    static final Outcome PASSED = new Outcome(true, "");

    static Outcome failed(String feedback) {
        return new Outcome(false, feedback);
    }
}
