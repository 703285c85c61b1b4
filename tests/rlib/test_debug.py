import pytest

from rpython.rlib import debug
from rpython.rlib.debug import (
    FatalError, check_list_of_chars, check_nonneg, debug_print, debug_start,
    debug_stop, fatalerror, have_debug_prints, ll_assert, ll_assert_not_none,
    make_sure_not_modified, make_sure_not_resized)


def test_identity_hints():
    lst = [1, 2]
    assert make_sure_not_resized(lst) is lst
    assert make_sure_not_modified(lst) is lst
    assert debug.check_annotation(lst, None) is lst


def test_check_nonneg():
    assert check_nonneg(0) == 0
    assert check_nonneg(5) == 5
    with pytest.raises(AssertionError):
        check_nonneg(-1)


def test_check_list_of_chars():
    chars = ['a', 'b']
    assert check_list_of_chars(chars) is chars
    with pytest.raises(AssertionError):
        check_list_of_chars(['a', 'bc'])
    with pytest.raises(AssertionError):
        check_list_of_chars([1])


def test_ll_assert():
    ll_assert(True, 'fine')
    with pytest.raises(AssertionError) as exc:
        ll_assert(1 > 2, 'bad order')
    assert 'bad order' in str(exc.value)
    assert ll_assert_not_none(0) == 0
    with pytest.raises(AssertionError):
        ll_assert_not_none(None)


def test_fatalerror():
    with pytest.raises(FatalError) as exc:
        fatalerror('boom')
    assert 'boom' in str(exc.value)


def test_debug_print_goes_to_stderr(capsys):
    debug_print('hello', 42, 'x')
    out, err = capsys.readouterr()
    assert out == ''
    assert err == 'hello 42 x\n'


def test_debug_sections_nest():
    debug_start('jit-tracing')
    debug_start('jit-optimize')
    debug_stop('jit-optimize')
    debug_stop('jit-tracing')
    debug_start('gc')
    with pytest.raises(AssertionError):
        debug_stop('other')
    debug_stop('gc')
    with pytest.raises(AssertionError):
        debug_stop('gc')


def test_misc():
    assert have_debug_prints() is False
    debug.debug_flush()
    assert debug.debug_offset() == -1
    debug.attach_gdb()
