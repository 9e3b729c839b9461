package pyvm.cfg.reference;

/**
 * What kind of code a unit compiles, which decides how names are stored and what the qualname looks
 * like. Mirrors the COMPILER_SCOPE_* constants of Python/compile.c.
 */
enum ScopeType {
    MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS
}
