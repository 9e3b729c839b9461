package pyvm.cfg;

import java.util.ArrayList;
import java.util.List;

/**
 * The bits of co_flags, as Include/cpython/code.h (3.13) defines them. The code generator sets them
 * (compile.c's compute_code_flags) and the assembler copies them into the code object.
 */
public final class CodeFlags {

    private CodeFlags() {}

    /** Locals live in fast slots, not a dict: functions, lambdas, comprehensions. */
    public static final int CO_OPTIMIZED = 0x0001;
    /** A new locals namespace is made for each call. */
    public static final int CO_NEWLOCALS = 0x0002;
    /** The code takes {@code *args}. */
    public static final int CO_VARARGS = 0x0004;
    /** The code takes {@code **kwargs}. */
    public static final int CO_VARKEYWORDS = 0x0008;
    /** A function defined inside another function. */
    public static final int CO_NESTED = 0x0010;
    /** A generator function. */
    public static final int CO_GENERATOR = 0x0020;
    /** Unused since 3.11 but still named by dis. */
    public static final int CO_NOFREE = 0x0040;
    /** An {@code async def} function. */
    public static final int CO_COROUTINE = 0x0080;
    /** A generator decorated with types.coroutine. */
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    /** An {@code async def} function that yields. */
    public static final int CO_ASYNC_GENERATOR = 0x0200;
    /** {@code from __future__ import annotations}. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    private static final String[] NAMES = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
            "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};

    /**
     * {@return the flags' names as dis's pretty_flags prints them, e.g. {@code OPTIMIZED, NEWLOCALS},
     * with unnamed bits in hex and {@code 0x0} for none}
     */
    public static String pretty(int flags) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int bit = 1 << i;
            if ((flags & bit) == 0) continue;
            names.add(i < NAMES.length ? NAMES[i] : "0x" + Integer.toHexString(bit));
            flags ^= bit;
            if (flags == 0) break;
        }
        return names.isEmpty() ? "0x0" : String.join(", ", names);
    }
}
