"""Weak references for RPython-3 programs (untranslated behaviour).

RPython programs use `weakref.ref(obj)` (obj an instance of a user class)
and call the reference: `r()` is the object, or None once it died.  This
module adds `dead_ref`, a reference that is always dead (a convenient
initial value for an attribute that holds references).
"""

import weakref


class _Dead(object):
    pass


# The target dies at once (CPython frees it when the last reference goes).
dead_ref = weakref.ref(_Dead())
