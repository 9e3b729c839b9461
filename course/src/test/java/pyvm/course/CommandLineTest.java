package pyvm.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line's contract with its user: exit statuses, messages, help. */
class CommandLineTest {

    private static Result pyvm(String... args) {
        return Printed.pyvm(args);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aMissingFileGetsPythonsMessageAndStatusTwo() {
        Result r = pyvm("run", "no/such/file.py");
        assertEquals(2, r.status());
        assertEquals("pyvm: can't open file '" + Path.of("no/such/file.py").toAbsolutePath()
                + "': [Errno 2] No such file or directory\n", text(r.err()));
    }

    @Test
    void aFileAloneIsRun() {
        Result r = pyvm(Golden.FOLDER.resolve("functions.py").toString());
        assertEquals(0, r.status(), text(r.err()));
        assertTrue(text(r.out()).startsWith("5 81\n"), text(r.out()));
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Result r = pyvm("compile");
        assertEquals(2, r.status());
        assertTrue(text(r.err()).startsWith("pyvm: unknown command 'compile'\n"), text(r.err()));
    }

    @Test
    void anUnknownOptionOfACommandIsAUsageError() {
        Result r = pyvm("tokenize", "-x", "f.py");
        assertEquals(2, r.status());
        assertTrue(text(r.err()).startsWith("pyvm: tokenize: unknown option -x\n"), text(r.err()));
    }

    @Test
    void helpListsEveryCommand() {
        Result r = pyvm("--help");
        assertEquals(0, r.status());
        for (Command c : Command.values()) assertTrue(text(r.out()).contains("\n  " + c.key() + " "), c.key());
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        Result r = pyvm("dis", "--help");
        assertEquals(0, r.status());
        assertTrue(text(r.out()).startsWith("usage: pyvm [--use STAGE=NAME]... dis [-C] [-O] FILE\n"), text(r.out()));
    }

    @Test
    void anUncaughtExceptionExitsWithStatusOneAndATraceback() {
        Result r = pyvm("run", Golden.FOLDER.resolve("name_error.py").toString());
        assertEquals(1, r.status());
        assertEquals("NameError: name 'undefined_name' is not defined", r.lastErrorLine());
    }
}
