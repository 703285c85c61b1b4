"""__import__, sys.modules, sys.path, time.monotonic/sleep and binary
files (open with 'wb'/'rb')."""

import os
import sys
import time

m = __import__("math")
print(m.sqrt(16), m is sys.modules["math"], "sys" in sys.modules)
print(type(sys.path).__name__, len(sys.path) > 0, isinstance(sys.path[0], str))
t0 = time.monotonic()
time.sleep(0.01)
t1 = time.monotonic()
print(t1 >= t0 + 0.005, type(t1).__name__)
path = "159_tmp_binary.bin"
with open(path, "wb") as f:
    n = f.write(bytes([0, 1, 2, 255]) + b"abc")
print(n)
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), data[3], list(data[:3]))
with open(path, "ab") as f:
    f.write(b"\n")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
print(os.path.exists(path))
