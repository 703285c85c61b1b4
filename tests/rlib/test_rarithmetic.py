import sys

import pytest

from rpython.rlib.rarithmetic import (
    LONG_BIT, base_int, int_between, intmask, is_valid_int, maxint,
    most_neg_value_of, most_neg_value_of_same_type, most_pos_value_of,
    most_pos_value_of_same_type, ovfcheck, ovfcheck_float_to_int, r_int,
    r_int8, r_int16, r_int32, r_longlong, r_uint, r_uint8, r_uint16,
    r_uint32, r_ulonglong, widen)

M64 = 2 ** 64


def test_constants():
    assert LONG_BIT == 64
    assert maxint == 2 ** 63 - 1 == sys.maxsize


def test_construction_wraps():
    assert r_uint(-1) == M64 - 1
    assert r_uint(M64 + 5) == 5
    assert r_int32(2 ** 31) == -2 ** 31
    assert r_int32(2 ** 32 + 7) == 7
    assert r_uint32(-1) == 2 ** 32 - 1
    assert r_int16(40000) == 40000 - 65536
    assert r_uint16(-2) == 65534
    assert r_int8(200) == -56
    assert r_uint8(256 + 3) == 3
    assert r_int(2 ** 63) == -2 ** 63
    assert r_uint(r_int32(-1)) == M64 - 1      # sign extension
    assert r_uint(3.9) == 3


def test_64bit_aliases():
    assert r_longlong is r_int
    assert r_ulonglong is r_uint


def test_unsigned_arithmetic_wraps():
    assert r_uint(3) - 5 == M64 - 2
    assert type(r_uint(3) - 5) is r_uint
    assert 5 - r_uint(7) == M64 - 2
    assert type(5 - r_uint(7)) is r_uint
    assert r_uint(M64 - 1) + 1 == 0
    assert 1 + r_uint(M64 - 1) == 0
    assert r_uint(2 ** 63) * 2 == 0
    assert 3 * r_uint(2 ** 63) == 2 ** 63
    assert -r_uint(1) == M64 - 1
    assert ~r_uint(0) == M64 - 1
    assert r_uint(2) ** 64 == 0
    assert 2 ** r_uint(65) == 0
    assert pow(r_uint(3), 4, 5) == 1


def test_signed_sized_arithmetic_wraps():
    big = r_int32(2 ** 31 - 1)
    assert big + 1 == -2 ** 31
    assert type(big + 1) is r_int32
    assert r_int32(-2 ** 31) - 1 == 2 ** 31 - 1
    assert -r_int32(-2 ** 31) == -2 ** 31
    assert abs(r_int32(-2 ** 31)) == -2 ** 31
    assert abs(r_int8(-5)) == 5
    assert r_int(maxint) + 1 == -maxint - 1
    assert r_int16(300) * 300 == 90000 - 65536
    assert ~r_int8(0) == -1


def test_division_is_python_floor_division_then_wraps():
    assert r_int32(-7) // 2 == -4
    assert r_int32(-7) % 2 == 1
    assert divmod(r_int32(-7), 2) == (-4, 1)
    assert type(divmod(r_int32(-7), 2)[0]) is r_int32
    assert r_uint(7) // 2 == 3
    assert 7 // r_uint(2) == 3
    assert type(7 // r_uint(2)) is r_uint
    assert r_uint(-1) % 10 == (M64 - 1) % 10
    assert r_int32(-2 ** 31) // -1 == -2 ** 31   # wraps like C
    with pytest.raises(ZeroDivisionError):
        r_uint(1) // 0
    assert r_uint(7) / 2 == 3.5


def test_bitwise_and_shifts():
    assert r_uint(-1) & 0xff == 0xff
    assert 0xff00 | r_uint(0xff) == 0xffff
    assert r_uint(5) ^ -1 == M64 - 1 - 5
    assert type(r_uint(5) ^ -1) is r_uint
    assert r_uint(1) << 64 == 0
    assert r_uint(1) << 63 == 2 ** 63
    assert r_int32(1) << 31 == -2 ** 31
    assert r_int32(-8) >> 1 == -4
    assert r_uint(-8) >> 60 == 15
    assert type(r_int32(1) << r_uint(3)) is r_int32   # left operand's type
    assert type(1 << r_uint(3)) is int
    with pytest.raises(ValueError):
        r_uint(1) << -1


def test_mixing_sized_types():
    assert type(r_uint(1) + r_int32(-2)) is r_uint
    assert r_uint(1) + r_int32(-2) == M64 - 1
    assert type(r_int32(-2) + r_uint(1)) is r_uint
    assert type(r_int(1) + r_uint32(5)) is r_int
    assert type(r_uint32(5) + r_int(1)) is r_int
    assert type(r_int8(1) + r_int16(1)) is r_int16
    assert type(r_uint8(1) * r_uint32(1)) is r_uint32
    assert type(r_uint32(1) - r_int32(2)) is r_uint32
    assert r_uint32(1) - r_int32(2) == 2 ** 32 - 1


def test_floats_and_comparisons():
    assert r_uint(3) + 0.5 == 3.5
    assert type(r_uint(3) * 1.5) is float
    assert r_uint(-1) > 0
    assert r_int32(-1) < 0
    assert r_uint(5) == 5 and hash(r_uint(5)) == hash(5)
    assert {r_uint(5): 1}[5] == 1


def test_str_and_repr():
    assert str(r_uint(-1)) == str(M64 - 1)
    assert '%d' % r_int32(2 ** 31) == '-2147483648'
    assert '%s' % r_uint(7) == '7'
    assert f'{r_uint(7)}' == '7'
    assert repr(r_uint(7)) == 'r_uint(7)'


def test_intmask():
    assert intmask(2 ** 63) == -2 ** 63
    assert intmask(M64 - 1) == -1
    assert intmask(r_uint(-1)) == -1
    assert type(intmask(r_uint(-1))) is int
    assert intmask(True) == 1
    assert intmask(-M64 - 3) == -3
    assert intmask(12345) == 12345


def test_ovfcheck():
    assert ovfcheck(maxint) == maxint
    assert ovfcheck(-maxint - 1) == -maxint - 1
    with pytest.raises(OverflowError):
        ovfcheck(maxint + 1)
    with pytest.raises(OverflowError):
        ovfcheck(-maxint - 2)
    with pytest.raises(OverflowError):
        ovfcheck(maxint * 3)
    with pytest.raises(TypeError):
        ovfcheck(r_uint(3))


def test_ovfcheck_float_to_int():
    assert ovfcheck_float_to_int(-3.7) == -3
    assert ovfcheck_float_to_int(-9223372036854775808.0) == -2 ** 63
    with pytest.raises(OverflowError):
        ovfcheck_float_to_int(9223372036854775808.0)
    with pytest.raises(OverflowError):
        ovfcheck_float_to_int(float('nan'))


def test_widen():
    assert type(widen(r_int32(-3))) is int and widen(r_int32(-3)) == -3
    assert type(widen(r_uint32(-1))) is int
    assert widen(r_uint32(-1)) == 2 ** 32 - 1
    assert type(widen(r_uint(5))) is r_uint
    assert type(widen(5)) is int


def test_is_valid_int_and_int_between():
    assert is_valid_int(5) and is_valid_int(-maxint - 1) and is_valid_int(True)
    assert not is_valid_int(maxint + 1)
    assert not is_valid_int(1.0)
    assert not is_valid_int('1')
    assert int_between(1, 1, 3) and int_between(1, 2, 3)
    assert not int_between(1, 3, 3) and not int_between(1, 0, 3)


def test_type_ranges():
    assert most_neg_value_of_same_type(5) == -maxint - 1
    assert most_neg_value_of_same_type(r_int32(5)) == -2 ** 31
    assert type(most_neg_value_of_same_type(r_int32(5))) is r_int32
    assert most_neg_value_of_same_type(r_uint(5)) == 0
    assert most_pos_value_of_same_type(r_uint8(5)) == 255
    assert most_pos_value_of(int) == maxint
    assert most_neg_value_of(r_int16) == -32768
    assert most_pos_value_of(r_uint) == M64 - 1
    with pytest.raises(TypeError):
        most_neg_value_of(float)


def test_sized_ints_are_ints():
    assert isinstance(r_uint(1), int)
    assert isinstance(r_int8(1), base_int)
    assert [10, 20, 30][r_uint(1)] == 20
    assert not hasattr(r_uint(1), '__dict__')
