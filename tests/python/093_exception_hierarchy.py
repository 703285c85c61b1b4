def attempt(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError<-%s: %s" % (type(e).__name__, e)
    except ArithmeticError as e:
        return "ArithmeticError<-%s: %s" % (type(e).__name__, e)
    except (TypeError, ValueError) as e:
        return "TV<-%s: %s" % (type(e).__name__, e)
    except Exception as e:
        return "Exception<-%s: %s" % (type(e).__name__, e)
    return "ok"

print(attempt(lambda: [][0]))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: 1 / 0))
print(attempt(lambda: 2 ** 0.5))
print(attempt(lambda: int("x")))
print(attempt(lambda: len(5)))
print(attempt(lambda: undefined_name))
print(attempt(lambda: None.attr))
print(attempt(lambda: 10 ** 400 * 1.0))
e = ValueError("bad", 42)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(KeyError("k")))
print(str(Exception("only")), repr(Exception("a", 1)), str(Exception("a", 1)))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as err:
    print(type(err).__name__, err, err.args, err.code, repr(err))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, isinstance(err, BaseException) if False else True)
for exc in [StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, RecursionError, NotImplementedError, FileNotFoundError, ModuleNotFoundError, UnboundLocalError, IndentationError]:
    print(exc.__name__, "->", exc.__bases__[0].__name__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise
except LookupError as e:
    print("reraised", repr(e))
try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)
def raiser():
    raise RuntimeError("from function")
try:
    raiser()
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    print("no exception, no check")
except TypeError:
    print("unexpected")
errs = []
for f in (lambda: 1 / 0, lambda: [].pop(), lambda: {}.pop("x"), lambda: "a" + 1, lambda: int("1.5"), lambda: [1, 2].index(3)):
    try:
        f()
    except Exception as e:
        errs.append("%s: %s" % (type(e).__name__, e))
print("\n".join(errs))
