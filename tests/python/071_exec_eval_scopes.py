x = 5
def f(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    return eval("a * c + x")
print(f(3))
g = {"y": 10}
exec("z = y * 2\nprint('in exec', z)", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"))
exec("w = 42")
print(w, eval("w + 1"), eval(" [i*i for i in range(4)] "))
print(sorted(k for k in globals() if not k.startswith("__")))
print(vars()["x"], dir()[-1])
ns = {}
exec("def sq(n):\n    return n * n\n", ns)
print(ns["sq"](9))
print(eval("a + b", {"a": 1}, {"b": 2}))
class K:
    q = 1
    print(sorted(k for k in locals()))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
