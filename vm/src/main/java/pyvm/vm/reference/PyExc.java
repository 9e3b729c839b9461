package pyvm.vm.reference;

import java.util.List;

/**
 * The builtin exception types, named as CPython's C code names them ({@code PyExc_TypeError} is
 * {@code PyExc.TypeError}), in the hierarchy of Objects/exceptions.c and the order of the
 * exception-hierarchy listing in the library reference. The exception groups, which need multiple
 * inheritance, are not here yet; OSError's subtypes do not yet map errno values.
 */
final class PyExc {

    private PyExc() {}

    static final PyType BaseException = PyType.builtin("BaseException", PyType.OBJECT, ExceptionType::fillBaseSlots, TypeFlag.BASETYPE);
    static final PyType Exception = PyType.builtin("Exception", BaseException, t -> {}, TypeFlag.BASETYPE);
    static final PyType ArithmeticError = PyType.builtin("ArithmeticError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType FloatingPointError = PyType.builtin("FloatingPointError", ArithmeticError, t -> {}, TypeFlag.BASETYPE);
    static final PyType OverflowError = PyType.builtin("OverflowError", ArithmeticError, t -> {}, TypeFlag.BASETYPE);
    static final PyType ZeroDivisionError = PyType.builtin("ZeroDivisionError", ArithmeticError, t -> {}, TypeFlag.BASETYPE);
    static final PyType AssertionError = PyType.builtin("AssertionError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType AttributeError = PyType.builtin("AttributeError", Exception, t -> ExceptionType.fillKeywordMembers(t, "name", "obj"), TypeFlag.BASETYPE);
    static final PyType BufferError = PyType.builtin("BufferError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType EOFError = PyType.builtin("EOFError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType ImportError = PyType.builtin("ImportError", Exception, t -> ExceptionType.fillKeywordMembers(t, "name", "path"), TypeFlag.BASETYPE);
    static final PyType ModuleNotFoundError = PyType.builtin("ModuleNotFoundError", ImportError, t -> {}, TypeFlag.BASETYPE);
    static final PyType LookupError = PyType.builtin("LookupError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType IndexError = PyType.builtin("IndexError", LookupError, t -> {}, TypeFlag.BASETYPE);
    static final PyType KeyError = PyType.builtin("KeyError", LookupError, ExceptionType::fillKeyErrorSlots, TypeFlag.BASETYPE);
    static final PyType MemoryError = PyType.builtin("MemoryError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType NameError = PyType.builtin("NameError", Exception, t -> ExceptionType.fillKeywordMembers(t, "name"), TypeFlag.BASETYPE);
    static final PyType UnboundLocalError = PyType.builtin("UnboundLocalError", NameError, t -> {}, TypeFlag.BASETYPE);
    static final PyType OSError = PyType.builtin("OSError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType BlockingIOError = PyType.builtin("BlockingIOError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType ChildProcessError = PyType.builtin("ChildProcessError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType ConnectionError = PyType.builtin("ConnectionError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType BrokenPipeError = PyType.builtin("BrokenPipeError", ConnectionError, t -> {}, TypeFlag.BASETYPE);
    static final PyType ConnectionAbortedError = PyType.builtin("ConnectionAbortedError", ConnectionError, t -> {}, TypeFlag.BASETYPE);
    static final PyType ConnectionRefusedError = PyType.builtin("ConnectionRefusedError", ConnectionError, t -> {}, TypeFlag.BASETYPE);
    static final PyType ConnectionResetError = PyType.builtin("ConnectionResetError", ConnectionError, t -> {}, TypeFlag.BASETYPE);
    static final PyType FileExistsError = PyType.builtin("FileExistsError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType FileNotFoundError = PyType.builtin("FileNotFoundError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType InterruptedError = PyType.builtin("InterruptedError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType IsADirectoryError = PyType.builtin("IsADirectoryError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType NotADirectoryError = PyType.builtin("NotADirectoryError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType PermissionError = PyType.builtin("PermissionError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType ProcessLookupError = PyType.builtin("ProcessLookupError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType TimeoutError = PyType.builtin("TimeoutError", OSError, t -> {}, TypeFlag.BASETYPE);
    static final PyType ReferenceError = PyType.builtin("ReferenceError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType RuntimeError = PyType.builtin("RuntimeError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType NotImplementedError = PyType.builtin("NotImplementedError", RuntimeError, t -> {}, TypeFlag.BASETYPE);
    static final PyType PythonFinalizationError = PyType.builtin("PythonFinalizationError", RuntimeError, t -> {}, TypeFlag.BASETYPE);
    static final PyType RecursionError = PyType.builtin("RecursionError", RuntimeError, t -> {}, TypeFlag.BASETYPE);
    static final PyType StopAsyncIteration = PyType.builtin("StopAsyncIteration", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType StopIteration = PyType.builtin("StopIteration", Exception, ExceptionType::fillStopIterationSlots, TypeFlag.BASETYPE);
    static final PyType SyntaxError = PyType.builtin("SyntaxError", Exception, SyntaxErrors::fillSlots, TypeFlag.BASETYPE);
    static final PyType IndentationError = PyType.builtin("IndentationError", SyntaxError, t -> {}, TypeFlag.BASETYPE);
    static final PyType TabError = PyType.builtin("TabError", IndentationError, t -> {}, TypeFlag.BASETYPE);
    static final PyType SystemError = PyType.builtin("SystemError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType TypeError = PyType.builtin("TypeError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType ValueError = PyType.builtin("ValueError", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType UnicodeError = PyType.builtin("UnicodeError", ValueError, t -> {}, TypeFlag.BASETYPE);
    static final PyType UnicodeDecodeError = PyType.builtin("UnicodeDecodeError", UnicodeError, t -> ExceptionType.fillUnicodeErrorSlots(t, true), TypeFlag.BASETYPE);
    static final PyType UnicodeEncodeError = PyType.builtin("UnicodeEncodeError", UnicodeError, t -> ExceptionType.fillUnicodeErrorSlots(t, false), TypeFlag.BASETYPE);
    static final PyType UnicodeTranslateError = PyType.builtin("UnicodeTranslateError", UnicodeError, t -> {}, TypeFlag.BASETYPE);
    static final PyType Warning = PyType.builtin("Warning", Exception, t -> {}, TypeFlag.BASETYPE);
    static final PyType BytesWarning = PyType.builtin("BytesWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType DeprecationWarning = PyType.builtin("DeprecationWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType EncodingWarning = PyType.builtin("EncodingWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType FutureWarning = PyType.builtin("FutureWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType ImportWarning = PyType.builtin("ImportWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType PendingDeprecationWarning = PyType.builtin("PendingDeprecationWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType ResourceWarning = PyType.builtin("ResourceWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType RuntimeWarning = PyType.builtin("RuntimeWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType SyntaxWarning = PyType.builtin("SyntaxWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType UnicodeWarning = PyType.builtin("UnicodeWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType UserWarning = PyType.builtin("UserWarning", Warning, t -> {}, TypeFlag.BASETYPE);
    static final PyType GeneratorExit = PyType.builtin("GeneratorExit", BaseException, t -> {}, TypeFlag.BASETYPE);
    static final PyType KeyboardInterrupt = PyType.builtin("KeyboardInterrupt", BaseException, t -> {}, TypeFlag.BASETYPE);
    static final PyType SystemExit = PyType.builtin("SystemExit", BaseException, ExceptionType::fillSystemExitSlots, TypeFlag.BASETYPE);

    /** Every type above, in the order the builtins module holds them (CPython's {@code static_exceptions}). */
    static final List<PyType> ALL = List.of(
            BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit, ArithmeticError,
            AssertionError, AttributeError, BufferError, EOFError, ImportError, LookupError,
            MemoryError, NameError, OSError, ReferenceError, RuntimeError, StopAsyncIteration,
            StopIteration, SyntaxError, SystemError, TypeError, ValueError, Warning,
            FloatingPointError, OverflowError, ZeroDivisionError, BytesWarning, DeprecationWarning, EncodingWarning,
            FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
            UnicodeWarning, UserWarning, BlockingIOError, ChildProcessError, ConnectionError, FileExistsError,
            FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
            TimeoutError, IndentationError, IndexError, KeyError, ModuleNotFoundError, NotImplementedError,
            PythonFinalizationError, RecursionError, UnboundLocalError, UnicodeError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, TabError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError);
}
