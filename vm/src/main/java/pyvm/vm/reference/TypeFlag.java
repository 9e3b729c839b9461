package pyvm.vm.reference;

/** The {@code Py_TPFLAGS_*} bits of Include/object.h that pyvm's types use. */
enum TypeFlag {
    /** The type can be subclassed; bool, NoneType and function cannot. */
    BASETYPE,
    /** The type has no tp_new of its own or inherited: {@code cannot create 'function' instances}. */
    DISALLOW_INSTANTIATION,
    /** A class made by a class statement, as opposed to a static builtin type. */
    HEAPTYPE,
    /** Instances bind like functions, so {@code obj.f(...)} may skip making a bound method. */
    METHOD_DESCRIPTOR
}
