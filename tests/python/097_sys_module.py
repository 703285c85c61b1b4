import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("097_sys_module.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.version_info[0], sys.version_info >= (3, 0))
print(sys.getrecursionlimit() >= 100, type(sys.getrecursionlimit()).__name__)
print(sys.exc_info() == (None, None, None))
try:
    raise KeyError("k")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev))
print(sys.exc_info()[0])
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(inner())
print("modules" in dir(sys), sys.platform == "linux")
sys.stdout.write("direct write\n")
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
