package pyvm.symtable;

/**
 * Which comprehension a function block implements, if any: CPython's {@code _Py_comprehension_ty}
 * (the {@code ste_comprehension} field). The code generator needs it to build the comprehension's
 * result and to tell a generator expression, which always keeps its own frame, from the list, set and
 * dict comprehensions that 3.13 inlines (PEP 709).
 */
public enum ComprehensionType {
    NoComprehension, ListComprehension, DictComprehension, SetComprehension, GeneratorExpression
}
