/**
 * What every module's tests and benchmarks share about CPython 3.13: finding it
 * ({@link pyvm.lexer.testkit.CPython}), its standard library as a corpus of real code
 * ({@link pyvm.lexer.testkit.Corpus}), and timing a stage beside it ({@link pyvm.lexer.testkit.Benchmark}).
 *
 * <p>It lives in the tests of the lexer, the first stage, which every later module depends on; the
 * lexer's build packs it alone into a test jar, which later modules' tests put on their class
 * path. It cannot share the package {@code pyvm.lexer}: a package belongs to one module, and in
 * the later modules' tests {@code pyvm.lexer} is the lexer module's.
 */
package pyvm.lexer.testkit;
