package pyvm.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import pyvm.lexer.testkit.Corpus;

/**
 * Properties every lexer must have, on generated input: whatever the bytes, it returns tokens or
 * raises PySyntaxError, nothing else, in both modes; and the tokens it returns stand where they
 * say, each one's text being the source's text at its location.
 */
class LexerPropertiesTest {

    private final List<Lexer> lexers = LexerImplementations.selected();

    /** Fragments that stress the tokenizer's corners: quotes, braces, line ends, odd bytes. */
    private static final String[] PIECES = {
            "'", "\"", "'''", "\"\"\"", "{", "}", "{{", "}}", "(", ")", "[", "]", "\\", "\\\n", "\r", "\r\n", "\n",
            "\t", "\f", " ", "    ", "#", "0", "1_", "0x", "0o", "0b", "e", "j", ".", "...", "f'", "f\"", "rf'", "b'",
            "f'{", "f\"{x:", "!r", "=", ":", "\u00e9", "\u20ac", "\uD83D\uDE00", "$", "?", "<>", "\\N{", "if x:\n",
            "\tpass\n", "  ", "x", "y1", "1.5", "\u0000", "\u007f", "\u0085",
    };

    @Property(tries = 3000)
    void arbitraryBytesRaiseNothingButSyntaxErrors(@ForAll @Size(max = 300) byte[] source, @ForAll Lexer.Mode mode) {
        for (Lexer lexer : lexers) tokenizeOrSyntaxError(lexer, source, mode);
    }

    @Property(tries = 3000)
    void pythonLikeFragmentsRaiseNothingButSyntaxErrors(@ForAll("fragments") byte[] source, @ForAll Lexer.Mode mode) {
        for (Lexer lexer : lexers) tokenizeOrSyntaxError(lexer, source, mode);
    }

    @Property(tries = 1000)
    void mutatedCorpusFilesRaiseNothingButSyntaxErrors(@ForAll("mutatedCorpusFiles") byte[] source, @ForAll Lexer.Mode mode) {
        for (Lexer lexer : lexers) tokenizeOrSyntaxError(lexer, source, mode);
    }

    @Property(tries = 1000)
    void tokensOfMutatedFilesStandAtTheirPositions(@ForAll("mutatedCorpusFiles") byte[] source) {
        for (Lexer lexer : lexers) {
            List<Token> tokens = tokenizeOrSyntaxError(lexer, source, Lexer.Mode.TOKENIZE);
            if (tokens != null) assertTokensStandAtTheirPositions(source, tokens);
        }
    }

    @Example
    void tokensOfEveryCorpusFileStandAtTheirPositions() {
        for (Lexer lexer : lexers)
            for (Path file : Corpus.files(GoldenTest.GOLDEN)) {
                byte[] source = Corpus.read(file);
                List<Token> tokens = tokenizeOrSyntaxError(lexer, source, Lexer.Mode.TOKENIZE);
                if (tokens != null) assertTokensStandAtTheirPositions(source, tokens);
            }
    }

    /** {@return the tokens, or null when the lexer raised PySyntaxError}; anything else fails the property. */
    private static List<Token> tokenizeOrSyntaxError(Lexer lexer, byte[] source, Lexer.Mode mode) {
        try {
            List<Token> tokens = lexer.tokenize(source, "<generated>", mode);
            assertEquals(TokenType.ENCODING, tokens.get(0).type(), "the first token");
            assertEquals(TokenType.ENDMARKER, tokens.get(tokens.size() - 1).type(), "the last token");
            return tokens;
        } catch (PySyntaxError e) {
            assertTrue(e.lineno() >= 0 && !e.message().isEmpty(), () -> "a SyntaxError without line or message: " + e);
            return null;
        }
    }

    /**
     * Placed at their positions, the token strings give back the source: in a UTF-8 file each
     * token's text is the text between its start and its end (a NEWLINE or NL the tokenizer added
     * at the end of the file excepted, and an INDENT that, inside an f-string left open, starts
     * before its line), tokens come in order without overlapping, and what lies between them is
     * only blanks, line ends, backslashes ending a line, and the second brace of a doubled one.
     */
    private static void assertTokensStandAtTheirPositions(byte[] source, List<Token> tokens) {
        if (!tokens.get(0).string().equals("utf-8") || !Corpus.isUtf8(source)) return;
        byte[] text = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB
                && (source[2] & 0xff) == 0xBF ? Arrays.copyOfRange(source, 3, source.length) : source;
        List<Integer> lineStarts = new ArrayList<>(List.of(0, 0));   // lines count from 1
        for (int i = 0; i < text.length; i++)
            if (text[i] == '\n') lineStarts.add(i + 1);
        boolean[] covered = new boolean[text.length];
        int previousEnd = 0;
        for (Token token : tokens) {
            Location at = token.location();
            TokenType type = token.type();
            if (type == TokenType.ENCODING || type == TokenType.ENDMARKER || type == TokenType.DEDENT) continue;
            if (token.string().isEmpty() || at.colOffset() < 0) continue;
            int start = lineStarts.get(at.lineno()) + at.colOffset();
            int end = lineStarts.get(at.endLineno()) + at.endColOffset();
            if (type == TokenType.NEWLINE) end = start + token.string().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(start >= previousEnd, () -> "token overlaps the one before: " + token);
            assertEquals(token.string(), new String(text, start, end - start, StandardCharsets.UTF_8),
                    () -> "the source at the position of " + token);
            Arrays.fill(covered, start, end, true);
            previousEnd = end;
        }
        for (int i = 0; i < text.length; i++) {
            if (covered[i]) continue;
            int c = text[i];
            boolean allowed = c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' || c == '{' || c == '}'
                    || (c == '\\' && (i + 1 < text.length && (text[i + 1] == '\n' || text[i + 1] == '\r')));
            int at = i;
            assertTrue(allowed, () -> "byte " + at + " (" + (char) text[at] + ") is in no token");
        }
    }

    @Provide
    Arbitrary<byte[]> fragments() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40)
                .map(pieces -> String.join("", pieces).getBytes(StandardCharsets.UTF_8));
    }

    /** A corpus file, or a stretch of its lines, with a few fragments inserted, bytes deleted, or text copied. */
    @Provide
    Arbitrary<byte[]> mutatedCorpusFiles() {
        List<Path> files = Corpus.files(GoldenTest.GOLDEN);
        return Arbitraries.randomValue(random -> mutate(Corpus.read(files.get(random.nextInt(files.size()))), random));
    }

    private static byte[] mutate(byte[] file, Random random) {
        String[] lines = new String(file, StandardCharsets.ISO_8859_1).split("\n", -1);
        int from = random.nextInt(lines.length);
        String text = String.join("\n", Arrays.copyOfRange(lines, from, Math.min(lines.length, from + 1 + random.nextInt(40))));
        if (random.nextInt(10) < 7) text += "\n";
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            int i = random.nextInt(text.length() + 1);
            int kind = random.nextInt(10);
            if (kind < 6) {
                String piece = new String(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                text = text.substring(0, i) + piece + text.substring(i);
            } else if (kind < 8) {
                text = text.substring(0, i) + text.substring(Math.min(text.length(), i + 1 + random.nextInt(10)));
            } else {
                int j = random.nextInt(text.length() + 1);
                text = text.substring(0, i) + text.substring(j, Math.min(text.length(), j + 1 + random.nextInt(20))) + text.substring(i);
            }
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
