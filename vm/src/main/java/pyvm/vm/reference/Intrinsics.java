package pyvm.vm.reference;

import pyvm.cfg.Intrinsic1;

/**
 * The helpers CALL_INTRINSIC_1 reaches, {@code _PyIntrinsics_UnaryFunctions} of Python/intrinsics.c.
 * Those that belong to features pyvm does not have yet (the interactive print, {@code import *},
 * async generators, type parameters) raise SystemError.
 */
final class Intrinsics {

    private Intrinsics() {}

    /** {@code CALL_INTRINSIC_1}'s helpers, from Python/intrinsics.c. */
    static PyObject call1(PyFrame f, Intrinsic1 which, PyObject value) {
        return switch (which) {
            case INTRINSIC_UNARY_POSITIVE -> Number.positive(value);
            case INTRINSIC_LIST_TO_TUPLE -> PyTuple.of(((PyList) value).toArray());
            case INTRINSIC_STOPITERATION_ERROR -> PyGenerator.stopIterationError(f, (PyBaseException) value);
            case INTRINSIC_1_INVALID, INTRINSIC_PRINT, INTRINSIC_IMPORT_STAR,
                 INTRINSIC_ASYNC_GEN_WRAP, INTRINSIC_TYPEVAR, INTRINSIC_PARAMSPEC, INTRINSIC_TYPEVARTUPLE,
                 INTRINSIC_SUBSCRIPT_GENERIC, INTRINSIC_TYPEALIAS ->
                    throw PyErr.format(PyExc.SystemError, "intrinsic function %s is not supported", which);
        };
    }
}
