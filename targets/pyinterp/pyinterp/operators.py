"""Operator numbering shared by the parser, compiler and object space."""

# binary operators (also used for augmented assignment)
OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_MATMUL = 3
OP_TRUEDIV = 4
OP_FLOORDIV = 5
OP_MOD = 6
OP_POW = 7
OP_LSHIFT = 8
OP_RSHIFT = 9
OP_AND = 10
OP_OR = 11
OP_XOR = 12
NUM_BINOPS = 13

BINOP_SYMBOLS = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&",
                 "|", "^"]
BINOP_METHODS = ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
                 "__floordiv__", "__mod__", "__pow__", "__lshift__",
                 "__rshift__", "__and__", "__or__", "__xor__"]
BINOP_RMETHODS = ["__radd__", "__rsub__", "__rmul__", "__rmatmul__",
                  "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__",
                  "__rlshift__", "__rrshift__", "__rand__", "__ror__",
                  "__rxor__"]
BINOP_IMETHODS = ["__iadd__", "__isub__", "__imul__", "__imatmul__",
                  "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
                  "__ilshift__", "__irshift__", "__iand__", "__ior__",
                  "__ixor__"]

# unary operators
UNARY_NEG = 0
UNARY_POS = 1
UNARY_INVERT = 2
UNARY_NOT = 3

# comparisons
CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5
CMP_IN = 6
CMP_NOT_IN = 7
CMP_IS = 8
CMP_IS_NOT = 9

CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is",
               "is not"]
CMP_METHODS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
# the reflected comparison of each rich comparison
CMP_SWAPPED = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE]

# boolean operators
BOOL_AND = 0
BOOL_OR = 1
