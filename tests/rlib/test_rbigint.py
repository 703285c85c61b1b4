import math
import operator

import pytest

from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rbigint import NULLRBIGINT, ONERBIGINT, rbigint

MAXINT = 2 ** 63 - 1
VALUES = [0, 1, -1, 7, -7, 12345, MAXINT, -MAXINT - 1, 2 ** 64, -(3 ** 90),
          10 ** 40 + 17, -(2 ** 200) + 5]


def big(n):
    return rbigint.fromlong(n)


def test_construction():
    assert rbigint.fromint(-5).tolong() == -5
    assert rbigint.frombool(True).tolong() == 1
    assert rbigint.frombool(False).tolong() == 0
    assert rbigint.fromlong(3 ** 100).tolong() == 3 ** 100
    assert rbigint.fromrarith_int(r_uint(-1)).tolong() == 2 ** 64 - 1
    assert NULLRBIGINT.tolong() == 0 and ONERBIGINT.tolong() == 1
    with pytest.raises(TypeError):
        rbigint.fromint(2 ** 64)
    with pytest.raises(TypeError):
        rbigint.fromint(1.5)
    with pytest.raises(TypeError):
        rbigint.fromlong('12')


def test_fromfloat():
    assert rbigint.fromfloat(1e30).tolong() == int(1e30)
    assert rbigint.fromfloat(-2.9).tolong() == -2
    with pytest.raises(OverflowError):
        rbigint.fromfloat(float('inf'))
    with pytest.raises(OverflowError):
        rbigint.fromfloat(float('-inf'))
    with pytest.raises(ValueError):
        rbigint.fromfloat(float('nan'))


@pytest.mark.parametrize('text, base, expected', [
    ('123', 10, 123),
    ('  -42\n', 10, -42),
    ('+7', 10, 7),
    ('ff', 16, 255),
    ('0xFF', 16, 255),
    ('-0b101', 2, -5),
    ('0o17', 0, 15),
    ('0x10', 0, 16),
    ('000', 0, 0),
    ('zz', 36, 35 * 36 + 35),
    ('1' * 60, 10, int('1' * 60)),
])
def test_fromstr(text, base, expected):
    assert rbigint.fromstr(text, base).tolong() == expected


@pytest.mark.parametrize('text, base', [
    ('', 10), ('-', 10), ('12a', 10), ('1_000', 10), ('0x', 16), ('2', 2),
    ('1.5', 10), ('010', 0), ('12', 1), ('12', 37), ('- 1', 10)])
def test_fromstr_invalid(text, base):
    with pytest.raises(ValueError):
        rbigint.fromstr(text, base)


def test_fromdecimalstr():
    assert rbigint.fromdecimalstr('-00123').tolong() == -123
    for bad in [' 1', '0x1', 'abc', '']:
        with pytest.raises(ValueError):
            rbigint.fromdecimalstr(bad)


def test_huge_strings_roundtrip():
    text = '9' * 4000 + '8' * 3000      # longer than CPython's int(str) limit
    value = rbigint.fromstr(text)
    assert value.str() == text
    assert value.neg().str() == '-' + text
    assert value.add(ONERBIGINT).sub(ONERBIGINT).str() == text
    assert value.bit_length() > 23000


def test_toint():
    assert big(MAXINT).toint() == MAXINT
    assert big(-MAXINT - 1).toint() == -MAXINT - 1
    with pytest.raises(OverflowError):
        big(MAXINT + 1).toint()
    with pytest.raises(OverflowError):
        big(-MAXINT - 2).toint()


def test_touint():
    value = big(2 ** 64 - 1).touint()
    assert value == 2 ** 64 - 1 and type(value) is r_uint
    with pytest.raises(OverflowError):
        big(-1).touint()
    with pytest.raises(OverflowError):
        big(2 ** 64).touint()


def test_tofloat_and_tobool():
    assert big(2 ** 60).tofloat() == float(2 ** 60)
    with pytest.raises(OverflowError):
        big(10 ** 400).tofloat()
    assert big(0).tobool() is False and big(-3).tobool() is True


@pytest.mark.parametrize('name, op', [
    ('add', operator.add), ('sub', operator.sub), ('mul', operator.mul),
    ('floordiv', operator.floordiv), ('mod', operator.mod),
    ('and_', operator.and_), ('or_', operator.or_), ('xor', operator.xor)])
def test_binary_operations_match_python(name, op):
    for a in VALUES:
        for b in VALUES:
            if b == 0 and name in ('floordiv', 'mod'):
                continue
            assert getattr(big(a), name)(big(b)).tolong() == op(a, b)
            if -MAXINT - 1 <= b <= MAXINT:
                assert getattr(big(a), 'int_' + name)(b).tolong() == op(a, b)


@pytest.mark.parametrize('name, op', [
    ('eq', operator.eq), ('ne', operator.ne), ('lt', operator.lt),
    ('le', operator.le), ('gt', operator.gt), ('ge', operator.ge)])
def test_comparisons_match_python(name, op):
    for a in VALUES:
        for b in VALUES:
            assert getattr(big(a), name)(big(b)) is op(a, b)
            if -MAXINT - 1 <= b <= MAXINT:
                assert getattr(big(a), 'int_' + name)(b) is op(a, b)


def test_division():
    q, r = big(-(10 ** 30)).divmod(big(7))
    assert (q.tolong(), r.tolong()) == divmod(-(10 ** 30), 7)
    q, r = big(10 ** 30).int_divmod(-7)
    assert (q.tolong(), r.tolong()) == divmod(10 ** 30, -7)
    assert big(7).truediv(big(2)) == 3.5
    assert big(10 ** 30).int_truediv(10 ** 10) == 1e20
    assert big(9).div(big(2)).tolong() == 4
    for method, arg in [('floordiv', big(0)), ('mod', big(0)),
                        ('divmod', big(0)), ('truediv', big(0)),
                        ('int_floordiv', 0), ('int_mod', 0)]:
        with pytest.raises(ZeroDivisionError):
            getattr(big(5), method)(arg)
    with pytest.raises(OverflowError):
        big(10 ** 400).truediv(big(1))


def test_pow():
    assert big(3).pow(big(100)).tolong() == 3 ** 100
    assert big(-2).int_pow(63).tolong() == -2 ** 63
    assert big(3).pow(big(1000), big(10 ** 9 + 7)).tolong() == \
        pow(3, 1000, 10 ** 9 + 7)
    assert big(5).int_pow(0).tolong() == 1
    with pytest.raises(ValueError):
        big(2).pow(big(-1))
    with pytest.raises(ValueError):
        big(2).pow(big(3), big(0))


def test_unary_and_shifts():
    for a in VALUES:
        assert big(a).neg().tolong() == -a
        assert big(a).abs().tolong() == abs(a)
        assert big(a).invert().tolong() == ~a
        assert big(a).lshift(100).tolong() == a << 100
        assert big(a).rshift(3).tolong() == a >> 3
        assert big(a).rshift(300).tolong() == a >> 300
    with pytest.raises(ValueError):
        big(1).lshift(-1)
    with pytest.raises(ValueError):
        big(1).rshift(-1)


def test_type_checks():
    with pytest.raises(TypeError):
        big(1).add(1)
    with pytest.raises(TypeError):
        big(1).int_add(big(1))
    with pytest.raises(TypeError):
        big(1).int_add(2 ** 64)


def test_formatting():
    assert big(0).str() == '0'
    assert big(-123).str() == '-123' == big(-123).repr()
    assert big(3 ** 200).str() == str(3 ** 200)
    assert big(-(3 ** 200)).str() == str(-(3 ** 200))
    assert big(255).hex() == '0xff'
    assert big(-255).hex() == '-0xff'
    assert big(8).oct() == '0o10'
    assert big(-5).bin() == '-0b101'
    assert big(0).hex() == '0x0'
    assert big(2 ** 300).hex() == hex(2 ** 300)
    assert big(-10).format('01', '<', '>') == '-<1010>'
    assert big(35).format('0123456789abcdefghijklmnopqrstuvwxyz') == 'z'
    assert big(10 ** 50).format('0123456789') == str(10 ** 50)
    assert big(100).format('ab') == 'bbaabaa'
    assert repr(big(5)) == 'rbigint(5)'


def test_queries():
    assert big(0).sign == 0 and big(-4).sign == -1 and big(9).sign == 1
    assert big(-8).bit_length() == 4
    assert big(0).bit_length() == 0
    assert big(3).is_odd() and not big(-4).is_odd() and big(-3).is_odd()
    assert big(0).numdigits() == 1
    assert big(2 ** 63 - 1).numdigits() == 1
    assert big(2 ** 63).numdigits() == 2
    assert big(-(2 ** 126)).numdigits() == 3
    assert big(12345).hash() == hash(12345)
    assert big(2 ** 100).hash() == big(2 ** 100).hash()
    assert big(2 ** 100).hash() != big(2 ** 100 + 1).hash()


def test_log():
    assert big(10 ** 300).log(10.0) == pytest.approx(300.0)
    assert big(2 ** 2000).log(2.0) == pytest.approx(2000.0)
    assert big(148).log(0.0) == pytest.approx(math.log(148))
    with pytest.raises(ValueError):
        big(0).log(0.0)


def test_bytes():
    assert big(1025).tobytes(2, 'big', False) == b'\x04\x01'
    assert big(-1).tobytes(2, 'little', True) == b'\xff\xff'
    assert rbigint.frombytes(b'\xff\xfe', 'big', True).tolong() == -2
    with pytest.raises(OverflowError):
        big(70000).tobytes(2, 'big', False)


def test_immutable():
    a = big(5)
    a.add(big(1))
    a.neg()
    assert a.tolong() == 5
