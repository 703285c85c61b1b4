name = "World"
n = 42
pi = 3.14159265
print(f"Hello {name}!")
print(f"{n} {n:5d} {n:<5}| {n:^7}| {n:x} {n:#x} {n:b} {n:08.3f}")
print(f"{pi:.2f} {pi:10.4f}| {pi:e} {pi!r} {name!r}")
print(f"{'nested'} {n * 2} {[1, 2][0]} {{literal}}")
print(f"{n=} {name=}")
w = 10
print(f"{name:>{w}}|{name:*^{w}}")
print(f"{1234567:,} {-5:+d} {5:+d} {0.5:.0%}")
d = {"k": "v"}
print(f"{d['k']} {len(d)}")
print(f"{'a' if n > 0 else 'b'}")
print(F"upper {n}" f" joined {name}")
