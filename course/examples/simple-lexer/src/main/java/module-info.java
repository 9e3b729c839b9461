/**
 * A deliberately simple lexer: ASCII programs of the walking-skeleton slice only, in about a hundred
 * and fifty lines. It shows what a student's replacement of a stage looks like: a module of its own that
 * requires the stage, provides the stage's service and names itself.
 *
 * @provides pyvm.lexer.Lexer "simple"
 */
module pyvm.examples.simplelexer {
    requires pyvm.lexer;
    provides pyvm.lexer.Lexer with pyvm.examples.simplelexer.SimpleLexer;
}
