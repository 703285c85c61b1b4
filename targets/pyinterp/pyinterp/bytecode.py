"""The interpreter's own bytecode: opcode numbers, names and stack effects.

An instruction is two ints in code.co_code: opcode, argument.  Jump
arguments are absolute offsets into co_code (always even).
"""

OPNAMES = []
HAS_JUMP = []


def _def(name, hasjump=False):
    num = len(OPNAMES)
    OPNAMES.append(name)
    HAS_JUMP.append(hasjump)
    globals()[name] = num


for _name in [
    "NOP", "POP_TOP", "ROT_TWO", "ROT_THREE", "DUP_TOP", "DUP_TOP_TWO",
    "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
    "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE",
    "LOAD_CLASSDEREF",
    "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL",
    "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
    "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "CALL_METHOD",
    "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR",
    "BINARY_OP", "INPLACE_OP", "UNARY_OP", "COMPARE_OP",
    "GET_ITER", "BUILD_TUPLE", "BUILD_LIST", "BUILD_MAP", "BUILD_SET",
    "BUILD_SLICE", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND",
    "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE",
    "UNPACK_SEQUENCE", "UNPACK_EX",
    "CALL_FUNCTION", "CALL_FUNCTION_KW", "CALL_FUNCTION_EX",
    "MAKE_FUNCTION", "RETURN_VALUE", "STORE_RETVAL", "LOAD_RETVAL",
    "YIELD_VALUE", "GET_YIELD_FROM_ITER", "YIELD_FROM",
    "RAISE_VARARGS", "POP_BLOCK", "PUSH_EXC_INFO", "POP_EXCEPT",
    "CHECK_EXC_MATCH", "RERAISE", "POP_EXCEPT_RERAISE", "EXC_CLEANUP",
    "WITH_EXIT_NORMAL", "WITH_EXCEPT_CALL",
    "LOAD_BUILD_CLASS", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR",
    "FORMAT_VALUE", "BUILD_STRING", "LOAD_ASSERTION_ERROR",
]:
    _def(_name)

for _name in ["JUMP_ABSOLUTE", "JUMP_FORWARD", "POP_JUMP_IF_FALSE",
              "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP",
              "JUMP_IF_TRUE_OR_POP", "FOR_ITER", "SETUP_EXCEPT",
              "SETUP_WITH"]:
    _def(_name, True)

_def("BUILD_CONST_SET")

# FORMAT_VALUE argument bits
FVC_MASK = 0x3
FVC_NONE = 0
FVC_STR = 1
FVC_REPR = 2
FVC_ASCII = 3
FVS_HAVE_SPEC = 4

# MAKE_FUNCTION flags
MF_DEFAULTS = 1
MF_KWDEFAULTS = 2
MF_ANNOTATIONS = 4
MF_CLOSURE = 8

# CALL_FUNCTION_EX flags
CF_HAS_KWARGS = 1


def stack_effect(op, arg, jump):
    """Net stack effect of one instruction.  `jump` selects the effect on
    the jump edge for jumping instructions (for SETUP_* the effect at the
    handler)."""
    if op == NOP or op == ROT_TWO or op == ROT_THREE:
        return 0
    if op == POP_TOP:
        return -1
    if op == DUP_TOP:
        return 1
    if op == DUP_TOP_TWO:
        return 2
    if op == LOAD_CONST or op == LOAD_FAST or op == LOAD_DEREF or \
            op == LOAD_CLOSURE or op == LOAD_GLOBAL or op == LOAD_NAME or \
            op == LOAD_CLASSDEREF or op == LOAD_BUILD_CLASS or \
            op == LOAD_ASSERTION_ERROR or op == LOAD_RETVAL:
        return 1
    if op == STORE_FAST or op == STORE_DEREF or op == STORE_GLOBAL or \
            op == STORE_NAME or op == STORE_RETVAL:
        return -1
    if op == DELETE_FAST or op == DELETE_DEREF or op == DELETE_GLOBAL or \
            op == DELETE_NAME:
        return 0
    if op == LOAD_ATTR:
        return 0
    if op == LOAD_METHOD:
        return 1
    if op == CALL_METHOD:
        return -arg - 1
    if op == STORE_ATTR:
        return -2
    if op == DELETE_ATTR:
        return -1
    if op == BINARY_SUBSCR:
        return -1
    if op == STORE_SUBSCR:
        return -3
    if op == DELETE_SUBSCR:
        return -2
    if op == BINARY_OP or op == INPLACE_OP or op == COMPARE_OP:
        return -1
    if op == UNARY_OP or op == GET_ITER or op == GET_YIELD_FROM_ITER:
        return 0
    if op == BUILD_TUPLE or op == BUILD_LIST or op == BUILD_SET or \
            op == BUILD_STRING or op == BUILD_CONST_SET:
        return 1 - arg
    if op == BUILD_MAP:
        return 1 - 2 * arg
    if op == BUILD_SLICE:
        return 1 - arg
    if op == LIST_APPEND or op == SET_ADD or op == LIST_EXTEND or \
            op == SET_UPDATE or op == DICT_UPDATE or op == DICT_MERGE:
        return -1
    if op == MAP_ADD:
        return -2
    if op == LIST_TO_TUPLE:
        return 0
    if op == UNPACK_SEQUENCE:
        return arg - 1
    if op == UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8)
    if op == CALL_FUNCTION:
        return -arg
    if op == CALL_FUNCTION_KW:
        return -arg - 1
    if op == CALL_FUNCTION_EX:
        if arg & CF_HAS_KWARGS:
            return -2
        return -1
    if op == MAKE_FUNCTION:
        n = 0
        if arg & MF_DEFAULTS:
            n += 1
        if arg & MF_KWDEFAULTS:
            n += 1
        if arg & MF_ANNOTATIONS:
            n += 1
        if arg & MF_CLOSURE:
            n += 1
        return -n
    if op == RETURN_VALUE:
        return -1
    if op == YIELD_VALUE:
        return 0
    if op == YIELD_FROM:
        return -1
    if op == RAISE_VARARGS:
        return -arg
    if op == POP_BLOCK:
        return 0
    if op == PUSH_EXC_INFO:
        return 1
    if op == POP_EXCEPT:
        return -1
    if op == CHECK_EXC_MATCH:
        return 0
    if op == RERAISE:
        return -1
    if op == POP_EXCEPT_RERAISE:
        return -2
    if op == EXC_CLEANUP:
        return -3
    if op == WITH_EXIT_NORMAL:
        return -1
    if op == WITH_EXCEPT_CALL:
        return 1
    if op == IMPORT_NAME:
        return 0
    if op == IMPORT_FROM:
        return 1
    if op == IMPORT_STAR:
        return -1
    if op == FORMAT_VALUE:
        if arg & FVS_HAVE_SPEC:
            return -1
        return 0
    if op == JUMP_ABSOLUTE or op == JUMP_FORWARD:
        return 0
    if op == POP_JUMP_IF_FALSE or op == POP_JUMP_IF_TRUE:
        return -1
    if op == JUMP_IF_FALSE_OR_POP or op == JUMP_IF_TRUE_OR_POP:
        if jump:
            return 0
        return -1
    if op == FOR_ITER:
        if jump:
            return -1
        return 1
    if op == SETUP_EXCEPT:
        if jump:
            return 1      # the exception is pushed at the handler
        return 0
    if op == SETUP_WITH:
        if jump:
            return 1      # [exit, exc]
        return 1          # [exit, enter_result]
    raise ValueError("unknown opcode")
