def check(x):
    assert x > 0, "x must be positive"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert", repr(e))
assert 1 == 2, "final failure"
