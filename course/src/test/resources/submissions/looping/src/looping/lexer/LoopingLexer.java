package looping.lexer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import pyvm.lexer.Lexer;
import pyvm.lexer.Location;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;

/** Right on an empty file; loops forever on "loop", ends the JVM on "exit", runs out of memory on "hog". */
public final class LoopingLexer implements Lexer {
    @Override public String name() { return "looping"; }

    @Override public List<Token> tokenize(byte[] source, String filename, Mode mode) {
        String text = new String(source, StandardCharsets.UTF_8);
        if (text.contains("loop")) while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
        if (text.contains("exit")) System.exit(3);
        if (text.contains("hog")) {
            List<long[]> hoard = new java.util.ArrayList<>();
            while (true) hoard.add(new long[1 << 20]);
        }
        return List.of(new Token(TokenType.ENCODING, "utf-8", new Location(0, 0, 0, 0), ""),
                new Token(TokenType.ENDMARKER, "", new Location(1, 0, 1, 0), ""));
    }
}
