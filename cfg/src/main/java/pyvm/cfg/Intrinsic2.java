package pyvm.cfg;

/**
 * The argument of CALL_INTRINSIC_2: a two-argument helper of the interpreter. Mirrors the
 * INTRINSIC_* numbers of Include/internal/pycore_intrinsics.h; the ordinal is the oparg and the
 * name is what dis prints.
 */
public enum Intrinsic2 {
    INTRINSIC_2_INVALID, INTRINSIC_PREP_RERAISE_STAR, INTRINSIC_TYPEVAR_WITH_BOUND,
    INTRINSIC_TYPEVAR_WITH_CONSTRAINTS, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, INTRINSIC_SET_TYPEPARAM_DEFAULT
}
