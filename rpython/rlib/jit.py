"""JIT hints and the JitDriver for RPython-3 programs (untranslated behaviour).

Untranslated, every hint is a no-op that returns its argument, and every
decorator returns the *same* function object after tagging it with an
attribute the translator reads:

    elidable            func._elidable_function_ = True
    dont_look_inside    func._jit_look_inside_ = False
    look_inside         func._jit_look_inside_ = True
    unroll_safe         func._jit_unroll_safe_ = True
    loop_invariant      func._jit_loop_invariant_ = True,
                        func._jit_look_inside_ = False
    elidable_promote    func._elidable_function_ = True,
                        func._jit_promote_args_ = promote_args
    look_inside_iff     func._jit_look_inside_iff_ = predicate
    oopspec             func.oopspec = spec
    not_in_trace        func._not_in_trace_ = True

`JitDriver` checks its declaration when it is created (greens and reds are
distinct valid identifiers; virtualizables are reds) and, at every
`jit_merge_point(**live)` / `can_enter_jit(**live)`, that the keyword names
are exactly greens + reds (just the greens when `reds='auto'`; such drivers
do not allow `can_enter_jit`).  Violations raise `JitDriverError`, a
subclass of TypeError.

Other names: promote, promote_string, promote_unicode, hint, we_are_jitted,
isconstant, isvirtual, record_exact_class (checked), assert_green, jit_debug,
current_trace_length, conditional_call, conditional_call_elidable,
enter_portal_frame, leave_portal_frame, virtual_ref, virtual_ref_finish,
non_virtual_ref, vref_None, set_user_param, JitHookInterface (no-op hooks).

`set_param(driver, name, value)` validates `name` against `PARAMETERS`
(the defaults) and records the value in `driver.params`; `driver=None`
means "all drivers" and is only checked untranslated.
"""

import re

PARAMETERS = {
    'threshold': 1039,
    'function_threshold': 1619,
    'trace_eagerness': 200,
    'decay': 40,
    'trace_limit': 6000,
    'inlining': 1,
    'loop_longevity': 1000,
    'retrace_limit': 0,
    'max_retrace_guards': 15,
    'max_unroll_loops': 0,
    'disable_unrolling': 200,
    'enable_opts': 'all',
    'max_unroll_recursion': 7,
    'vec': 0,
    'vec_all': 0,
    'vec_cost': 0,
}

_IDENTIFIER = re.compile(r'[A-Za-z_][A-Za-z0-9_]*\Z')


class JitDriverError(TypeError):
    """A JitDriver is declared or called inconsistently."""


# ____________________________________________________________
# Function decorators


def _tagger(**attrs):
    """A decorator setting `attrs` on the function and returning it."""
    def decorate(func):
        for name, value in attrs.items():
            setattr(func, name, value)
        return func
    return decorate


elidable = _tagger(_elidable_function_=True)
dont_look_inside = _tagger(_jit_look_inside_=False)
look_inside = _tagger(_jit_look_inside_=True)
unroll_safe = _tagger(_jit_unroll_safe_=True)
loop_invariant = _tagger(_jit_loop_invariant_=True, _jit_look_inside_=False)
not_in_trace = _tagger(_not_in_trace_=True)


def elidable_promote(promote_args='all'):
    """Elidable function whose arguments (`'all'` or `'0,2'`) are promoted."""
    return _tagger(_elidable_function_=True, _jit_promote_args_=promote_args)


def look_inside_iff(predicate):
    """Look inside the function only if `predicate(*args)` holds (JIT time)."""
    return _tagger(_jit_look_inside_iff_=predicate)


def oopspec(spec):
    """Tag the function with an oopspec string (special JIT handling)."""
    return _tagger(oopspec=spec)


# ____________________________________________________________
# Value hints


def promote(x):
    """Make `x` a constant in the trace; returns `x`."""
    return x


def promote_string(s):
    """Promote a string by value; returns `s`."""
    return s


promote_unicode = promote_string


def hint(x, **kwds):
    """Generic hint (access_directly=True, fresh_virtualizable=True, ...)."""
    return x


def we_are_jitted():
    """True in code running as JIT-compiled machine code; False here."""
    return False


def isconstant(x):
    """True if `x` is a constant in the current trace; False here."""
    return False


def isvirtual(x):
    """True if `x` is virtual in the current trace; False here."""
    return False


def record_exact_class(value, cls):
    """Tell the JIT that `type(value) is cls`; checked untranslated."""
    if type(value) is not cls:
        raise AssertionError("record_exact_class: %r is not exactly of "
                             "class %r" % (value, cls))


def assert_green(value):
    """Assert that `value` is a constant in the trace (no-op here)."""


def jit_debug(string, arg1=-1, arg2=-1, arg3=-1, arg4=-1):
    """Record a debug operation in the trace (no-op here)."""


def current_trace_length():
    """Length of the trace being recorded, or -1 when not tracing."""
    return -1


def conditional_call(condition, function, *args):
    """Call `function(*args)` if `condition` is true."""
    if condition:
        function(*args)


def conditional_call_elidable(value, function, *args):
    """Return `value` if it is true, else the result of `function(*args)`."""
    if value:
        return value
    return function(*args)


def enter_portal_frame(unique_id):
    """Mark the start of a portal-like frame for profilers (no-op here)."""


def leave_portal_frame():
    """Mark the end of a portal-like frame for profilers (no-op here)."""


# ____________________________________________________________
# Virtual references


class DirectVRef(object):
    """Untranslated virtual reference: calling it returns the object."""

    def __init__(self, x):
        self._x = x

    def __call__(self):
        return self._x


def virtual_ref(x):
    """Make a virtual reference to `x`; call the result to get `x` back."""
    return DirectVRef(x)


def virtual_ref_finish(vref, x):
    """End the life of `vref` (which must refer to `x`)."""
    if vref._x is not x:
        raise AssertionError("virtual_ref_finish: vref does not refer to x")


def non_virtual_ref(x):
    """A reference that behaves like a virtual reference but never is one."""
    return DirectVRef(x)


vref_None = non_virtual_ref(None)


# ____________________________________________________________
# The JitDriver


def _check_names(kind, names):
    names = list(names)
    for name in names:
        if not isinstance(name, str) or not _IDENTIFIER.match(name):
            raise JitDriverError("JitDriver: %s name %r is not an identifier"
                                 % (kind, name))
    if len(set(names)) != len(names):
        raise JitDriverError("JitDriver: duplicate %s names in %r"
                             % (kind, names))
    return names


class JitDriver(object):
    """Declares the interpreter's main loop to the JIT.

    greens: names of the variables forming the position in the user program;
    reds: the other live variables, or 'auto' to let the translator find them.
    """

    def __init__(self, greens=None, reds=None, virtualizables=None,
                 get_printable_location=None, get_location=None,
                 confirm_enter_jit=None, can_never_inline=None,
                 should_unroll_one_iteration=None, name='jitdriver',
                 check_untranslated=True, vectorize=False,
                 get_unique_id=None, is_recursive=False,
                 get_printable_location_args=None):
        if greens is None or reds is None:
            raise JitDriverError("JitDriver needs greens=[...] and reds=[...]"
                                 " or reds='auto'")
        self.greens = _check_names('green', greens)
        self.autoreds = reds == 'auto'
        self.reds = [] if self.autoreds else _check_names('red', reds)
        overlap = set(self.greens) & set(self.reds)
        if overlap:
            raise JitDriverError("JitDriver: %s both green and red"
                                 % sorted(overlap))
        self.virtualizables = list(virtualizables or [])
        if self.virtualizables and self.autoreds:
            raise JitDriverError("JitDriver: virtualizables need "
                                 "explicit reds")
        for v in self.virtualizables:
            if v not in self.reds:
                raise JitDriverError("JitDriver: virtualizable %r is not a red"
                                     % (v,))
        self.get_printable_location = get_printable_location
        self.get_location = get_location
        self.confirm_enter_jit = confirm_enter_jit
        self.can_never_inline = can_never_inline
        self.should_unroll_one_iteration = should_unroll_one_iteration
        self.get_unique_id = get_unique_id
        self.name = name
        self.check_untranslated = check_untranslated
        self.vectorize = vectorize
        self.is_recursive = is_recursive
        self.params = dict(PARAMETERS)

    def _check_arguments(self, what, livevars):
        if not self.check_untranslated:
            return
        expected = self.greens + self.reds
        if sorted(livevars) != sorted(expected):
            missing = [n for n in expected if n not in livevars]
            extra = [n for n in livevars if n not in expected]
            raise JitDriverError(
                "%s.%s(): wrong keyword arguments (missing %s, unexpected %s);"
                " expected exactly greens %s + reds %s"
                % (self.name, what, missing, extra, self.greens,
                   'auto' if self.autoreds else self.reds))

    def jit_merge_point(self, **livevars):
        """Mark the top of the interpreter's dispatch loop."""
        self._check_arguments('jit_merge_point', livevars)

    def can_enter_jit(self, **livevars):
        """Mark an application-level backward jump."""
        if self.autoreds:
            raise JitDriverError("%s.can_enter_jit() is not allowed with "
                                 "reds='auto'" % (self.name,))
        self._check_arguments('can_enter_jit', livevars)

    def loop_header(self):
        """Mark a loop header in a driver-less loop (no-op here)."""

    def _set_param(self, name, value):
        self.params[name] = value

    def __repr__(self):
        return '<JitDriver %s greens=%s reds=%s>' % (
            self.name, self.greens, 'auto' if self.autoreds else self.reds)


def set_param(driver, name, value):
    """Set the JIT parameter `name` of `driver` (None: all drivers)."""
    if name not in PARAMETERS:
        raise ValueError("unknown JIT parameter %r" % (name,))
    if driver is not None:
        driver._set_param(name, value)


def set_user_param(driver, text):
    """Parse `text` as 'name=value,...', 'off' or 'default' and apply it.

    Raises ValueError on unknown names or malformed values.
    """
    for item in text.split(','):
        item = item.strip()
        if item == 'default':
            for name, value in PARAMETERS.items():
                set_param(driver, name, value)
        elif item == 'off':
            set_param(driver, 'threshold', -1)
            set_param(driver, 'function_threshold', -1)
        else:
            name, sep, value = item.partition('=')
            if not sep:
                raise ValueError("bad JIT parameter %r" % (item,))
            name = name.strip()
            value = value.strip()
            if name not in PARAMETERS:
                raise ValueError("unknown JIT parameter %r" % (name,))
            if isinstance(PARAMETERS[name], str):
                set_param(driver, name, value)
            else:
                set_param(driver, name, int(value))


class JitHookInterface(object):
    """Base class for hooks called by the JIT; every hook does nothing."""

    def on_abort(self, reason, jitdriver, greenkey, greenkey_repr, logops,
                 operations):
        pass

    def on_trace_too_long(self, jitdriver, greenkey, greenkey_repr):
        pass

    def after_compile(self, debug_info):
        pass

    def after_compile_bridge(self, debug_info):
        pass

    def before_compile(self, debug_info):
        pass

    def before_compile_bridge(self, debug_info):
        pass
