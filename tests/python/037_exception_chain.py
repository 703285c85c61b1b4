def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + s) from e

try:
    parse("zz")
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["x"]
except KeyError as e:
    print("KeyError with context", type(e.__context__).__name__)
def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError("v")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("except")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order())
def nested_return():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return "ret %d" % i
            finally:
                print("inner", i)
        finally:
            print("outer", i)
print(nested_return())
try:
    raise TypeError("first")
except TypeError:
    try:
        raise ValueError("second")
    except ValueError as e2:
        print("inner handled", e2)
    print("still in outer handler")
parse("oops")
