package pyvm.cfg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.parser.Mod;
import pyvm.parser.Stmt;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.Symtable;

/**
 * What the reference code generator does not compile yet is a SyntaxError naming the construct at
 * the node's location, never a Java exception.
 */
class UnsupportedConstructTest {

    static SymbolTable symbols(Mod.Module module) {
        UnsupportedConstructTest.class.getModule().addUses(Symtable.class);
        for (Symtable s : ServiceLoader.load(Symtable.class))
            if (s.name().equals("reference")) return s.build(module, "t.py");
        throw new IllegalStateException("no reference symtable");
    }

    @Test
    void aTryStarStatementIsReportedWhereItStands() {
        Location at = new Location(2, 4, 5, 12);
        Stmt.Pass pass = new Stmt.Pass(new Location(3, 8, 3, 12));
        Mod.Module module = new Mod.Module(List.of(new Stmt.TryStar(List.of(pass), List.of(), List.of(), List.of(pass), at)), List.of());
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> new ReferenceCodegen().compile(module, symbols(module), "t.py"));
        assertEquals(PySyntaxError.Type.SyntaxError, e.type());
        assertEquals(Messages.notSupported("'try' statement with 'except*'"), e.message());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());
        assertEquals(5, e.endLineno());
    }
}
