"""More of the math module (isclose, fsum, prod, lcm, comb, perm, modf,
frexp, ldexp, hyperbolic functions) and `import os.path` forms."""

import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum([0.1, 0.2, 0.3]))
print(math.fsum([math.inf, 1]), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 5), start=2))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(2**40, 3**20), math.comb(5, 2), math.comb(100, 50), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.perm(3, 0))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.sinh(1.0), math.cosh(0.0), math.tanh(0.5))
for bad in ["math.comb(-1, 2)", "math.isclose(1, 2, rel_tol=-1)", "math.fsum([math.inf, -math.inf])", "math.ldexp(1.0, 5000)"]:
    try:
        eval(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

import os.path
print(os.path.join("a", "b"), os.path.splitext("f.tar.gz"))
import os.path as osp
print(osp.basename("/x/y.txt"))
from os.path import dirname
print(dirname("/x/y.txt"))
