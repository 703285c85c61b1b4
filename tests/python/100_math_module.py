import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.fabs(-3))
print(math.gcd(48, 18), math.gcd(0, 5), math.factorial(10), math.isqrt(10 ** 10 + 1))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1) == math.e)
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), round(math.tan(math.pi / 4), 10))
print(math.atan2(1, 1) == math.pi / 4, math.degrees(math.pi), math.radians(180) == math.pi)
print(math.hypot(5, 12), math.copysign(3, -0.0), math.fmod(7, -3), math.pow(2, 0.5))
print(math.isnan(float("nan")), math.isinf(1e309), math.isfinite(1.0), math.isclose(0.1 + 0.2, 0.3) if hasattr(math, "isclose") else True)
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.0) if False else "", math.ceil(5))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
def dist(p, q):
    return math.sqrt(sum((a - b) ** 2 for a, b in zip(p, q)))
print(dist((0, 0), (3, 4)), round(dist((1, 2, 3), (4, 5, 6)), 6))
print(math.asin(1) * 2 == math.pi, round(math.acos(0), 12), round(math.atan(1) * 4, 12))
print(sum(1 / math.factorial(k) for k in range(15)))
