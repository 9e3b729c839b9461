package pyvm.symtable;

import java.util.Set;

/**
 * Private name mangling: inside {@code class Spam}, {@code __eggs} means {@code _Spam__eggs}. The
 * symbol table records names already mangled, and the code generator looks them up mangled the
 * same way, so both stages use this one class. Mirrors {@code _Py_Mangle} and
 * {@code _Py_MaybeMangle} of Python/compile.c (3.13), which symtable.c calls too.
 */
public final class Mangling {

    private Mangling() {}

    /**
     * {@code _Py_MaybeMangle}: the type-parameter blocks of a generic class carry the set of names
     * to mangle there, its type parameters' names ({@link SymbolTable#mangledNames()}), because in
     * {@code class C[__T](Base[__T], __other)} only {@code __T} is the class's private name.
     */
    public static String maybeMangle(String privateName, SymbolTable ste, String name) {
        return maybeMangle(privateName, ste.mangledNames(), name);
    }

    /**
     * {@code _Py_MaybeMangle} with the block's set of names to mangle given directly, as a symtable
     * implementation has it while it builds the block; null means all.
     */
    public static String maybeMangle(String privateName, Set<String> mangledNames, String name) {
        if (mangledNames != null && !mangledNames.contains(name)) return name;
        return mangle(privateName, name);
    }

    /**
     * {@code _Py_Mangle}: {@code "_" + privateName.lstrip("_") + name} for a name that starts with two
     * underscores, unless it also ends with two ({@code __init__}), holds a dot (an imported
     * package), or the class name is all underscores.
     *
     * @param privateName the name of the innermost enclosing class, or null outside classes
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_')
            return name;
        if (name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int strip = 0;
        while (strip < privateName.length() && privateName.charAt(strip) == '_') strip++;
        if (strip == privateName.length()) return name;
        return "_" + privateName.substring(strip) + name;
    }
}
