package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.List;
import pyvm.parser.Alias;
import pyvm.parser.Expr;
import pyvm.parser.Stmt;
import pyvm.parser.reference.PegParser.Rule;

/**
 * Import statements of Grammar/python.gram: {@code import a.b as c, d} and
 * {@code from ..a import (b as c, d)}. A dotted name becomes one identifier, {@code "a.b"}, as
 * _PyPegen_join_names_with_dot makes it; leading dots count the relative import's level, and
 * {@code ...} is one token worth three.
 */
final class Imports {

    private Imports() {}

    // import_stmt (memo): invalid_import | import_name | import_from
    static Stmt importStmt(PegParser p) {
        return p.memo(Rule.IMPORT_STMT, () -> {
            if (p.callInvalidRules) InvalidStatements.invalidImport(p);
            Stmt a = importName(p);
            return a != null ? a : importFrom(p);
        });
    }

    // import_name: 'import' dotted_as_names
    private static Stmt importName(PegParser p) {
        int start = p.mark;
        if (p.keyword("import") == null) return null;
        List<Alias> a = p.gather(() -> dottedAsName(p));
        if (a != null) return new Stmt.Import(a, p.locFrom(start));
        p.mark = start;
        return null;
    }

    // import_from:
    //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    private static Stmt importFrom(PegParser p) {
        int start = p.mark;
        if (p.keyword("from") == null) return null;
        int level = 0;
        while (true) {
            if (p.expect(DOT) != null) level += 1;
            else if (p.expect(ELLIPSIS) != null) level += 3;
            else break;
        }
        int afterDots = p.mark;
        String module = dottedName(p);
        if (module != null && p.keyword("import") != null) {
            List<Alias> names = importFromTargets(p);
            if (names != null) return new Stmt.ImportFrom(module, names, level, p.locFrom(start));
        }
        p.mark = afterDots;
        if (level > 0 && p.keyword("import") != null) {
            List<Alias> names = importFromTargets(p);
            if (names != null) return new Stmt.ImportFrom(null, names, level, p.locFrom(start));
        }
        p.mark = start;
        return null;
    }

    // import_from_targets:
    //     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    //     | invalid_import_from_targets
    private static List<Alias> importFromTargets(PegParser p) {
        int start = p.mark;
        if (p.expect(LPAR) != null) {
            List<Alias> a = p.gather(() -> importFromAsName(p));
            if (a != null) {
                p.expect(COMMA);
                if (p.expect(RPAR) != null) return a;
            }
            p.mark = start;
        }
        List<Alias> a = p.gather(() -> importFromAsName(p));
        if (a != null && !p.at(COMMA)) return a;
        p.mark = start;
        if (p.at(STAR)) return List.of(new Alias("*", null, p.expect(STAR).location()));
        if (p.callInvalidRules) InvalidStatements.invalidImportFromTargets(p);
        return null;
    }

    // import_from_as_name: NAME ['as' NAME]
    private static Alias importFromAsName(PegParser p) {
        int start = p.mark;
        Expr.Name a = p.name();
        if (a == null) return null;
        return new Alias(a.id(), asName(p), p.locFrom(start));
    }

    // dotted_as_name: dotted_name ['as' NAME]
    private static Alias dottedAsName(PegParser p) {
        int start = p.mark;
        String a = dottedName(p);
        if (a == null) return null;
        return new Alias(a, asName(p), p.locFrom(start));
    }

    /** {@code ['as' NAME]}: the name, or null. */
    private static String asName(PegParser p) {
        int saved = p.mark;
        if (p.keyword("as") != null) {
            Expr.Name z = p.name();
            if (z != null) return z.id();
            p.mark = saved;
        }
        return null;
    }

    // dotted_name: dotted_name '.' NAME | NAME
    static String dottedName(PegParser p) {
        Expr.Name first = p.name();
        if (first == null) return null;
        StringBuilder name = new StringBuilder(first.id());
        while (true) {
            int saved = p.mark;
            Expr.Name next = p.expect(DOT) == null ? null : p.name();
            if (next == null) {
                p.mark = saved;
                return name.toString();
            }
            name.append('.').append(next.id());
        }
    }
}
