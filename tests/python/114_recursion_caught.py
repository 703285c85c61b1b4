import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 100, d < 100000)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
try:
    def inf():
        return inf()
    inf()
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
