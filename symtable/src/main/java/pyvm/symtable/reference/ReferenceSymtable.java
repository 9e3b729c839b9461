package pyvm.symtable.reference;

import pyvm.parser.Mod;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.Symtable;

/** Placeholder until the reference symtable lands in the next commits of issue 6. */
public final class ReferenceSymtable implements Symtable {
    public static final String NAME = "reference";

    @Override public String name() { return NAME; }

    @Override public SymbolTable build(Mod.Module module, String filename) {
        throw new IllegalStateException("not written yet");
    }
}
