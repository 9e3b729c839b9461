// A submission that tries to hand in the reference lexer as its own.
module cheat.lexer {
    requires pyvm.lexer;
    provides pyvm.lexer.Lexer with cheat.lexer.CheatLexer;
}
