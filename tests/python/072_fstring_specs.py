name = "Ada"
pi = 3.14159265
n = 1234567
items = ["x", "y"]
print(f"{name!r} {name!s} {name:>6}|{name:<6}|{name:^7}|{name:*^9}")
print(f"{pi:.2f} {pi:10.3f}|{pi:<10.1f}|{pi:+.0f} {pi:e} {pi:.3e} {pi:g}")
print(f"{n:,} {n:_} {n:>12,} {n:x} {n:#x} {n:#o} {n:b} {n:08d} {-n:+d}")
print(f"{0.25:%} {0.5:.1%} {1e20:.3g} {1e-5:g} {123.0:g}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:{'>'}{width}}]")
print(f"{items} {items!r} {len(items)} {items[0]}{items[-1]}")
d = {"k": 1}
print(f"{d['k']} {d!r} {'nested ' + f'{n % 100}'}")
print(f"{{literal}} {n}{{}}")
print(f"{3 + 4 = }")
print(f"{name = }, {pi=:.1f}")
x = 5
print(f"{'yes' if x > 3 else 'no'} {x:3d}|{x:<3}|{x:^5}|{True} {None}")
print(f"{-7:5} {-7:<5}| {-7:=5} {7:+} {7: }|")
print(f"{'abc':.2} {12.5:08.2f} {-12.5:08.2f} {1.5:+08.2f}")
print(f"{255:X} {255:#X} {255:#b} {65:c}")
print(f"{1234.5678:,.2f} {1e6:,.0f} {0.1 + 0.2!r}")
print(F"upper-F {name}", rf"raw\n{name}", fr"raw2\t{x}")
multi = (f"a{x}"
         f"b{x * 2}"
         "c")
print(multi)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()} {P():xyz} {P()!r} {P()!s}")
print(format(P(), "q"), format(3.5, ">8"), format(42), format("s", "^5"))
