import math

import pytest

from rpython.rlib.rfloat import (
    DIST_FINITE, DIST_INFINITY, DIST_NAN, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_SIGN,
    INFINITY, NAN, copysign, double_to_string, formatd, isfinite, isinf,
    isnan, round_away, round_double, string_to_float)


def test_constants_and_predicates():
    assert isinf(INFINITY) and isinf(-INFINITY) and not isinf(1e308)
    assert isnan(NAN) and not isnan(INFINITY)
    assert isfinite(0.0) and not isfinite(NAN) and not isfinite(INFINITY)
    assert copysign(2.0, -0.0) == -2.0


@pytest.mark.parametrize('x, code, precision, flags, expected', [
    (1.5, 'f', 3, 0, '1.500'),
    (-1.5, 'f', 0, 0, '-2'),
    (1234.5678, 'e', 2, 0, '1.23e+03'),
    (1234.5678, 'E', 2, 0, '1.23E+03'),
    (0.0001, 'g', 12, 0, '0.0001'),
    (1e20, 'g', 12, 0, '1e+20'),
    (1.0, 'g', 12, 0, '1'),
    (1.0, 'g', 12, DTSF_ADD_DOT_0, '1.0'),
    (1e20, 'g', 12, DTSF_ADD_DOT_0, '1e+20'),
    (1.0, 'g', 3, DTSF_ALT, '1.00'),
    (2.0, 'f', 0, DTSF_ALT, '2.'),
    (1.5, 'f', 1, DTSF_SIGN, '+1.5'),
    (-1.5, 'f', 1, DTSF_SIGN, '-1.5'),
    (0.1, 'r', 0, 0, '0.1'),
    (1.0, 'r', 0, 0, '1'),
    (1.0, 'r', 0, DTSF_ADD_DOT_0, '1.0'),
    (1e16, 'r', 0, DTSF_ADD_DOT_0, '1e+16'),
    (0.1 + 0.2, 'r', 0, 0, '0.30000000000000004'),
    (2.5, 'r', 0, DTSF_SIGN, '+2.5'),
    (INFINITY, 'f', 2, 0, 'inf'),
    (-INFINITY, 'r', 0, 0, '-inf'),
    (INFINITY, 'g', 2, DTSF_SIGN, '+inf'),
    (INFINITY, 'G', 2, 0, 'INF'),
    (NAN, 'r', 0, DTSF_ADD_DOT_0, 'nan'),
])
def test_formatd(x, code, precision, flags, expected):
    assert formatd(x, code, precision, flags) == expected


def test_double_to_string_special():
    assert double_to_string(1.25, 'f', 1, 0) == ('1.2', DIST_FINITE)
    assert double_to_string(-INFINITY, 'e', 3, 0) == ('-inf', DIST_INFINITY)
    assert double_to_string(NAN, 'f', 3, 0) == ('nan', DIST_NAN)
    with pytest.raises(ValueError):
        double_to_string(1.0, 'x', 3, 0)


def test_string_to_float():
    assert string_to_float('1.5') == 1.5
    assert string_to_float('  -2e3\n') == -2000.0
    assert string_to_float('inf') == INFINITY
    assert string_to_float('-Infinity') == -INFINITY
    assert isnan(string_to_float('nan'))
    assert string_to_float('.5') == 0.5
    for bad in ['', '   ', 'abc', '1.5x', '1..5', '--1']:
        with pytest.raises(ValueError):
            string_to_float(bad)


@pytest.mark.parametrize('value, ndigits, expected', [
    (2.5, 0, 3.0),
    (-2.5, 0, -3.0),
    (0.125, 2, 0.13),
    (2.675, 2, 2.67),                # 2.675 is really 2.67499999...
    (1234.5, -2, 1200.0),
    (1250.0, -2, 1300.0),
    (0.5, 0, 1.0),
    (123.456, 1, 123.5),
    (1e-320, 2, 0.0),
    (12.0, 400, 12.0),
    (12.0, -400, 0.0),
])
def test_round_double_half_away(value, ndigits, expected):
    assert round_double(value, ndigits) == expected


def test_round_double_half_even_matches_python():
    for value in [2.5, 3.5, 0.125, 0.375, 2.675, -1.5, 1234.5, 1e15 + 0.5]:
        for ndigits in [-2, 0, 1, 2]:
            assert round_double(value, ndigits, half_even=True) == \
                round(value, ndigits)


def test_round_double_specials_and_overflow():
    assert math.copysign(1.0, round_double(-0.004, 2)) == -1.0
    assert round_double(INFINITY, 2) == INFINITY
    assert isnan(round_double(NAN, 2))
    with pytest.raises(OverflowError):
        round_double(1.7976931348623157e308, -308)


def test_round_away():
    assert round_away(0.5) == 1.0
    assert round_away(-0.5) == -1.0
    assert round_away(2.5) == 3.0
    assert round_away(2.4999999) == 2.0
    assert round_away(0.49999999999999994) == 0.0
    assert math.copysign(1.0, round_away(-0.2)) == -1.0
    assert round_away(1e300) == 1e300
    assert round_away(INFINITY) == INFINITY
