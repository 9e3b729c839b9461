// A submission whose descriptor asks ServiceLoader for the service it provides.
module declaring.lexer {
    requires pyvm.lexer;
    uses pyvm.lexer.Lexer;
    provides pyvm.lexer.Lexer with declaring.lexer.DeclaringLexer;
}
