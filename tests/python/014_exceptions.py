def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div by zero"
    finally:
        print("finally", a, b)

print(safe_div(1, 2))
print(safe_div(1, 0))
try:
    [][1]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    raise ValueError("custom", 42)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling")
        raise
except KeyError as e:
    print("re-raised", e)
try:
    pass
except Exception:
    print("no")
else:
    print("else runs")
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
