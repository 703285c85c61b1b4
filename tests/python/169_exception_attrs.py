"""Attributes of the builtin exceptions (OSError errno/strerror/filename and
the subclass chosen by errno, ImportError name/path, add_note and the notes
printed after an uncaught exception), the rest of the builtin exception
classes, and the builtins module."""

try:
    open("/nonexistent/file")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
except OSError as e:
    print("oserror", e)
try:
    import nosuchmod
except ImportError as e:
    print(type(e).__name__, e, e.name)
e = ValueError("a", 2)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()))
try:
    raise ValueError("x")
except ValueError as err:
    err.add_note("note 1")
    print(err.__notes__)
class MyError(Exception):
    pass
try:
    raise MyError
except MyError as e:
    print(repr(e), type(e).__mro__[1].__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("wrapped")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__suppress_context__, e.__cause__)
print(isinstance(KeyError(), LookupError), issubclass(FileNotFoundError, OSError), OSError is IOError, EnvironmentError is OSError)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("exit code", e.code)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
e = OSError(2, "No such file", "f.txt")
print(e, e.errno, e.strerror, e.filename, e.args)
for n in ["ConnectionError", "TimeoutError", "ProcessLookupError", "ResourceWarning",
          "FutureWarning", "PendingDeprecationWarning", "ImportWarning", "BytesWarning",
          "SyntaxWarning", "ChildProcessError", "BrokenPipeError", "InterruptedError",
          "ConnectionRefusedError", "ConnectionResetError", "ConnectionAbortedError",
          "BlockingIOError", "ReferenceError", "StopAsyncIteration", "UnicodeWarning"]:
    cls = eval(n)
    print(n, [c.__name__ for c in cls.__mro__])
for code in [2, 13, 17, 21, 20, 32, 110, 999]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, e)
e = OSError("just text")
print(e, e.errno, e.strerror, e.args)
e = PermissionError(13, "Permission denied", "a.txt")
print(e, e.filename)
try:
    import nosuchmodule_xyz
except ModuleNotFoundError as e:
    print(e.name, e.msg if hasattr(e, "msg") else "", isinstance(e, ImportError))
e = ImportError("boom", name="m", path="/p")
print(e, e.name, e.path)
import builtins
print(builtins.len("abc"), __builtins__ is builtins, type(__builtins__).__name__)
try:
    ValueError("v").add_note(5)
except TypeError as e:
    print(e)
import os
for fn in [lambda: open("/nonexistent/x"), lambda: open("/tmp"), lambda: os.remove("/nonexistent/y"), lambda: os.listdir("/nonexistent/z"), lambda: os.mkdir("/tmp"), lambda: os.rmdir("/nonexistent/q"), lambda: open("/nonexistent/b", "rb"), lambda: open("/proc/version", "w")]:
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
err = RuntimeError("final")
err.add_note("first note")
err.add_note("second note")
raise err
