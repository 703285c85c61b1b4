import math
import sys
from math import sqrt, pi as PI
print(math.sqrt(16), sqrt(2), round(PI, 5), math.floor(2.7), math.ceil(2.1))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.fabs(-2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.exp(0))
print(round(math.sin(math.pi / 2), 6), math.cos(0), math.hypot(3, 4))
print(math.inf > 10 ** 100, math.isnan(math.nan), math.trunc(-3.7))
print(type(sys.argv), len(sys.argv) >= 1, sys.maxsize)
try:
    import no_such_module_xyz
except ImportError as e:
    print("ImportError", e)
