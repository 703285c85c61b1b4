"""Float helpers for RPython-3 programs (untranslated behaviour).

* constants `INFINITY`, `NAN`; `isinf`, `isnan`, `isfinite`, `copysign`;
* `double_to_string(value, format_code, precision, flags)` -> (text, special)
  where special is DIST_FINITE, DIST_NAN or DIST_INFINITY.  format_code is
  'e', 'f', 'g' (or upper case) with `precision` digits, or 'r' for the
  shortest repr (precision ignored).  flags: DTSF_SIGN (always a sign),
  DTSF_ADD_DOT_0 (add '.0' when the result looks like an integer),
  DTSF_ALT (alternate form, like '#' in '%#g').  Non-finite values give
  'inf', '-inf', 'nan' (upper case for upper-case codes);
* `formatd(x, code, precision, flags=0)`: the text part of double_to_string;
* `string_to_float(s)`: like `float(s)` on the stripped string, ValueError on
  bad input;
* `round_double(value, ndigits, half_even=False)`: round to `ndigits`
  decimal places using the exact binary value; ties go away from zero, or to
  even with `half_even=True`; OverflowError if the result is too large;
* `round_away(x)`: round to an integral float, ties away from zero.
"""

import decimal
import math

INFINITY = float('inf')
NAN = float('nan')

isinf = math.isinf
isnan = math.isnan
isfinite = math.isfinite
copysign = math.copysign

DTSF_SIGN = 0x1
DTSF_ADD_DOT_0 = 0x2
DTSF_ALT = 0x4

DIST_FINITE = 0
DIST_NAN = 1
DIST_INFINITY = 2

# beyond these, rounding to ndigits keeps the value or gives zero
_ROUND_NDIGITS_MAX = 323
_ROUND_NDIGITS_MIN = -308


def _special_to_string(value, format_code, flags):
    if math.isnan(value):
        text, special = 'nan', DIST_NAN
    else:
        text, special = 'inf', DIST_INFINITY
    if value < 0:
        text = '-' + text
    elif flags & DTSF_SIGN:
        text = '+' + text
    if format_code.isupper():
        text = text.upper()
    return text, special


def double_to_string(value, format_code, precision, flags):
    """Format the float `value`; return (text, DIST_xxx)."""
    if format_code not in 'eEfFgGr' or len(format_code) != 1:
        raise ValueError("bad format code %r" % (format_code,))
    if not math.isfinite(value):
        return _special_to_string(value, format_code, flags)
    if format_code == 'r':
        text = repr(value)
        if text.endswith('.0'):
            text = text[:-2]
        if flags & DTSF_SIGN and not text.startswith('-'):
            text = '+' + text
    else:
        spec = '%' + ('#' if flags & DTSF_ALT else '') + (
            '+' if flags & DTSF_SIGN else '') + '.%d' % precision + format_code
        text = spec % value
    if flags & DTSF_ADD_DOT_0 and text.lstrip('+-').isdigit():
        text += '.0'
    return text, DIST_FINITE


def formatd(x, code, precision, flags=0):
    """Format the float `x` (see double_to_string) and return the text."""
    return double_to_string(x, code, precision, flags)[0]


def string_to_float(s):
    """Convert a string like float(s.strip()); ValueError if invalid."""
    text = s.strip()
    try:
        return float(text)
    except ValueError:
        raise ValueError("invalid literal for float(): %r" % (s,)) from None


def round_double(value, ndigits, half_even=False):
    """Round `value` to `ndigits` decimal places (may be negative)."""
    if not math.isfinite(value) or value == 0.0:
        return value
    if ndigits > _ROUND_NDIGITS_MAX:
        return value
    if ndigits < _ROUND_NDIGITS_MIN:
        return math.copysign(0.0, value)
    rounding = decimal.ROUND_HALF_EVEN if half_even else decimal.ROUND_HALF_UP
    context = decimal.Context(prec=1000, Emax=1000, Emin=-1000)
    exact = decimal.Decimal(value)
    rounded = exact.quantize(decimal.Decimal(1).scaleb(-ndigits), rounding,
                             context)
    result = float(rounded)
    if math.isinf(result):
        raise OverflowError("rounded value too large to represent")
    return result


def round_away(x):
    """Round `x` to an integral float, halfway cases away from zero."""
    if not math.isfinite(x):
        return x
    absx = abs(x)
    r = math.floor(absx)
    if absx - r >= 0.5:
        r += 1.0
    return math.copysign(r, x)
