package pyvm.symtable.reference;

import pyvm.parser.Alias;
import pyvm.parser.ConstantValue;
import pyvm.parser.Expr;
import pyvm.parser.Mod;
import pyvm.parser.Stmt;

/**
 * The {@code from __future__ import} statements that open a module, as Python/future.c reads them
 * ({@code future_parse}) before the symbol table is built. Only {@code annotations} changes what the
 * symtable does: annotations then become strings, so names used in them bind nothing. The features
 * that 3.13 accepts for compatibility are ignored; an unknown one is an error, and {@code braces}
 * gets CPython's joke.
 *
 * @param annotations whether {@code from __future__ import annotations} is in effect ({@code CO_FUTURE_ANNOTATIONS})
 */
record FutureFeatures(boolean annotations) {

    /** {@code future_parse}: the leading future imports, after the docstring if there is one. */
    static FutureFeatures of(Mod.Module module, String filename) {
        boolean annotations = false;
        var body = module.body();
        int i = !body.isEmpty() && isDocstring(body.getFirst()) ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom from) || !"__future__".equals(from.module())) break;
            for (Alias alias : from.names()) {
                switch (alias.name()) {
                    case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                         "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop" -> { }
                    case "annotations" -> annotations = true;
                    case "braces" -> throw SyntaxErrors.startingAt(filename, from.location(), Messages.NOT_A_CHANCE);
                    default -> throw SyntaxErrors.startingAt(filename, from.location(),
                            Messages.UNDEFINED_FUTURE_FEATURE.formatted(alias.name()));
                }
            }
        }
        return new FutureFeatures(annotations);
    }

    // _PyAST_GetDocString: an expression statement that is a str constant.
    private static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str;
    }
}
