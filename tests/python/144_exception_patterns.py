class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(404, "missing %s" % k) from None
try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e.code, e, e.__cause__, e.__suppress_context__)
def tries():
    log = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append("body%d" % i)
        finally:
            log.append("fin%d" % i)
    return log
print(tries())
def ret_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_finally())
def nested():
    try:
        try:
            raise ValueError("v")
        except TypeError:
            print("not here")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    else:
        print("no else")
nested()
for exc in [ValueError("a"), KeyError("b"), ZeroDivisionError("c"), IndexError()]:
    try:
        raise exc
    except (ValueError, KeyError) as e:
        print("group1", repr(e))
    except ArithmeticError as e:
        print("arith", repr(e))
    except Exception as e:
        print("other", repr(e), str(e) == "")
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
e = None
try:
    int("x")
except ValueError as err:
    e = err
print(type(e).__name__, e.args)
print(issubclass(NotFound, Exception), issubclass(KeyError, LookupError), isinstance(NotFound(1, "m"), AppError))
