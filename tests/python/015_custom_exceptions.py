class MyError(Exception):
    pass

class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])

try:
    raise MyError("basic")
except MyError as e:
    print("caught", e, e.args)
try:
    raise DetailedError(404, "not found")
except MyError as e:
    print("caught", e, e.code, isinstance(e, Exception))
try:
    raise DetailedError(1, "x") from None
except Exception as e:
    print(repr(MyError("r")), type(e).__name__)
def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x
results = []
for v in [1, -2, 3]:
    try:
        results.append(check(v))
    except ValueError as e:
        results.append(str(e))
print(results)
try:
    raise MyError
except MyError as e:
    print("class raised", repr(e))
e = ValueError("a", "b")
print(str(e), e.args, str(ValueError()), str(KeyError("k")))
raise DetailedError(500, "server error")
