def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        r = 10 // x
    except ValueError as e:
        print("caught", e)
        return "ve"
    except ZeroDivisionError:
        return "zde"
    else:
        print("else ran")
        return r
    finally:
        print("finally for", x)

print(f(0)); print(f(5))

def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

def swallow():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"

print(swallow())

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(loop_finally())

def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError as e:
            raise ValueError("outer") from e
        finally:
            print("inner finally")
    except ValueError as e:
        print("got", repr(e), "cause", repr(e.__cause__))
        return e

e = nested()
print(e.__suppress_context__, type(e.__context__).__name__)

def ctx():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["x"]
    except KeyError as e:
        print("context:", type(e.__context__).__name__, e.__cause__)

ctx()

def from_none():
    try:
        try:
            int("x")
        except ValueError:
            raise RuntimeError("clean") from None
    except RuntimeError as e:
        print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

from_none()

def var_cleared():
    try:
        raise ValueError(1)
    except ValueError as err:
        pass
    try:
        err
    except NameError as ne:
        print("NameError:", ne)

var_cleared()

count = 0
def finally_count():
    global count
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise IndexError(i)
            finally:
                count += 1
        except IndexError as e:
            print("idx", e.args)
    return count

print(finally_count())
