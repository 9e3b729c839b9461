package pyvm.parser.reference;

/**
 * Every message the reference parser raises, verbatim from CPython 3.13 (Grammar/python.gram's
 * actions, Parser/pegen_errors.c, Parser/action_helpers.c, Parser/string_parser.c), so that they can
 * be grepped and compared. {@code %s} and {@code %d} are filled in with {@link String#formatted}.
 */
final class Messages {

    private Messages() {}

    // ---------------------------------------------------------------- Parser/pegen_errors.c
    static final String INVALID_SYNTAX = "invalid syntax";
    static final String UNEXPECTED_INDENT = "unexpected indent";
    static final String UNEXPECTED_UNINDENT = "unexpected unindent";
    static final String STACK_OVERFLOW = "Parser stack overflowed - Python source too complex to parse";

    // ---------------------------------------------------------------- forced tokens, blocks
    static final String EXPECTED = "expected '%s'";
    static final String EXPECTED_INDENTED_BLOCK = "expected an indented block";
    static final String EXPECTED_INDENTED_BLOCK_AFTER = "expected an indented block after %s on line %d";
    static final String EXPECTED_EXCEPT_OR_FINALLY = "expected 'except' or 'finally' block";
    static final String EXCEPT_AND_EXCEPT_STAR = "cannot have both 'except' and 'except*' on the same 'try'";
    static final String PARENTHESIZE_EXCEPTION_TYPES = "multiple exception types must be parenthesized";
    static final String EXCEPTION_TYPES_EXPECTED = "expected one or more exception types";

    // ---------------------------------------------------------------- targets
    static final String CANNOT_ASSIGN_TO = "cannot assign to %s";
    static final String CANNOT_DELETE = "cannot delete %s";
    static final String ASSIGN_HERE = "cannot assign to %s here. Maybe you meant '==' instead of '='?";
    static final String MAYBE_EQUALITY = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    static final String NAMED_EXPRESSION_WITH = "cannot use assignment expressions with %s";
    static final String SINGLE_TARGET_ANNOTATED = "only single target (not %s) can be annotated";
    static final String ILLEGAL_ANNOTATION_TARGET = "illegal target for annotation";
    static final String ASSIGN_TO_YIELD = "assignment to yield expression not possible";
    static final String ILLEGAL_AUGASSIGN = "'%s' is an illegal expression for augmented assignment";

    // ---------------------------------------------------------------- expressions
    static final String FORGOT_COMMA = "invalid syntax. Perhaps you forgot a comma?";
    static final String EXPECTED_ELSE = "expected 'else' after 'if' expression";
    static final String MISSING_PARENTHESES = "Missing parentheses in call to '%s'. Did you mean %s(...)?";
    static final String NOT_AFTER_OPERATOR = "'not' after an operator must be parenthesized";
    static final String STARRED_HERE = "cannot use starred expression here";
    static final String DOUBLE_STARRED_HERE = "cannot use double starred expression here";
    static final String UNPACKING_IN_COMPREHENSION = "iterable unpacking cannot be used in comprehension";
    static final String DICT_UNPACKING_IN_COMPREHENSION = "dict unpacking cannot be used in dict comprehension";
    static final String COMPREHENSION_PARENTHESES = "did you forget parentheses around the comprehension target?";
    static final String IN_EXPECTED = "'in' expected after for-loop variables";
    static final String COLON_AFTER_KEY = "':' expected after dictionary key";
    static final String STARRED_DICT_VALUE = "cannot use a starred expression in a dictionary value";
    static final String EXPRESSION_AFTER_KEY = "expression expected after dictionary key and ':'";

    // ---------------------------------------------------------------- calls
    static final String ITERABLE_AFTER_KWARG_UNPACKING = "iterable argument unpacking follows keyword argument unpacking";
    static final String GENEXP_PARENTHESIZED = "Generator expression must be parenthesized";
    static final String EXPECTED_ARGUMENT_VALUE = "expected argument value expression";
    static final String POSITIONAL_AFTER_KWARG = "positional argument follows keyword argument";
    static final String POSITIONAL_AFTER_KWARG_UNPACKING = "positional argument follows keyword argument unpacking";
    static final String EXPRESSION_WITH_ASSIGNMENT = "expression cannot contain assignment, perhaps you meant \"==\"?";
    static final String ASSIGN_TO_KWARG_UNPACKING = "cannot assign to keyword argument unpacking";
    static final String ASSIGN_TO_ITERABLE_UNPACKING = "cannot assign to iterable argument unpacking";
    static final String INVALID_STAR_EXPRESSION = "Invalid star expression";

    // ---------------------------------------------------------------- parameters
    static final String ARGUMENT_BEFORE_SLASH = "at least one argument must precede /";
    static final String SLASH_ONCE = "/ may appear only once";
    static final String NON_DEFAULT_AFTER_DEFAULT = "parameter without a default follows parameter with a default";
    static final String PARENTHESIZED_PARAMETERS = "Function parameters cannot be parenthesized";
    static final String PARENTHESIZED_LAMBDA_PARAMETERS = "Lambda expression parameters cannot be parenthesized";
    static final String SLASH_BEFORE_STAR = "/ must be ahead of *";
    static final String COMMA_BETWEEN_SLASH_AND_STAR = "expected comma between / and *";
    static final String BARE_STAR_TYPE_COMMENT = "bare * has associated type comment";
    static final String DOUBLE_TYPE_COMMENTS = "Cannot have two type comments on def";
    static final String EXPECTED_DEFAULT = "expected default value expression";
    static final String NAMED_AFTER_BARE_STAR = "named arguments must follow bare *";
    static final String VAR_POSITIONAL_DEFAULT = "var-positional argument cannot have default value";
    static final String STAR_ONCE = "* argument may appear only once";
    static final String VAR_KEYWORD_DEFAULT = "var-keyword argument cannot have default value";
    static final String ARGUMENTS_AFTER_VAR_KEYWORD = "arguments cannot follow var-keyword argument";

    // ---------------------------------------------------------------- imports, definitions, patterns
    static final String FROM_IMPORT_INSTEAD = "Did you mean to use 'from ... import ...' instead?";
    static final String NAMES_AFTER_IMPORT = "Expected one or more names after 'import'";
    static final String TRAILING_COMMA_IMPORT = "trailing comma not allowed without surrounding parentheses";
    static final String EMPTY_TYPE_PARAMS = "Type parameter list cannot be empty";
    static final String TYPE_PARAM_CONSTRAINTS = "cannot use constraints with %s";
    static final String TYPE_PARAM_BOUND = "cannot use bound with %s";
    static final String UNDERSCORE_TARGET = "cannot use '_' as a target";
    static final String INVALID_PATTERN_TARGET = "invalid pattern target";
    static final String POSITIONAL_AFTER_KEYWORD_PATTERNS = "positional patterns follow keyword patterns";
    static final String REAL_NUMBER_REQUIRED = "real number required in complex literal";
    static final String IMAGINARY_NUMBER_REQUIRED = "imaginary number required in complex literal";

    // ---------------------------------------------------------------- literals (Objects/longobject.c, unicodeobject.c, bytesobject.c)
    static final String INT_MAX_STR_DIGITS = "Exceeds the limit (%d digits) for integer string conversion: value has %d digits;"
            + " use sys.set_int_max_str_digits() to increase the limit";
    static final String HUGE_INT_LITERAL = "%s - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
    static final String UNICODE_ESCAPE_ERROR = "'unicodeescape' codec can't decode %s: %s";
    static final String ESCAPE_AT_END = "\\ at end of string";
    static final String TRUNCATED_X = "truncated \\xXX escape";
    static final String TRUNCATED_U = "truncated \\uXXXX escape";
    static final String TRUNCATED_BIG_U = "truncated \\UXXXXXXXX escape";
    static final String ILLEGAL_UNICODE_CHARACTER = "illegal Unicode character";
    static final String MALFORMED_N_ESCAPE = "malformed \\N character escape";
    static final String UNKNOWN_CHARACTER_NAME = "unknown Unicode character name";
    static final String TRAILING_BACKSLASH = "Trailing \\ in string";
    static final String INVALID_X_ESCAPE = "invalid \\x escape at position %d";

    // ---------------------------------------------------------------- literals and f-strings
    static final String BYTES_ONLY_ASCII = "bytes can only contain ASCII literal characters";
    static final String MIX_BYTES_AND_NONBYTES = "cannot mix bytes and nonbytes literals";
    static final String FSTRING_CONVERSION_NOT_ADJACENT = "f-string: conversion type must come right after the exclamanation mark";
    static final String FSTRING_INVALID_CONVERSION = "f-string: invalid conversion character %s: expected 's', 'r', or 'a'";
    static final String FSTRING_LAMBDA = "f-string: lambda expressions are not allowed without parentheses";
    static final String FSTRING_EXPRESSION_BEFORE = "f-string: valid expression required before '%s'";
    static final String FSTRING_EXPECTING_EXPRESSION = "f-string: expecting a valid expression after '{'";
    static final String FSTRING_EXPECTING_EQUAL_BANG_COLON_BRACE = "f-string: expecting '=', or '!', or ':', or '}'";
    static final String FSTRING_EXPECTING_BANG_COLON_BRACE = "f-string: expecting '!', or ':', or '}'";
    static final String FSTRING_EXPECTING_COLON_BRACE = "f-string: expecting ':' or '}'";
    static final String FSTRING_EXPECTING_BRACE_OR_SPECS = "f-string: expecting '}', or format specs";
    static final String FSTRING_EXPECTING_BRACE = "f-string: expecting '}'";
    static final String FSTRING_MISSING_CONVERSION = "f-string: missing conversion character";
    static final String FSTRING_INVALID_CONVERSION_CHARACTER = "f-string: invalid conversion character";
}
