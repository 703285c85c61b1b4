# passes: inline constfold
# Recursion guards of inlined callees: `is_odd` (on a cycle with
# `is_even`) is inlined into `is_even`, which checks the stack depth at its
# own entry, so the copy's `stack_check` goes (its exception test becomes
# false and folds away). `walk` is not recursive and has no guard: the
# copy of `is_even` inlined into it keeps its check.


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def walk(n):
    return is_even(n + 1)


def entry_point(argv):
    print(walk(len(argv)))
    return 0


def target(driver, args):
    return entry_point
