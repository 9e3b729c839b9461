package pyvm.cfg.reference;

/**
 * Private name mangling: inside {@code class C}, {@code __x} means {@code _C__x}. Mirrors _Py_Mangle of
 * Python/compile.c (3.13), which the symbol table applied already, so lookups must apply it too.
 */
final class Mangling {

    private Mangling() {}

    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) return name;
        // dunder names (__x__) and dotted names (import a.__b) are left alone
        if (name.endsWith("__") || name.indexOf('.') >= 0) return name;
        String cls = privateName;
        int i = 0;
        while (i < cls.length() && cls.charAt(i) == '_') i++;
        if (i == cls.length()) return name;   // the class name is all underscores
        return "_" + cls.substring(i) + name;
    }
}
