package pyvm.vm.reference;

import java.util.Arrays;
import pyvm.cfg.Intrinsic1;
import pyvm.cfg.NbOp;
import pyvm.cfg.Opcode;
import pyvm.vm.Observer;

/**
 * The interpreter loop: {@code _PyEval_EvalFrameDefault} of Python/ceval.c, running the 3.13
 * bytecode as Python/bytecodes.c defines each instruction. One call of {@link #run} runs one frame;
 * a Python function called from it runs in a nested call, so Java's stack follows Python's.
 *
 * <h2>Shape of the loop</h2>
 * Each turn reads the instruction at {@code pc} (in code units), moves {@code pc} past it and its
 * inline cache entries, then executes it; jumps are relative to that next position, as in CPython.
 * The value stack is an array with the depth in {@code sp}.
 *
 * <h2>Exceptions</h2>
 * A raised exception is a Java {@link PyException}. The loop catches it, adds this frame to its
 * traceback (unless it is a re-raise), and looks the failing instruction up in the exception table:
 * a handler gets the stack cut to its depth, the exception pushed, and control; with no handler the
 * exception leaves the frame for the caller's loop, as CPython's {@code exception_unwind} does.
 */
final class Eval {

    private Eval() {}

    /** The enums' values, read once: {@code values()} copies its array at every call. */
    private static final NbOp[] NB_OPS = NbOp.values();
    private static final CompareOp[] COMPARE_OPS = CompareOp.values();
    private static final Intrinsic1[] INTRINSICS = Intrinsic1.values();

    /** Runs a frame to its end: {@return what it returns}; a PyException if it raises. */
    static PyObject run(ThreadState ts, PyFrame f) {
        return resume(ts, f, null);
    }

    /**
     * Runs a frame from where it stands ({@link PyFrame#pc}) until it returns, raises, or yields
     * (then {@link PyFrame#state} says SUSPENDED). With {@code pending} not null, the frame resumes
     * by raising it, as a generator's {@code throw()} does ({@code throwflag} of
     * {@code _PyEval_EvalFrameDefault}).
     */
    static PyObject resume(ThreadState ts, PyFrame f, PyException pending) {
        ts.enterPythonFrame();
        PyFrame caller = ts.frame;
        f.back = caller;
        ts.frame = f;
        try {
            f.state = PyFrame.State.EXECUTING;
            PyObject result = loop(ts, f, pending);
            if (f.state == PyFrame.State.EXECUTING) f.state = PyFrame.State.COMPLETED;
            return result;
        } catch (StackOverflowError e) {
            f.state = PyFrame.State.COMPLETED;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        } catch (PyException | Error e) {
            f.state = PyFrame.State.COMPLETED;
            throw e;
        } finally {
            ts.frame = caller;
            ts.leavePythonFrame();
        }
    }

    private static PyObject loop(ThreadState ts, PyFrame f, PyException pending) {
        final PyCode code = f.code;
        final Opcode[] opcodes = code.opcodes;
        final int[] opargs = code.opargs;
        final PyObject[] stack = f.stack;
        final PyObject[] fast = f.localsplus;
        final Observer observer = ts.observer;
        int sp = f.stackDepth;
        int pc = f.pc;
        if (observer != null && pc == 0) observer.pyStart(f);
        if (pending != null) {
            f.lasti = pc * 2;
            pc = ExceptionUnwind.unwind(f, (pc - 1) * 2, pending, observer);
            sp = f.stackDepth;
        }
        while (true) {
            final int here = pc;
            final Opcode op = opcodes[here];
            final int oparg = opargs[here];
            f.lasti = here * 2;
            try {
                if (op == null) throw unknownOpcode(f, here);
                pc = here + 1 + op.cacheEntries();
                if (observer != null) {
                    f.stackDepth = sp;
                    observer.instruction(f, here * 2, op, oparg);
                }
                switch (op) {
                    case NOP, RESUME, EXTENDED_ARG -> { }
                    case POP_TOP, END_FOR -> stack[--sp] = null;
                    case PUSH_NULL -> stack[sp++] = null;
                    case END_SEND -> {
                        stack[sp - 2] = stack[sp - 1];
                        stack[--sp] = null;
                    }
                    case COPY -> {
                        stack[sp] = stack[sp - oparg];
                        sp++;
                    }
                    case SWAP -> {
                        PyObject top = stack[sp - 1];
                        stack[sp - 1] = stack[sp - oparg];
                        stack[sp - oparg] = top;
                    }

                    case LOAD_CONST -> stack[sp++] = code.consts[oparg];
                    case RETURN_CONST, RETURN_VALUE -> {
                        PyObject value = op == Opcode.RETURN_CONST ? code.consts[oparg] : stack[--sp];
                        if (observer != null) observer.pyReturn(f, value);
                        f.stackDepth = 0;
                        return value;
                    }
                    case LOAD_FAST -> stack[sp++] = fast[oparg];
                    case LOAD_FAST_CHECK -> stack[sp++] = Names.checkedLocal(f, oparg);
                    case LOAD_FAST_AND_CLEAR -> {
                        stack[sp++] = fast[oparg];
                        fast[oparg] = null;
                    }
                    case LOAD_FAST_LOAD_FAST -> {
                        stack[sp++] = fast[oparg >> 4];
                        stack[sp++] = fast[oparg & 15];
                    }
                    case STORE_FAST -> fast[oparg] = stack[--sp];
                    case STORE_FAST_LOAD_FAST -> {
                        fast[oparg >> 4] = stack[sp - 1];
                        stack[sp - 1] = fast[oparg & 15];
                    }
                    case STORE_FAST_STORE_FAST -> {
                        fast[oparg >> 4] = stack[--sp];
                        fast[oparg & 15] = stack[--sp];
                    }
                    case DELETE_FAST -> {
                        Names.checkedLocal(f, oparg);
                        fast[oparg] = null;
                    }
                    case MAKE_CELL -> fast[oparg] = new PyCell(fast[oparg]);
                    case COPY_FREE_VARS -> {
                        PyTuple closure = f.function.closure;
                        for (int i = 0; i < oparg; i++) fast[fast.length - oparg + i] = closure.get(i);
                    }
                    case LOAD_DEREF -> stack[sp++] = Names.derefValue(f, oparg);
                    case STORE_DEREF -> ((PyCell) fast[oparg]).contents = stack[--sp];
                    case DELETE_DEREF -> {
                        Names.derefValue(f, oparg);
                        ((PyCell) fast[oparg]).contents = null;
                    }
                    case LOAD_FROM_DICT_OR_DEREF -> stack[sp - 1] = Names.fromDictOrDeref(f, stack[sp - 1], oparg);
                    case LOAD_NAME -> stack[sp++] = Names.loadName(f, code.names[oparg]);
                    case STORE_NAME -> Names.locals(f, code.names[oparg]).put(code.names[oparg], stack[--sp]);
                    case DELETE_NAME -> {
                        if (Names.locals(f, code.names[oparg]).remove(code.names[oparg]) == null)
                            throw Names.nameError(code.names[oparg]);
                    }
                    case LOAD_GLOBAL -> {
                        stack[sp++] = Names.loadGlobal(f, code.names[oparg >> 1]);
                        if ((oparg & 1) != 0) stack[sp++] = null;
                    }
                    case LOAD_FROM_DICT_OR_GLOBALS ->
                            stack[sp - 1] = Names.fromDictOrGlobals(f, stack[sp - 1], code.names[oparg]);
                    case STORE_GLOBAL -> f.globals.put(code.names[oparg], stack[--sp]);
                    case DELETE_GLOBAL -> {
                        if (f.globals.remove(code.names[oparg]) == null) throw Names.nameError(code.names[oparg]);
                    }
                    case LOAD_LOCALS -> {
                        if (f.locals == null) throw PyErr.format(PyExc.SystemError, "no locals found");
                        stack[sp++] = f.locals;
                    }

                    case LOAD_ATTR -> {
                        String name = code.names[oparg >> 1].value;
                        if ((oparg & 1) != 0) {
                            PyObject owner = stack[sp - 1];
                            PyObject method = Attributes.unboundMethod(owner, name);
                            if (method != null) {
                                stack[sp - 1] = method;
                                stack[sp++] = owner;
                            } else {
                                stack[sp - 1] = Py.getAttr(owner, name);
                                stack[sp++] = null;
                            }
                        } else {
                            stack[sp - 1] = Py.getAttr(stack[sp - 1], name);
                        }
                    }
                    case STORE_ATTR -> {
                        Py.setAttr(stack[sp - 1], code.names[oparg].value, stack[sp - 2]);
                        stack[--sp] = null;
                        stack[--sp] = null;
                    }
                    case DELETE_ATTR -> Py.setAttr(stack[--sp], code.names[oparg].value, null);
                    case BINARY_SUBSCR -> {
                        stack[sp - 2] = Py.getItem(stack[sp - 2], stack[sp - 1]);
                        stack[--sp] = null;
                    }
                    case STORE_SUBSCR -> {
                        Py.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
                        sp -= 3;
                    }
                    case DELETE_SUBSCR -> {
                        Py.setItem(stack[sp - 2], stack[sp - 1], null);
                        sp -= 2;
                    }
                    case BINARY_SLICE -> {
                        PySlice slice = new PySlice(stack[sp - 2], stack[sp - 1], PyNone.NONE);
                        sp -= 2;
                        stack[sp - 1] = Py.getItem(stack[sp - 1], slice);
                    }
                    case STORE_SLICE -> {
                        Py.setItem(stack[sp - 3], new PySlice(stack[sp - 2], stack[sp - 1], PyNone.NONE), stack[sp - 4]);
                        sp -= 4;
                    }
                    case BUILD_SLICE -> {
                        PyObject step = oparg == 3 ? stack[--sp] : PyNone.NONE;
                        stack[sp - 2] = new PySlice(stack[sp - 2], stack[sp - 1], step);
                        sp--;
                    }

                    case BINARY_OP -> {
                        stack[sp - 2] = Number.binaryOp(stack[sp - 2], stack[sp - 1], NB_OPS[oparg]);
                        stack[--sp] = null;
                    }
                    case UNARY_NEGATIVE -> stack[sp - 1] = Number.negative(stack[sp - 1]);
                    case UNARY_INVERT -> stack[sp - 1] = Number.invert(stack[sp - 1]);
                    case UNARY_NOT -> stack[sp - 1] = PyBool.of(!Py.isTrue(stack[sp - 1]));
                    case TO_BOOL -> stack[sp - 1] = PyBool.of(Py.isTrue(stack[sp - 1]));
                    case COMPARE_OP -> {
                        PyObject r = Py.richCompare(stack[sp - 2], stack[sp - 1], COMPARE_OPS[oparg >> 5]);
                        stack[sp - 2] = (oparg & 16) != 0 ? PyBool.of(Py.isTrue(r)) : r;
                        stack[--sp] = null;
                    }
                    case IS_OP -> {
                        stack[sp - 2] = PyBool.of((stack[sp - 2] == stack[sp - 1]) != (oparg == 1));
                        stack[--sp] = null;
                    }
                    case CONTAINS_OP -> {
                        stack[sp - 2] = PyBool.of(Py.contains(stack[sp - 1], stack[sp - 2]) != (oparg == 1));
                        stack[--sp] = null;
                    }

                    case POP_JUMP_IF_FALSE -> {
                        if (!Py.isTrue(stack[--sp])) pc += oparg;
                    }
                    case POP_JUMP_IF_TRUE -> {
                        if (Py.isTrue(stack[--sp])) pc += oparg;
                    }
                    case POP_JUMP_IF_NONE -> {
                        if (stack[--sp] == PyNone.NONE) pc += oparg;
                    }
                    case POP_JUMP_IF_NOT_NONE -> {
                        if (stack[--sp] != PyNone.NONE) pc += oparg;
                    }
                    case JUMP_FORWARD -> pc += oparg;
                    case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> pc -= oparg;
                    case GET_ITER -> stack[sp - 1] = Py.getIter(stack[sp - 1]);
                    case FOR_ITER -> {
                        PyObject next = Py.next(stack[sp - 1]);
                        if (next != null) {
                            stack[sp++] = next;
                        } else {
                            stack[--sp] = null;
                            pc += oparg + 2;
                        }
                    }

                    case BUILD_TUPLE -> sp = Builds.tuple(stack, sp, oparg);
                    case BUILD_LIST -> sp = Builds.list(stack, sp, oparg);
                    case BUILD_SET -> sp = Builds.set(stack, sp, oparg);
                    case BUILD_MAP -> sp = Builds.map(stack, sp, oparg);
                    case BUILD_CONST_KEY_MAP -> sp = Builds.constKeyMap(stack, sp, oparg);
                    case BUILD_STRING -> sp = Builds.string(stack, sp, oparg);
                    case LIST_APPEND -> ((PyList) stack[sp - 1 - oparg]).items.add(stack[--sp]);
                    case SET_ADD -> ((PySet) stack[sp - 1 - oparg]).add(stack[--sp]);
                    case MAP_ADD -> {
                        ((PyDict) stack[sp - 2 - oparg]).put(stack[sp - 2], stack[sp - 1]);
                        sp -= 2;
                    }
                    case LIST_EXTEND -> Builds.listExtend((PyList) stack[sp - 1 - oparg], stack[--sp]);
                    case SET_UPDATE -> ((PySet) stack[sp - 1 - oparg]).update(stack[--sp]);
                    case DICT_UPDATE -> Builds.dictUpdate((PyDict) stack[sp - 1 - oparg], stack[--sp]);
                    case DICT_MERGE -> Builds.dictMerge(stack[sp - 4 - oparg], (PyDict) stack[sp - 1 - oparg], stack[--sp]);
                    case UNPACK_SEQUENCE -> sp = Builds.unpackSequence(stack, sp, oparg);
                    case UNPACK_EX -> sp = Builds.unpackEx(stack, sp, oparg);
                    case FORMAT_SIMPLE -> stack[sp - 1] = Py.format(stack[sp - 1], PyStr.EMPTY);
                    case FORMAT_WITH_SPEC -> {
                        stack[sp - 2] = Py.format(stack[sp - 2], stack[sp - 1]);
                        stack[--sp] = null;
                    }
                    case CONVERT_VALUE -> stack[sp - 1] = Builds.convert(stack[sp - 1], oparg);

                    case CALL, CALL_KW -> {
                        int top = op == Opcode.CALL_KW ? sp - 1 : sp;
                        String[] kwnames = op == Opcode.CALL_KW ? Builds.keywordNames((PyTuple) stack[top]) : Args.NO_KWNAMES;
                        int first = top - oparg;
                        PyObject self = stack[first - 1];
                        PyObject callable = stack[first - 2];
                        PyObject[] args = Arrays.copyOfRange(stack, self == null ? first : first - 1, top);
                        f.stackDepth = sp;
                        PyObject result = call(ts, f, callable, args, kwnames);
                        Arrays.fill(stack, first - 2, sp, null);
                        sp = first - 2;
                        stack[sp++] = result;
                    }
                    case CALL_FUNCTION_EX -> {
                        int base = sp - ((oparg & 1) != 0 ? 4 : 3);
                        PyObject kwargs = (oparg & 1) != 0 ? stack[sp - 1] : null;
                        f.stackDepth = sp;
                        PyObject result = Builds.callEx(ts, f, stack[base], stack[base + 2], kwargs);
                        Arrays.fill(stack, base, sp, null);
                        sp = base;
                        stack[sp++] = result;
                    }
                    case MAKE_FUNCTION -> stack[sp - 1] = new PyFunction((PyCode) stack[sp - 1], f.globals);
                    case SET_FUNCTION_ATTRIBUTE -> {
                        Builds.setFunctionAttribute((PyFunction) stack[sp - 1], stack[sp - 2], oparg);
                        stack[sp - 2] = stack[sp - 1];
                        stack[--sp] = null;
                    }
                    case CALL_INTRINSIC_1 -> stack[sp - 1] = Intrinsics.call1(f, INTRINSICS[oparg], stack[sp - 1]);

                    case RETURN_GENERATOR -> {
                        f.pc = pc;
                        f.stackDepth = sp;
                        f.state = PyFrame.State.CREATED;
                        return new PyGenerator(f);
                    }
                    case YIELD_VALUE -> {
                        PyObject value = stack[--sp];
                        stack[sp] = null;
                        f.pc = pc;
                        f.stackDepth = sp;
                        f.state = oparg == 1 ? PyFrame.State.SUSPENDED_YIELD_FROM : PyFrame.State.SUSPENDED;
                        if (observer != null) observer.pyReturn(f, value);
                        return value;
                    }
                    case GET_YIELD_FROM_ITER -> {
                        if (!(stack[sp - 1] instanceof PyGenerator)) stack[sp - 1] = Py.getIter(stack[sp - 1]);
                    }
                    case SEND -> {
                        PyObject[] sent = PyGenerator.send(stack[sp - 2], stack[sp - 1]);
                        stack[sp - 1] = sent[0];
                        if (sent[1] != null) pc += oparg;
                    }
                    case CLEANUP_THROW -> {
                        PyBaseException exc = (PyBaseException) stack[sp - 1];
                        if (!exc.type().isSubtype(PyExc.StopIteration)) throw PyException.reraise(exc);
                        stack[sp - 3] = PyNone.NONE;
                        stack[sp - 2] = exc.members.getOrDefault("value", PyNone.NONE);
                        stack[--sp] = null;
                    }

                    case RAISE_VARARGS -> {
                        PyObject cause = oparg == 2 ? stack[--sp] : null;
                        PyObject exc = oparg >= 1 ? stack[--sp] : null;
                        throw Raising.raise(ts, exc, cause);
                    }
                    case RERAISE -> {
                        PyBaseException exc = (PyBaseException) stack[--sp];
                        if (oparg != 0) f.lasti = ((PyInt) stack[sp - oparg]).value().intValue() * 2;
                        throw PyException.reraise(exc);
                    }
                    case PUSH_EXC_INFO -> {
                        PyBaseException previous = ts.excInfoValue();
                        stack[sp] = stack[sp - 1];
                        stack[sp - 1] = previous == null ? PyNone.NONE : previous;
                        sp++;
                        ts.setExcInfoValue((PyBaseException) stack[sp - 1]);
                    }
                    case POP_EXCEPT -> {
                        PyObject previous = stack[--sp];
                        ts.setExcInfoValue(previous == PyNone.NONE ? null : (PyBaseException) previous);
                    }
                    case CHECK_EXC_MATCH -> stack[sp - 1] = PyBool.of(Raising.matches(stack[sp - 2], stack[sp - 1]));
                    case LOAD_ASSERTION_ERROR -> stack[sp++] = PyExc.AssertionError;
                    case BEFORE_WITH -> {
                        PyObject[] entered = With.beforeWith(stack[sp - 1]);
                        stack[sp - 1] = entered[0];
                        stack[sp++] = entered[1];
                    }
                    case WITH_EXCEPT_START -> {
                        stack[sp] = With.withExceptStart(stack[sp - 4], stack[sp - 1]);
                        sp++;
                    }
                    case SETUP_ANNOTATIONS -> {
                        PyDict locals = Names.locals(f, PyStr.of("__annotations__"));
                        if (locals.get(PyStr.of("__annotations__")) == null) locals.put(PyStr.of("__annotations__"), new PyDict());
                    }
                    case GET_LEN -> {
                        stack[sp] = PyInt.of(Py.length(stack[sp - 1]));
                        sp++;
                    }
                    case MATCH_MAPPING -> {
                        stack[sp] = PyBool.of(Patterns.isMapping(stack[sp - 1]));
                        sp++;
                    }
                    case MATCH_SEQUENCE -> {
                        stack[sp] = PyBool.of(Patterns.isSequence(stack[sp - 1]));
                        sp++;
                    }
                    case MATCH_KEYS -> {
                        stack[sp] = Patterns.matchKeys(stack[sp - 2], stack[sp - 1]);
                        sp++;
                    }
                    case MATCH_CLASS -> {
                        PyObject attrs = Patterns.matchClass(stack[sp - 3], stack[sp - 2], oparg, stack[sp - 1]);
                        sp -= 2;
                        stack[sp + 1] = null;
                        stack[sp] = null;
                        stack[sp - 1] = attrs;
                    }
                    case LOAD_BUILD_CLASS -> {
                        PyObject bc = f.builtins.get(PyStr.of("__build_class__"));
                        if (bc == null) throw PyErr.format(PyExc.NameError, "__build_class__ not found");
                        stack[sp++] = bc;
                    }
                    case LOAD_SUPER_ATTR -> {
                        PyObject[] superArgs = (oparg & 2) != 0 ? new PyObject[] {stack[sp - 2], stack[sp - 1]} : Args.NONE;
                        PyObject zuper = Py.call(stack[sp - 3], superArgs, Args.NO_KWNAMES);
                        sp -= 3;
                        stack[sp + 1] = null;
                        stack[sp + 2] = null;
                        stack[sp++] = Py.getAttr(zuper, code.names[oparg >> 2].value);
                        if ((oparg & 1) != 0) stack[sp++] = null;
                    }
                    case IMPORT_NAME -> {
                        stack[sp - 2] = Imports.importName(ts, f, code.names[oparg], stack[sp - 1], stack[sp - 2]);
                        stack[--sp] = null;
                    }
                    case IMPORT_FROM -> {
                        stack[sp] = Imports.importFrom(ts, stack[sp - 1], code.names[oparg]);
                        sp++;
                    }

                    default -> throw unknownOpcode(f, here);
                }
            } catch (PyException e) {
                f.stackDepth = sp;
                pc = ExceptionUnwind.unwind(f, here * 2, e, observer);
                sp = f.stackDepth;
            } catch (OutOfMemoryError e) {
                f.stackDepth = sp;
                pc = ExceptionUnwind.unwind(f, here * 2, PyErr.noMemory(), observer);
                sp = f.stackDepth;
            } catch (RuntimeException e) {
                f.stackDepth = sp;
                pc = ExceptionUnwind.unwind(f, here * 2, internalError(e), observer);
                sp = f.stackDepth;
            }
        }
    }

    /**
     * Calls {@code callable} from the frame: a Python function runs in a nested loop directly
     * (CPython's inlined call), anything else through its tp_call.
     */
    private static PyObject call(ThreadState ts, PyFrame f, PyObject callable, PyObject[] args, String[] kwnames) {
        if (ts.observer != null) ts.observer.call(f, callable, Arrays.asList(args));
        if (callable instanceof PyFunction function) return run(ts, Calls.frameFor(ts, function, args, kwnames));
        return Py.call(callable, args, kwnames);
    }

    /**
     * A Java exception out of an instruction is a bug in pyvm, not in the program: it becomes a
     * SystemError, CPython's exception for internal errors, raised where it happened and naming the
     * Java code that failed.
     */
    private static PyException internalError(RuntimeException e) {
        StackTraceElement[] where = e.getStackTrace();
        return PyErr.format(PyExc.SystemError, "pyvm internal error: %s%s", e,
                where.length > 0 ? " at " + where[0] : "");
    }

    /** {@code _unknown_opcode}: what CPython raises for an opcode it has no case for. */
    private static PyException unknownOpcode(PyFrame f, int unit) {
        return PyErr.format(PyExc.SystemError, "%s:%d: unknown opcode %d",
                f.code.code.coFilename(), f.lineno(), f.code.code.coCode()[unit * 2] & 0xff);
    }
}
