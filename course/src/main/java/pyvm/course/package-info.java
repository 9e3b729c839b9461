/**
 * The course: pyvm's command line ({@link pyvm.course.Main}), the choice of one implementation per
 * stage ({@link pyvm.course.Stages}), the stages chained ({@link pyvm.course.Pipeline}), and the
 * comparison with CPython 3.13 over real code ({@code pyvm conformance}), whose oracle
 * ({@link pyvm.course.Oracle}) is found the same way on every machine.
 */
package pyvm.course;
