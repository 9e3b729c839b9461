// A submission that misbehaves on some inputs: it loops forever, or ends the JVM.
module looping.lexer {
    requires pyvm.lexer;
    provides pyvm.lexer.Lexer with looping.lexer.LoopingLexer;
}
