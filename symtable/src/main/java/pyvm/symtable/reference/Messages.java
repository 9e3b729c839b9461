package pyvm.symtable.reference;

/**
 * Every message the symtable stage raises, verbatim from CPython 3.13: Python/symtable.c (its
 * {@code #define}s and inline strings) and Python/future.c. A {@code %s} stands where CPython
 * formats a name with {@code %U} or a description with {@code %s}.
 */
final class Messages {

    private Messages() {}

    // global and nonlocal statements (symtable_visit_stmt)
    static final String GLOBAL_PARAM = "name '%s' is parameter and global";
    static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
    static final String GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
    static final String NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
    static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
    static final String NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
    static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
    static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";

    // scope analysis (analyze_name)
    static final String NONLOCAL_AND_GLOBAL = "name '%s' is nonlocal and global";
    static final String NONLOCAL_AT_MODULE_LEVEL = "nonlocal declaration not allowed at module level";
    static final String NO_BINDING_FOR_NONLOCAL = "no binding for nonlocal '%s' found";
    static final String NONLOCAL_TYPE_PARAM = "nonlocal binding not allowed for type parameter '%s'";

    // definitions (symtable_add_def_helper, symtable_visit_alias)
    static final String DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";
    static final String DUPLICATE_TYPE_PARAM = "duplicate type parameter '%s'";
    static final String IMPORT_STAR_WARNING = "import * only allowed at module level";

    // assignment expressions (symtable_handle_namedexpr, symtable_extend_namedexpr_scope)
    static final String NAMED_EXPR_COMP_IN_CLASS =
            "assignment expression within a comprehension cannot be used in a class body";
    static final String NAMED_EXPR_COMP_IN_TYPEVAR_BOUND =
            "assignment expression within a comprehension cannot be used in a TypeVar bound";
    static final String NAMED_EXPR_COMP_IN_TYPEALIAS =
            "assignment expression within a comprehension cannot be used in a type alias";
    static final String NAMED_EXPR_COMP_IN_TYPEPARAM =
            "assignment expression within a comprehension cannot be used within the definition of a generic";
    static final String NAMED_EXPR_COMP_CONFLICT =
            "assignment expression cannot rebind comprehension iteration variable '%s'";
    static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
            "comprehension inner loop cannot rebind assignment expression target '%s'";
    static final String NAMED_EXPR_COMP_ITER_EXPR =
            "assignment expression cannot be used in a comprehension iterable expression";

    // expressions an annotation scope may not hold (symtable_raise_if_annotation_block)
    static final String ANNOTATION_NOT_ALLOWED = "%s cannot be used within an annotation";
    static final String EXPR_NOT_ALLOWED_IN_TYPE_VARIABLE = "%s cannot be used within %s";
    static final String EXPR_NOT_ALLOWED_IN_TYPE_ALIAS = "%s cannot be used within a type alias";
    static final String EXPR_NOT_ALLOWED_IN_TYPE_PARAMETERS = "%s cannot be used within the definition of a generic";

    // yield in a comprehension (symtable_raise_if_comprehension_block)
    static final String YIELD_IN_LIST_COMPREHENSION = "'yield' inside list comprehension";
    static final String YIELD_IN_SET_COMPREHENSION = "'yield' inside set comprehension";
    static final String YIELD_IN_DICT_COMPREHENSION = "'yield' inside dict comprehension";
    static final String YIELD_IN_GENERATOR_EXPRESSION = "'yield' inside generator expression";

    // future statements (Python/future.c)
    static final String NOT_A_CHANCE = "not a chance";
    static final String UNDEFINED_FUTURE_FEATURE = "future feature %s is not defined";
}
