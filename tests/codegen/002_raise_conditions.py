# After an op that raises only under a condition on its operands, the
# exception test is that condition (runtime::arith::*_raises), not a load
# of the global flag: index checks, shifts by a variable count, divisions
# by a variable, ovfcheck'ed additions, float-to-int. stack_check is fused
# with its test. The branch taken on a pending exception starts with
# cold_path().
from rpython.rlib.rarithmetic import ovfcheck


def pick(items, i, n):
    return items[i] >> n


def count(n):
    if n <= 0:
        return 0
    return count(n - 1) + 1


def mix(a, b, f):
    try:
        s = ovfcheck(a + b)
    except OverflowError:
        s = 0
    return s // b + int(f)


def entry_point(argv):
    n = len(argv)
    print(pick([10, 20, 30], n, n), count(n + 3), mix(n, n + 1, 2.5))
    return 0


def target(driver, args):
    return entry_point
