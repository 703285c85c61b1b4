import pytest

from rpython.rlib import jit
from rpython.rlib.jit import (
    PARAMETERS, JitDriver, JitDriverError, dont_look_inside, elidable,
    elidable_promote, hint, isconstant, isvirtual, look_inside,
    look_inside_iff, loop_invariant, promote, promote_string,
    record_exact_class, set_param, set_user_param, unroll_safe,
    we_are_jitted)


def test_parameters_defaults():
    assert PARAMETERS == {
        'threshold': 1039, 'function_threshold': 1619,
        'trace_eagerness': 200, 'decay': 40, 'trace_limit': 6000,
        'inlining': 1, 'loop_longevity': 1000, 'retrace_limit': 0,
        'max_retrace_guards': 15, 'max_unroll_loops': 0,
        'disable_unrolling': 200, 'enable_opts': 'all',
        'max_unroll_recursion': 7, 'vec': 0, 'vec_all': 0, 'vec_cost': 0}


def test_value_hints():
    obj = object()
    assert promote(obj) is obj
    assert promote_string('abc') == 'abc'
    assert hint(obj, access_directly=True, fresh_virtualizable=True) is obj
    assert we_are_jitted() is False
    assert isconstant(3) is False
    assert isvirtual(obj) is False


def test_decorators_tag_and_return_same_function():
    for decorator, attr, value in [
            (elidable, '_elidable_function_', True),
            (dont_look_inside, '_jit_look_inside_', False),
            (look_inside, '_jit_look_inside_', True),
            (unroll_safe, '_jit_unroll_safe_', True),
            (loop_invariant, '_jit_loop_invariant_', True)]:
        def g(x):
            return x * 2
        assert decorator(g) is g
        assert getattr(g, attr) == value
        assert g(21) == 42


def test_elidable_promote_and_look_inside_iff():
    @elidable_promote(promote_args='0')
    def f(x, y):
        return x - y
    assert f._elidable_function_ is True
    assert f._jit_promote_args_ == '0'
    assert f(5, 3) == 2

    def predicate(n):
        return n < 10

    @look_inside_iff(predicate)
    def g(n):
        return n
    assert g._jit_look_inside_iff_ is predicate
    assert g(4) == 4
    assert elidable_promote()(lambda: 1)._jit_promote_args_ == 'all'


def test_record_exact_class():
    class A(object):
        pass

    class B(A):
        pass
    record_exact_class(B(), B)
    with pytest.raises(AssertionError):
        record_exact_class(B(), A)


def test_jitdriver_accepts_exact_arguments():
    driver = JitDriver(greens=['pc', 'code'], reds=['frame', 'acc'])
    driver.jit_merge_point(pc=0, code='x', frame=None, acc=1)
    driver.can_enter_jit(acc=1, frame=None, code='x', pc=0)
    assert driver.greens == ['pc', 'code'] and driver.reds == ['frame', 'acc']


def test_jitdriver_missing_red():
    driver = JitDriver(greens=['pc'], reds=['frame', 'acc'])
    with pytest.raises(JitDriverError) as exc:
        driver.jit_merge_point(pc=0, frame=None)
    assert 'acc' in str(exc.value)
    with pytest.raises(JitDriverError):
        driver.can_enter_jit(pc=0, acc=0)


def test_jitdriver_extra_argument():
    driver = JitDriver(greens=['pc'], reds=['frame'])
    with pytest.raises(JitDriverError) as exc:
        driver.jit_merge_point(pc=0, frame=None, other=3)
    assert 'other' in str(exc.value)


def test_jitdriver_auto_reds():
    driver = JitDriver(greens=['pc'], reds='auto')
    driver.jit_merge_point(pc=3)
    with pytest.raises(JitDriverError):
        driver.jit_merge_point(pc=3, x=4)
    with pytest.raises(JitDriverError):
        driver.can_enter_jit(pc=3)


def test_jitdriver_bad_declarations():
    with pytest.raises(JitDriverError):
        JitDriver(greens=['a'], reds=['a'])
    with pytest.raises(JitDriverError):
        JitDriver(greens=['not valid'], reds=['b'])
    with pytest.raises(JitDriverError):
        JitDriver(greens=['a'], reds=['b', 'b'])
    with pytest.raises(JitDriverError):
        JitDriver(greens=['a'], reds=['b'], virtualizables=['c'])
    with pytest.raises(JitDriverError):
        JitDriver(greens=['a'])
    JitDriver(greens=['a'], reds=['frame'], virtualizables=['frame'],
              get_printable_location=lambda a: str(a), name='main',
              is_recursive=True)


def test_jitdriver_error_is_a_type_error():
    assert issubclass(JitDriverError, TypeError)


def test_set_param():
    driver = JitDriver(greens=[], reds=['x'])
    set_param(driver, 'threshold', 7)
    set_param(None, 'trace_limit', 100)
    assert driver.params['threshold'] == 7
    for name in PARAMETERS:
        set_param(driver, name, PARAMETERS[name])
    with pytest.raises(ValueError):
        set_param(driver, 'no_such_param', 1)


def test_set_user_param():
    driver = JitDriver(greens=[], reds=['x'])
    set_user_param(driver, 'threshold=5,enable_opts=intbounds:rewrite')
    assert driver.params['threshold'] == 5
    assert driver.params['enable_opts'] == 'intbounds:rewrite'
    set_user_param(driver, 'default')
    assert driver.params['threshold'] == 1039
    with pytest.raises(ValueError):
        set_user_param(driver, 'bogus=3')
    with pytest.raises(ValueError):
        set_user_param(driver, 'threshold')


def test_virtual_refs():
    obj = object()
    vref = jit.virtual_ref(obj)
    assert vref() is obj
    jit.virtual_ref_finish(vref, obj)
    with pytest.raises(AssertionError):
        jit.virtual_ref_finish(vref, object())
    assert jit.vref_None() is None


def test_conditional_calls():
    calls = []
    jit.conditional_call(False, calls.append, 1)
    jit.conditional_call(True, calls.append, 2)
    assert calls == [2]
    assert jit.conditional_call_elidable(5, lambda: 9) == 5
    assert jit.conditional_call_elidable(0, lambda: 9) == 9


def test_hook_interface_is_a_noop_base():
    hooks = jit.JitHookInterface()
    assert hooks.on_trace_too_long(None, [], '') is None
