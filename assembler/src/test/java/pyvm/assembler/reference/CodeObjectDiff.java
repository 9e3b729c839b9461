package pyvm.assembler.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import pyvm.assembler.CodeObject;
import pyvm.parser.ConstantValue;

/**
 * The fields in which two code objects differ, nested code objects included, each with both values:
 * what a golden test reports when pyvm's compilation of a snippet is not CPython's. Frozenset
 * constants compare as sets, since a .pyc holds their elements in marshal's sorted order.
 */
final class CodeObjectDiff {

    private CodeObjectDiff() {}

    /** {@return one line per differing field, empty if the code objects are equal} */
    static List<String> of(CodeObject actual, CodeObject expected) {
        List<String> out = new ArrayList<>();
        compare(expected.coQualname(), actual, expected, out);
        return out;
    }

    private static void compare(String where, CodeObject a, CodeObject e, List<String> out) {
        HexFormat hex = HexFormat.of();
        field(out, where, "co_code", hex.formatHex(a.coCode()), hex.formatHex(e.coCode()));
        field(out, where, "co_consts count", a.coConsts().size(), e.coConsts().size());
        for (int i = 0; i < Math.min(a.coConsts().size(), e.coConsts().size()); i++) {
            ConstantValue x = a.coConsts().get(i);
            ConstantValue y = e.coConsts().get(i);
            if (x instanceof CodeObject cx && y instanceof CodeObject cy) compare(where + "." + cy.coQualname(), cx, cy, out);
            else if (x instanceof ConstantValue.FrozenSet fx && y instanceof ConstantValue.FrozenSet fy)
                // marshal writes a frozenset's elements sorted, so only the elements compare
                field(out, where, "co_consts[" + i + "]", new HashSet<>(fx.items()), new HashSet<>(fy.items()));
            else field(out, where, "co_consts[" + i + "]", ConstantValue.repr(x), ConstantValue.repr(y));
        }
        field(out, where, "co_names", a.coNames(), e.coNames());
        field(out, where, "co_localsplusnames", a.coLocalsplusnames(), e.coLocalsplusnames());
        field(out, where, "co_localspluskinds", hex.formatHex(a.coLocalspluskinds()), hex.formatHex(e.coLocalspluskinds()));
        field(out, where, "co_stacksize", a.coStacksize(), e.coStacksize());
        field(out, where, "co_flags", a.coFlags(), e.coFlags());
        field(out, where, "co_argcount", a.coArgcount(), e.coArgcount());
        field(out, where, "co_posonlyargcount", a.coPosonlyargcount(), e.coPosonlyargcount());
        field(out, where, "co_kwonlyargcount", a.coKwonlyargcount(), e.coKwonlyargcount());
        field(out, where, "co_name", a.coName(), e.coName());
        field(out, where, "co_qualname", a.coQualname(), e.coQualname());
        field(out, where, "co_filename", a.coFilename(), e.coFilename());
        field(out, where, "co_firstlineno", a.coFirstlineno(), e.coFirstlineno());
        field(out, where, "co_linetable", hex.formatHex(a.coLinetable()), hex.formatHex(e.coLinetable()));
        field(out, where, "co_exceptiontable", hex.formatHex(a.coExceptiontable()), hex.formatHex(e.coExceptiontable()));
    }

    private static void field(List<String> out, String where, String name, Object actual, Object expected) {
        if (!actual.equals(expected))
            out.add(where + " " + name + "\n    pyvm:    " + actual + "\n    CPython: " + expected);
    }
}
