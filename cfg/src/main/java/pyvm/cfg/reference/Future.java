package pyvm.cfg.reference;

import java.util.List;
import pyvm.cfg.CodeFlags;
import pyvm.lexer.Location;
import pyvm.parser.Alias;
import pyvm.parser.Mod;
import pyvm.parser.Stmt;

/**
 * The {@code from __future__ import} statements a module starts with, which change how the whole
 * module compiles. Of 3.13's features only two still do anything: {@code annotations} (PEP 563:
 * annotations are stored as strings) and {@code barry_as_FLUFL}; each also sets a bit in every code
 * object's co_flags. Mirrors future_parse and future_check_features of Python/future.c; invalid
 * features are the symbol table's to reject.
 *
 * @param flags    the CO_FUTURE_* bits (ff_features)
 * @param location the last future import (ff_location), or null if there is none
 */
record Future(int flags, Location location) {

    /** CO_FUTURE_BARRY_AS_BDFL. */
    static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;

    /** future_parse: the future imports after the docstring, before anything else. */
    static Future parse(Mod.Module module) {
        List<Stmt> body = module.body();
        int flags = 0;
        Location location = null;
        for (int i = Functions.docstring(body) != null ? 1 : 0; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom s) || s.level() != null && s.level() != 0
                    || !"__future__".equals(s.module()))
                break;
            for (Alias alias : s.names()) {
                if (alias.name().equals("annotations")) flags |= CodeFlags.CO_FUTURE_ANNOTATIONS;
                else if (alias.name().equals("barry_as_FLUFL")) flags |= CO_FUTURE_BARRY_AS_BDFL;
            }
            location = s.location();
        }
        return new Future(flags, location);
    }

    /** {@return true if annotations are compiled as strings} */
    boolean annotations() {
        return (flags & CodeFlags.CO_FUTURE_ANNOTATIONS) != 0;
    }
}
