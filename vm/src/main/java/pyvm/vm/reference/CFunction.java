package pyvm.vm.reference;

/**
 * A function written in Java that Python calls: a {@code PyCFunctionFastWithKeywords}, CPython's
 * {@code METH_FASTCALL | METH_KEYWORDS} convention. {@code self} is the bound object for a method,
 * the module for a module-level function. The arguments come as a call passes them: positional
 * values, then the values of the keywords named in {@code kwnames}.
 */
@FunctionalInterface
interface CFunction {
    PyObject call(PyObject self, PyObject[] args, String[] kwnames);
}
