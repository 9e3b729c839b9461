package pyvm.cfg.reference;

import java.util.ArrayList;
import java.util.List;
import pyvm.cfg.Intrinsic1;
import pyvm.cfg.Instruction;
import pyvm.cfg.Opcode;
import pyvm.lexer.Location;
import pyvm.parser.Alias;
import pyvm.parser.ConstantValue;
import pyvm.parser.ExprContext;
import pyvm.parser.Stmt;

/**
 * Code for {@code import} and {@code from ... import}: IMPORT_NAME with the level and the names
 * asked for, then IMPORT_FROM for each name, or the dotted path walked for {@code import a.b as c}.
 * Mirrors compiler_import, compiler_import_as and compiler_from_import of Python/compile.c.
 */
final class Imports {

    private final Compiler c;

    Imports(Compiler c) {
        this.c = c;
    }

    /** compiler_import: {@code import a.b.c} binds {@code a}; {@code import a.b.c as d} binds c to d. */
    void importStatement(Stmt.Import s) {
        Location loc = s.location();
        for (Alias alias : s.names()) {
            c.loadConst(ConstantValue.Int.of(0), loc);
            c.loadConst(ConstantValue.NONE, loc);
            c.addopName(Opcode.IMPORT_NAME, alias.name(), loc);
            if (alias.asname() != null) {
                importAs(loc, alias.name(), alias.asname());
            } else {
                int dot = alias.name().indexOf('.');
                c.nameop(dot < 0 ? alias.name() : alias.name().substring(0, dot), ExprContext.Store, loc);
            }
        }
    }

    /** compiler_import_as: one IMPORT_FROM per component after the first. */
    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            c.nameop(asname, ExprContext.Store, loc);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            String attr = name.substring(pos, dot < 0 ? name.length() : dot);
            c.addopI(Opcode.IMPORT_FROM, Unit.add(c.u.names, attr), loc);
            if (dot < 0) break;
            c.addopI(Opcode.SWAP, 2, loc);
            c.addop(Opcode.POP_TOP, loc);
        }
        c.nameop(asname, ExprContext.Store, loc);
        c.addop(Opcode.POP_TOP, loc);
    }

    /** location_is_after: {@code a} starts after {@code b} ends. */
    private static boolean isAfter(Location a, Location b) {
        return a.lineno() > b.endLineno() || a.lineno() == b.endLineno() && a.colOffset() > b.endColOffset();
    }

    /** compiler_from_import. */
    void fromImport(Stmt.ImportFrom s) {
        Location loc = s.location();
        Location futures = c.future.location();
        if ("__future__".equals(s.module()) && (s.level() == null || s.level() == 0)
                && (futures == null || isAfter(loc, futures)))
            throw c.error(loc, "from __future__ imports must occur at the beginning of the file");
        c.loadConst(ConstantValue.Int.of(s.level() == null ? 0 : s.level()), loc);
        List<ConstantValue> names = new ArrayList<>();
        for (Alias alias : s.names()) names.add(new ConstantValue.Str(alias.name()));
        c.loadConst(new ConstantValue.Tuple(names), loc);
        c.addopName(Opcode.IMPORT_NAME, s.module() == null ? "" : s.module(), loc);
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                c.addopI(Opcode.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_IMPORT_STAR.ordinal(), loc);
                c.addop(Opcode.POP_TOP, Instruction.NO_LOCATION);
                return;
            }
            c.addopName(Opcode.IMPORT_FROM, alias.name(), loc);
            c.nameop(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store, loc);
        }
        // remove imported module
        c.addop(Opcode.POP_TOP, loc);
    }
}
