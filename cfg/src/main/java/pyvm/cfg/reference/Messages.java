package pyvm.cfg.reference;

/**
 * The texts of the SyntaxErrors the code generator raises that tests look for, copied from
 * Python/compile.c (3.13) so they can be grepped.
 */
final class Messages {

    private Messages() {}

    static final String RETURN_OUTSIDE_FUNCTION = "'return' outside function";
    static final String BREAK_OUTSIDE_LOOP = "'break' outside loop";
    static final String CONTINUE_NOT_IN_LOOP = "'continue' not properly in loop";
    static final String STARRED_ASSIGNMENT_TARGET = "starred assignment target must be in a list or tuple";
    static final String CANNOT_USE_STARRED = "can't use starred expression here";    static final String ASYNC_COMPREHENSION_OUTSIDE_ASYNC_FUNCTION =
            "asynchronous comprehension outside of an asynchronous function";
}
