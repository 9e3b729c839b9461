package pyvm.vm.reference;

/**
 * The signatures of a type's slots: the C typedefs of Include/cpython/object.h ({@code unaryfunc},
 * {@code binaryfunc}, {@code richcmpfunc}, ...) as Java functional interfaces. A slot that raises
 * throws {@link PyException}, where C returns NULL with the error indicator set.
 */
final class Slots {

    private Slots() {}

    /** {@code unaryfunc}: tp_repr, tp_str, tp_iter, nb_negative, nb_index, ... */
    @FunctionalInterface interface UnaryFunc { PyObject apply(PyObject v); }

    /** {@code binaryfunc}: the nb_* operators (which may answer NotImplemented), mp_subscript, sq_concat. */
    @FunctionalInterface interface BinaryFunc { PyObject apply(PyObject v, PyObject w); }

    /** {@code ternaryfunc} as nb_power uses it: {@code z} is None for two-argument pow. */
    @FunctionalInterface interface TernaryFunc { PyObject apply(PyObject v, PyObject w, PyObject z); }

    /** {@code inquiry}: nb_bool. */
    @FunctionalInterface interface Inquiry { boolean test(PyObject v); }

    /** {@code lenfunc}: sq_length and mp_length. */
    @FunctionalInterface interface LenFunc { long length(PyObject v); }

    /** {@code hashfunc}: tp_hash; never -1 for a hashable object, as in CPython. */
    @FunctionalInterface interface HashFunc { long hash(PyObject v); }

    /** {@code richcmpfunc}: tp_richcompare; may answer NotImplemented. */
    @FunctionalInterface interface RichCmpFunc { PyObject compare(PyObject v, PyObject w, CompareOp op); }

    /** {@code getattrofunc}: tp_getattro; raises AttributeError for a missing attribute. */
    @FunctionalInterface interface GetAttroFunc { PyObject getattr(PyObject o, String name); }

    /** {@code setattrofunc}: tp_setattro; a null value deletes the attribute. */
    @FunctionalInterface interface SetAttroFunc { void setattr(PyObject o, String name, PyObject value); }

    /** {@code descrgetfunc}: tp_descr_get; {@code obj} is null when looked up on the type itself. */
    @FunctionalInterface interface DescrGetFunc { PyObject get(PyObject descr, PyObject obj, PyType type); }

    /** {@code descrsetfunc}: tp_descr_set; a null value deletes. */
    @FunctionalInterface interface DescrSetFunc { void set(PyObject descr, PyObject obj, PyObject value); }

    /**
     * {@code vectorcallfunc}, which pyvm uses for tp_call too: the positional arguments, then the
     * values of the keyword arguments named by {@code kwnames}, in one array.
     */
    @FunctionalInterface interface CallFunc { PyObject call(PyObject callable, PyObject[] args, String[] kwnames); }

    /** {@code newfunc}: tp_new, with the arguments laid out as for {@link CallFunc}. */
    @FunctionalInterface interface NewFunc { PyObject make(PyType type, PyObject[] args, String[] kwnames); }

    /** {@code initproc}: tp_init, with the arguments laid out as for {@link CallFunc}. */
    @FunctionalInterface interface InitProc { void init(PyObject self, PyObject[] args, String[] kwnames); }

    /** {@code iternextfunc}: tp_iternext; null when the iterator is exhausted, as C's NULL without an error. */
    @FunctionalInterface interface IterNextFunc { PyObject next(PyObject iterator); }

    /** {@code objobjproc}: sq_contains. */
    @FunctionalInterface interface ObjObjProc { boolean contains(PyObject container, PyObject value); }

    /** {@code objobjargproc}: mp_ass_subscript; a null value deletes. */
    @FunctionalInterface interface ObjObjArgProc { void assign(PyObject container, PyObject key, PyObject value); }

    /** {@code ssizeargfunc}: sq_repeat. */
    @FunctionalInterface interface SsizeArgFunc { PyObject apply(PyObject sequence, long count); }
}
