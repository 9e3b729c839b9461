package pyvm.cfg;

/**
 * The argument of CALL_INTRINSIC_1: a one-argument helper of the interpreter that has no opcode of
 * its own. Mirrors the INTRINSIC_* numbers of Include/internal/pycore_intrinsics.h; the ordinal is
 * the oparg and the name is what dis prints.
 */
public enum Intrinsic1 {
    INTRINSIC_1_INVALID, INTRINSIC_PRINT, INTRINSIC_IMPORT_STAR, INTRINSIC_STOPITERATION_ERROR,
    INTRINSIC_ASYNC_GEN_WRAP, INTRINSIC_UNARY_POSITIVE, INTRINSIC_LIST_TO_TUPLE, INTRINSIC_TYPEVAR,
    INTRINSIC_PARAMSPEC, INTRINSIC_TYPEVARTUPLE, INTRINSIC_SUBSCRIPT_GENERIC, INTRINSIC_TYPEALIAS
}
