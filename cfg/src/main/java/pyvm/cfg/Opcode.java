package pyvm.cfg;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * Every opcode of CPython 3.13 with its number: the real ones (below 256, Lib/_opcode_metadata.py's
 * {@code opmap}), their specialized forms (the {@code _specialized_opmap} the adaptive interpreter
 * rewrites to, which dis shows with {@code adaptive=True}), and the pseudo-instructions (256 and up) that
 * only exist in a control-flow graph until the assembler replaces them.
 * The flags are the {@code has*} lists of Lib/opcode.py and Lib/dis.py.
 */
public enum Opcode {
    CACHE(0, 0, null),
    BEFORE_ASYNC_WITH(1, 0, null),
    BEFORE_WITH(2, 0, null),
    BINARY_OP_INPLACE_ADD_UNICODE(3, 1, "BINARY_OP", Flag.ARG),
    BINARY_SLICE(4, 0, null),
    BINARY_SUBSCR(5, 1, null),
    CHECK_EG_MATCH(6, 0, null),
    CHECK_EXC_MATCH(7, 0, null),
    CLEANUP_THROW(8, 0, null),
    DELETE_SUBSCR(9, 0, null),
    END_ASYNC_FOR(10, 0, null),
    END_FOR(11, 0, null),
    END_SEND(12, 0, null),
    EXIT_INIT_CHECK(13, 0, null),
    FORMAT_SIMPLE(14, 0, null),
    FORMAT_WITH_SPEC(15, 0, null),
    GET_AITER(16, 0, null),
    RESERVED(17, 0, null),
    GET_ANEXT(18, 0, null),
    GET_ITER(19, 0, null),
    GET_LEN(20, 0, null),
    GET_YIELD_FROM_ITER(21, 0, null),
    INTERPRETER_EXIT(22, 0, null),
    LOAD_ASSERTION_ERROR(23, 0, null),
    LOAD_BUILD_CLASS(24, 0, null),
    LOAD_LOCALS(25, 0, null),
    MAKE_FUNCTION(26, 0, null),
    MATCH_KEYS(27, 0, null),
    MATCH_MAPPING(28, 0, null),
    MATCH_SEQUENCE(29, 0, null),
    NOP(30, 0, null),
    POP_EXCEPT(31, 0, null),
    POP_TOP(32, 0, null),
    PUSH_EXC_INFO(33, 0, null),
    PUSH_NULL(34, 0, null),
    RETURN_GENERATOR(35, 0, null),
    RETURN_VALUE(36, 0, null),
    SETUP_ANNOTATIONS(37, 0, null),
    STORE_SLICE(38, 0, null),
    STORE_SUBSCR(39, 1, null),
    TO_BOOL(40, 3, null),
    UNARY_INVERT(41, 0, null),
    UNARY_NEGATIVE(42, 0, null),
    UNARY_NOT(43, 0, null),
    WITH_EXCEPT_START(44, 0, null),
    BINARY_OP(45, 1, null, Flag.ARG),
    BUILD_CONST_KEY_MAP(46, 0, null, Flag.ARG),
    BUILD_LIST(47, 0, null, Flag.ARG),
    BUILD_MAP(48, 0, null, Flag.ARG),
    BUILD_SET(49, 0, null, Flag.ARG),
    BUILD_SLICE(50, 0, null, Flag.ARG),
    BUILD_STRING(51, 0, null, Flag.ARG),
    BUILD_TUPLE(52, 0, null, Flag.ARG),
    CALL(53, 3, null, Flag.ARG),
    CALL_FUNCTION_EX(54, 0, null, Flag.ARG),
    CALL_INTRINSIC_1(55, 0, null, Flag.ARG),
    CALL_INTRINSIC_2(56, 0, null, Flag.ARG),
    CALL_KW(57, 0, null, Flag.ARG),
    COMPARE_OP(58, 1, null, Flag.ARG, Flag.COMPARE),
    CONTAINS_OP(59, 1, null, Flag.ARG),
    CONVERT_VALUE(60, 0, null, Flag.ARG),
    COPY(61, 0, null, Flag.ARG),
    COPY_FREE_VARS(62, 0, null, Flag.ARG),
    DELETE_ATTR(63, 0, null, Flag.ARG, Flag.NAME),
    DELETE_DEREF(64, 0, null, Flag.ARG, Flag.FREE),
    DELETE_FAST(65, 0, null, Flag.ARG, Flag.LOCAL),
    DELETE_GLOBAL(66, 0, null, Flag.ARG, Flag.NAME),
    DELETE_NAME(67, 0, null, Flag.ARG, Flag.NAME),
    DICT_MERGE(68, 0, null, Flag.ARG),
    DICT_UPDATE(69, 0, null, Flag.ARG),
    ENTER_EXECUTOR(70, 0, null, Flag.ARG),
    EXTENDED_ARG(71, 0, null, Flag.ARG),
    FOR_ITER(72, 1, null, Flag.ARG, Flag.JUMP),
    GET_AWAITABLE(73, 0, null, Flag.ARG),
    IMPORT_FROM(74, 0, null, Flag.ARG, Flag.NAME),
    IMPORT_NAME(75, 0, null, Flag.ARG, Flag.NAME),
    IS_OP(76, 0, null, Flag.ARG),
    JUMP_BACKWARD(77, 1, null, Flag.ARG, Flag.JUMP),
    JUMP_BACKWARD_NO_INTERRUPT(78, 0, null, Flag.ARG, Flag.JUMP),
    JUMP_FORWARD(79, 0, null, Flag.ARG, Flag.JUMP),
    LIST_APPEND(80, 0, null, Flag.ARG),
    LIST_EXTEND(81, 0, null, Flag.ARG),
    LOAD_ATTR(82, 9, null, Flag.ARG, Flag.NAME),
    LOAD_CONST(83, 0, null, Flag.ARG, Flag.CONST),
    LOAD_DEREF(84, 0, null, Flag.ARG, Flag.FREE),
    LOAD_FAST(85, 0, null, Flag.ARG, Flag.LOCAL),
    LOAD_FAST_AND_CLEAR(86, 0, null, Flag.ARG, Flag.LOCAL),
    LOAD_FAST_CHECK(87, 0, null, Flag.ARG, Flag.LOCAL),
    LOAD_FAST_LOAD_FAST(88, 0, null, Flag.ARG, Flag.LOCAL),
    LOAD_FROM_DICT_OR_DEREF(89, 0, null, Flag.ARG, Flag.FREE),
    LOAD_FROM_DICT_OR_GLOBALS(90, 0, null, Flag.ARG, Flag.NAME),
    LOAD_GLOBAL(91, 4, null, Flag.ARG, Flag.NAME),
    LOAD_NAME(92, 0, null, Flag.ARG, Flag.NAME),
    LOAD_SUPER_ATTR(93, 1, null, Flag.ARG, Flag.NAME),
    MAKE_CELL(94, 0, null, Flag.ARG, Flag.FREE),
    MAP_ADD(95, 0, null, Flag.ARG),
    MATCH_CLASS(96, 0, null, Flag.ARG),
    POP_JUMP_IF_FALSE(97, 1, null, Flag.ARG, Flag.JUMP),
    POP_JUMP_IF_NONE(98, 1, null, Flag.ARG, Flag.JUMP),
    POP_JUMP_IF_NOT_NONE(99, 1, null, Flag.ARG, Flag.JUMP),
    POP_JUMP_IF_TRUE(100, 1, null, Flag.ARG, Flag.JUMP),
    RAISE_VARARGS(101, 0, null, Flag.ARG),
    RERAISE(102, 0, null, Flag.ARG),
    RETURN_CONST(103, 0, null, Flag.ARG, Flag.CONST),
    SEND(104, 1, null, Flag.ARG, Flag.JUMP),
    SET_ADD(105, 0, null, Flag.ARG),
    SET_FUNCTION_ATTRIBUTE(106, 0, null, Flag.ARG),
    SET_UPDATE(107, 0, null, Flag.ARG),
    STORE_ATTR(108, 4, null, Flag.ARG, Flag.NAME),
    STORE_DEREF(109, 0, null, Flag.ARG, Flag.FREE),
    STORE_FAST(110, 0, null, Flag.ARG, Flag.LOCAL),
    STORE_FAST_LOAD_FAST(111, 0, null, Flag.ARG, Flag.LOCAL),
    STORE_FAST_STORE_FAST(112, 0, null, Flag.ARG, Flag.LOCAL),
    STORE_GLOBAL(113, 0, null, Flag.ARG, Flag.NAME),
    STORE_NAME(114, 0, null, Flag.ARG, Flag.NAME),
    SWAP(115, 0, null, Flag.ARG),
    UNPACK_EX(116, 0, null, Flag.ARG),
    UNPACK_SEQUENCE(117, 1, null, Flag.ARG),
    YIELD_VALUE(118, 0, null, Flag.ARG),
    RESUME(149, 0, null, Flag.ARG),
    BINARY_OP_ADD_FLOAT(150, 1, "BINARY_OP", Flag.ARG),
    BINARY_OP_ADD_INT(151, 1, "BINARY_OP", Flag.ARG),
    BINARY_OP_ADD_UNICODE(152, 1, "BINARY_OP", Flag.ARG),
    BINARY_OP_MULTIPLY_FLOAT(153, 1, "BINARY_OP", Flag.ARG),
    BINARY_OP_MULTIPLY_INT(154, 1, "BINARY_OP", Flag.ARG),
    BINARY_OP_SUBTRACT_FLOAT(155, 1, "BINARY_OP", Flag.ARG),
    BINARY_OP_SUBTRACT_INT(156, 1, "BINARY_OP", Flag.ARG),
    BINARY_SUBSCR_DICT(157, 1, "BINARY_SUBSCR"),
    BINARY_SUBSCR_GETITEM(158, 1, "BINARY_SUBSCR"),
    BINARY_SUBSCR_LIST_INT(159, 1, "BINARY_SUBSCR"),
    BINARY_SUBSCR_STR_INT(160, 1, "BINARY_SUBSCR"),
    BINARY_SUBSCR_TUPLE_INT(161, 1, "BINARY_SUBSCR"),
    CALL_ALLOC_AND_ENTER_INIT(162, 3, "CALL", Flag.ARG),
    CALL_BOUND_METHOD_EXACT_ARGS(163, 3, "CALL", Flag.ARG),
    CALL_BOUND_METHOD_GENERAL(164, 3, "CALL", Flag.ARG),
    CALL_BUILTIN_CLASS(165, 3, "CALL", Flag.ARG),
    CALL_BUILTIN_FAST(166, 3, "CALL", Flag.ARG),
    CALL_BUILTIN_FAST_WITH_KEYWORDS(167, 3, "CALL", Flag.ARG),
    CALL_BUILTIN_O(168, 3, "CALL", Flag.ARG),
    CALL_ISINSTANCE(169, 3, "CALL", Flag.ARG),
    CALL_LEN(170, 3, "CALL", Flag.ARG),
    CALL_LIST_APPEND(171, 3, "CALL", Flag.ARG),
    CALL_METHOD_DESCRIPTOR_FAST(172, 3, "CALL", Flag.ARG),
    CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS(173, 3, "CALL", Flag.ARG),
    CALL_METHOD_DESCRIPTOR_NOARGS(174, 3, "CALL", Flag.ARG),
    CALL_METHOD_DESCRIPTOR_O(175, 3, "CALL", Flag.ARG),
    CALL_NON_PY_GENERAL(176, 3, "CALL", Flag.ARG),
    CALL_PY_EXACT_ARGS(177, 3, "CALL", Flag.ARG),
    CALL_PY_GENERAL(178, 3, "CALL", Flag.ARG),
    CALL_STR_1(179, 3, "CALL", Flag.ARG),
    CALL_TUPLE_1(180, 3, "CALL", Flag.ARG),
    CALL_TYPE_1(181, 3, "CALL", Flag.ARG),
    COMPARE_OP_FLOAT(182, 1, "COMPARE_OP", Flag.ARG, Flag.COMPARE),
    COMPARE_OP_INT(183, 1, "COMPARE_OP", Flag.ARG, Flag.COMPARE),
    COMPARE_OP_STR(184, 1, "COMPARE_OP", Flag.ARG, Flag.COMPARE),
    CONTAINS_OP_DICT(185, 1, "CONTAINS_OP", Flag.ARG),
    CONTAINS_OP_SET(186, 1, "CONTAINS_OP", Flag.ARG),
    FOR_ITER_GEN(187, 1, "FOR_ITER", Flag.ARG, Flag.JUMP),
    FOR_ITER_LIST(188, 1, "FOR_ITER", Flag.ARG, Flag.JUMP),
    FOR_ITER_RANGE(189, 1, "FOR_ITER", Flag.ARG, Flag.JUMP),
    FOR_ITER_TUPLE(190, 1, "FOR_ITER", Flag.ARG, Flag.JUMP),
    LOAD_ATTR_CLASS(191, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN(192, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_INSTANCE_VALUE(193, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_METHOD_LAZY_DICT(194, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_METHOD_NO_DICT(195, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_METHOD_WITH_VALUES(196, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_MODULE(197, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_NONDESCRIPTOR_NO_DICT(198, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES(199, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_PROPERTY(200, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_SLOT(201, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_ATTR_WITH_HINT(202, 9, "LOAD_ATTR", Flag.ARG, Flag.NAME),
    LOAD_GLOBAL_BUILTIN(203, 4, "LOAD_GLOBAL", Flag.ARG, Flag.NAME),
    LOAD_GLOBAL_MODULE(204, 4, "LOAD_GLOBAL", Flag.ARG, Flag.NAME),
    LOAD_SUPER_ATTR_ATTR(205, 1, "LOAD_SUPER_ATTR", Flag.ARG, Flag.NAME),
    LOAD_SUPER_ATTR_METHOD(206, 1, "LOAD_SUPER_ATTR", Flag.ARG, Flag.NAME),
    RESUME_CHECK(207, 0, "RESUME", Flag.ARG),
    SEND_GEN(208, 1, "SEND", Flag.ARG, Flag.JUMP),
    STORE_ATTR_INSTANCE_VALUE(209, 4, "STORE_ATTR", Flag.ARG, Flag.NAME),
    STORE_ATTR_SLOT(210, 4, "STORE_ATTR", Flag.ARG, Flag.NAME),
    STORE_ATTR_WITH_HINT(211, 4, "STORE_ATTR", Flag.ARG, Flag.NAME),
    STORE_SUBSCR_DICT(212, 1, "STORE_SUBSCR"),
    STORE_SUBSCR_LIST_INT(213, 1, "STORE_SUBSCR"),
    TO_BOOL_ALWAYS_TRUE(214, 3, "TO_BOOL"),
    TO_BOOL_BOOL(215, 3, "TO_BOOL"),
    TO_BOOL_INT(216, 3, "TO_BOOL"),
    TO_BOOL_LIST(217, 3, "TO_BOOL"),
    TO_BOOL_NONE(218, 3, "TO_BOOL"),
    TO_BOOL_STR(219, 3, "TO_BOOL"),
    UNPACK_SEQUENCE_LIST(220, 1, "UNPACK_SEQUENCE", Flag.ARG),
    UNPACK_SEQUENCE_TUPLE(221, 1, "UNPACK_SEQUENCE", Flag.ARG),
    UNPACK_SEQUENCE_TWO_TUPLE(222, 1, "UNPACK_SEQUENCE", Flag.ARG),
    INSTRUMENTED_RESUME(236, 0, null, Flag.ARG),
    INSTRUMENTED_END_FOR(237, 0, null),
    INSTRUMENTED_END_SEND(238, 0, null),
    INSTRUMENTED_RETURN_VALUE(239, 0, null),
    INSTRUMENTED_RETURN_CONST(240, 0, null, Flag.ARG, Flag.CONST),
    INSTRUMENTED_YIELD_VALUE(241, 0, null, Flag.ARG),
    INSTRUMENTED_LOAD_SUPER_ATTR(242, 0, null, Flag.ARG),
    INSTRUMENTED_FOR_ITER(243, 0, null, Flag.ARG),
    INSTRUMENTED_CALL(244, 0, null, Flag.ARG),
    INSTRUMENTED_CALL_KW(245, 0, null, Flag.ARG),
    INSTRUMENTED_CALL_FUNCTION_EX(246, 0, null),
    INSTRUMENTED_INSTRUCTION(247, 0, null),
    INSTRUMENTED_JUMP_FORWARD(248, 0, null, Flag.ARG),
    INSTRUMENTED_JUMP_BACKWARD(249, 0, null, Flag.ARG),
    INSTRUMENTED_POP_JUMP_IF_TRUE(250, 0, null, Flag.ARG),
    INSTRUMENTED_POP_JUMP_IF_FALSE(251, 0, null, Flag.ARG),
    INSTRUMENTED_POP_JUMP_IF_NONE(252, 0, null, Flag.ARG),
    INSTRUMENTED_POP_JUMP_IF_NOT_NONE(253, 0, null, Flag.ARG),
    INSTRUMENTED_LINE(254, 0, null),
    JUMP(256, 0, null, Flag.ARG, Flag.JUMP),
    JUMP_NO_INTERRUPT(257, 0, null, Flag.ARG, Flag.JUMP),
    LOAD_CLOSURE(258, 0, null, Flag.ARG, Flag.LOCAL),
    LOAD_METHOD(259, 0, null, Flag.ARG, Flag.NAME),
    LOAD_SUPER_METHOD(260, 0, null, Flag.ARG, Flag.NAME),
    LOAD_ZERO_SUPER_ATTR(261, 0, null, Flag.ARG, Flag.NAME),
    LOAD_ZERO_SUPER_METHOD(262, 0, null, Flag.ARG, Flag.NAME),
    POP_BLOCK(263, 0, null),
    SETUP_CLEANUP(264, 0, null, Flag.ARG, Flag.EXC),
    SETUP_FINALLY(265, 0, null, Flag.ARG, Flag.EXC),
    SETUP_WITH(266, 0, null, Flag.ARG, Flag.EXC),
    STORE_FAST_MAYBE_NULL(267, 0, null, Flag.ARG, Flag.LOCAL);

    /** What an opcode's argument means, as the {@code has*} lists of Lib/opcode.py say. */
    public enum Flag { ARG, JUMP, CONST, NAME, LOCAL, FREE, COMPARE, EXC }

    /** Opcodes below this number take no argument (Lib/opcode.py's HAVE_ARGUMENT). */
    public static final int HAVE_ARGUMENT = 44;
    /** The smallest instrumented opcode (Lib/_opcode_metadata.py's MIN_INSTRUMENTED_OPCODE). */
    public static final int MIN_INSTRUMENTED_OPCODE = 236;

    private static final Map<Integer, Opcode> BY_NUMBER = new HashMap<>();
    static {
        for (Opcode op : values()) BY_NUMBER.put(op.number, op);
    }

    private final int number;
    private final int cacheEntries;
    private final String specializes;
    private final Set<Flag> flags;

    Opcode(int number, int cacheEntries, String specializes, Flag... flags) {
        this.number = number;
        this.cacheEntries = cacheEntries;
        this.specializes = specializes;
        this.flags = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.of(flags[0], flags);
    }

    /** {@return the opcode's number in CPython 3.13} */
    public int number() { return number; }

    /** {@return how many inline cache code units follow the instruction (opcode._inline_cache_entries)} */
    public int cacheEntries() { return cacheEntries; }

    /** {@return true for an argument-taking opcode (opcode.hasarg)} */
    public boolean hasArg() { return flags.contains(Flag.ARG); }

    /** {@return true if the opcode's argument has the given meaning} */
    public boolean has(Flag flag) { return flags.contains(flag); }

    /** {@return true for pseudo-instructions, which never reach a code object} */
    public boolean isPseudo() { return number >= 256; }

    /** {@return the generic opcode this specialized one stands for, or this opcode itself} */
    public Opcode deoptimized() { return specializes == null ? this : valueOf(specializes); }

    /** {@return the opcode with this number, or null if 3.13 has none} */
    public static Opcode byNumber(int number) { return BY_NUMBER.get(number); }
}
