/**
 * The autograder: a stage's grading suite ({@link pyvm.course.grade.Suite}), run against a student's
 * implementation in worker JVMs that a loop, a crash or {@code System.exit} cannot take down with them
 * ({@link pyvm.course.grade.Grader}), after a check that the submission cannot reach the reference
 * implementation it replaces ({@link pyvm.course.grade.SubmissionCheck}); the result is a
 * {@link pyvm.course.grade.Report} with points per category, printed as a table or as Gradescope's
 * results.json. {@code pyvm new} writes a starter module whose {@code mvn test} runs the same suite.
 */
package pyvm.course.grade;
