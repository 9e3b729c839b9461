package pyvm.assembler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import pyvm.cfg.CodeFlags;
import pyvm.parser.ConstantValue;

/**
 * A code object: what the assembler gives, what a .pyc holds, what the vm runs and dis lists.
 * Mirrors {@code PyCodeObject} of CPython 3.13 (Include/cpython/code.h) field for field, in the order
 * marshal writes them, with the names {@code code.__new__} and the {@code co_*} attributes use.
 *
 * <p>Locals, cells and free variables share one array, the "fast locals plus" of a frame:
 * {@code coLocalsplusnames} names each slot and {@code coLocalspluskinds} holds one byte of
 * {@link LocalKind} bits per slot. CPython derives {@code co_varnames}, {@code co_cellvars},
 * {@code co_freevars} and {@code co_nlocals} from them; so does this record.
 *
 * <p>The byte arrays are copied in and out, so the record is immutable; equality compares them by
 * content, as CPython's code objects compare equal when their fields do.
 *
 * @param coArgcount        positional parameters, positional-only ones included
 * @param coPosonlyargcount positional-only parameters
 * @param coKwonlyargcount  keyword-only parameters
 * @param coStacksize       the deepest the value stack gets
 * @param coFlags           the {@code CO_*} bits ({@link CodeFlags})
 * @param coCode            the bytecode: 2-byte code units, each instruction followed by its inline
 *                          cache entries (zeroes, as {@code co_code} shows them)
 * @param coConsts          the constants; nested functions' code objects among them
 * @param coNames           global, attribute and imported names
 * @param coLocalsplusnames every fast slot's name: arguments and locals, then cells, then free variables
 * @param coLocalspluskinds one byte of {@link LocalKind} bits per fast slot
 * @param coFilename        the file the code was compiled from, as given to compile()
 * @param coName            the function's name ({@code <module>}, {@code <lambda>}, ...)
 * @param coQualname        the qualified name ({@code C.f.<locals>.g})
 * @param coFirstlineno     the first source line; line numbers in the line table are relative to it
 * @param coLinetable       the locations table, see {@link LineTable}
 * @param coExceptiontable  the exception table, see {@link ExceptionTable}
 */
public record CodeObject(int coArgcount, int coPosonlyargcount, int coKwonlyargcount, int coStacksize,
                         int coFlags, byte[] coCode, List<ConstantValue> coConsts, List<String> coNames,
                         List<String> coLocalsplusnames, byte[] coLocalspluskinds, String coFilename,
                         String coName, String coQualname, int coFirstlineno, byte[] coLinetable,
                         byte[] coExceptiontable) implements ConstantValue.Code {

    /**
     * Checks what {@code _PyCode_Validate} in Objects/codeobject.c checks, with its messages.
     *
     * @throws IllegalArgumentException where CPython raises ValueError (or SystemError) for the fields
     */
    public CodeObject {
        coCode = coCode.clone();
        coConsts = List.copyOf(coConsts);
        coNames = List.copyOf(coNames);
        coLocalsplusnames = List.copyOf(coLocalsplusnames);
        coLocalspluskinds = coLocalspluskinds.clone();
        Objects.requireNonNull(coFilename);
        Objects.requireNonNull(coName);
        Objects.requireNonNull(coQualname);
        coLinetable = coLinetable.clone();
        coExceptiontable = coExceptiontable.clone();
        if (coArgcount < coPosonlyargcount || coPosonlyargcount < 0 || coKwonlyargcount < 0
                || coStacksize < 0 || coFlags < 0 || coLocalsplusnames.size() != coLocalspluskinds.length)
            throw new IllegalArgumentException("bad argument to internal function");
        if (coCode.length % 2 != 0)
            throw new IllegalArgumentException("code: co_code is malformed");
        int plainLocals = countKind(coLocalspluskinds, LocalKind.LOCAL) - coArgcount - coKwonlyargcount
                - ((coFlags & CodeFlags.CO_VARARGS) != 0 ? 1 : 0) - ((coFlags & CodeFlags.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (plainLocals < 0)
            throw new IllegalArgumentException("code: co_varnames is too small");
    }

    @Override public byte[] coCode() { return coCode.clone(); }
    @Override public byte[] coLocalspluskinds() { return coLocalspluskinds.clone(); }
    @Override public byte[] coLinetable() { return coLinetable.clone(); }
    @Override public byte[] coExceptiontable() { return coExceptiontable.clone(); }

    /** {@return {@code co_varnames}: the slots of kind {@link LocalKind#LOCAL}, arguments first} */
    public List<String> coVarnames() {
        return namesOfKind(LocalKind.LOCAL);
    }

    /** {@return {@code co_cellvars}: the slots of kind {@link LocalKind#CELL}} */
    public List<String> coCellvars() {
        return namesOfKind(LocalKind.CELL);
    }

    /** {@return {@code co_freevars}: the slots of kind {@link LocalKind#FREE}} */
    public List<String> coFreevars() {
        return namesOfKind(LocalKind.FREE);
    }

    /** {@return {@code co_nlocals}: how many slots are of kind {@link LocalKind#LOCAL}} */
    public int coNlocals() {
        return countKind(coLocalspluskinds, LocalKind.LOCAL);
    }

    /** {@return the line table decoded: {@code co_positions()} and {@code co_lines()}} */
    public LineTable lineTable() {
        return LineTable.decode(coLinetable, coFirstlineno);
    }

    /** {@return the exception table decoded} */
    public ExceptionTable exceptionTable() {
        return ExceptionTable.decode(coExceptiontable);
    }

    private List<String> namesOfKind(LocalKind kind) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < coLocalspluskinds.length; i++)
            if (kind.in(coLocalspluskinds[i])) names.add(coLocalsplusnames.get(i));
        return List.copyOf(names);
    }

    private static int countKind(byte[] kinds, LocalKind kind) {
        int n = 0;
        for (byte k : kinds) if (kind.in(k)) n++;
        return n;
    }

    /**
     * {@return {@code <code object NAME at 0x..., file "FILE", line N>}, as code_repr in
     * Objects/codeobject.c writes it} A JVM has no object addresses to show, so the address is a
     * stable stand-in made from the object's hash: equal code objects print alike. Like CPython, a
     * first line of 0 prints as -1.
     */
    @Override
    public String repr() {
        String address = "0x7f" + String.format("%08x", hashCode());
        int line = coFirstlineno != 0 ? coFirstlineno : -1;
        return "<code object " + coName + " at " + address + ", file \"" + coFilename + "\", line " + line + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeObject c
                && coArgcount == c.coArgcount && coPosonlyargcount == c.coPosonlyargcount
                && coKwonlyargcount == c.coKwonlyargcount && coStacksize == c.coStacksize
                && coFlags == c.coFlags && Arrays.equals(coCode, c.coCode) && coConsts.equals(c.coConsts)
                && coNames.equals(c.coNames) && coLocalsplusnames.equals(c.coLocalsplusnames)
                && Arrays.equals(coLocalspluskinds, c.coLocalspluskinds) && coFilename.equals(c.coFilename)
                && coName.equals(c.coName) && coQualname.equals(c.coQualname)
                && coFirstlineno == c.coFirstlineno && Arrays.equals(coLinetable, c.coLinetable)
                && Arrays.equals(coExceptiontable, c.coExceptiontable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coArgcount, coPosonlyargcount, coKwonlyargcount, coStacksize, coFlags,
                Arrays.hashCode(coCode), coConsts, coNames, coLocalsplusnames, Arrays.hashCode(coLocalspluskinds),
                coFilename, coName, coQualname, coFirstlineno, Arrays.hashCode(coLinetable),
                Arrays.hashCode(coExceptiontable));
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "CodeObject[coName=" + coName + ", coQualname=" + coQualname + ", coFilename=" + coFilename
                + ", coFirstlineno=" + coFirstlineno + ", coArgcount=" + coArgcount
                + ", coPosonlyargcount=" + coPosonlyargcount + ", coKwonlyargcount=" + coKwonlyargcount
                + ", coStacksize=" + coStacksize + ", coFlags=" + coFlags + ", coCode=" + hex.formatHex(coCode)
                + ", coConsts=" + coConsts + ", coNames=" + coNames + ", coLocalsplusnames=" + coLocalsplusnames
                + ", coLocalspluskinds=" + hex.formatHex(coLocalspluskinds)
                + ", coLinetable=" + hex.formatHex(coLinetable)
                + ", coExceptiontable=" + hex.formatHex(coExceptiontable) + "]";
    }
}
