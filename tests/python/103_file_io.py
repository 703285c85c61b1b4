import os
path = "/tmp/pyinterp_differential_103_file_io.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    for i in range(3):
        f.write("row %d: %s\n" % (i, "*" * i))
print(n, f.closed)
with open(path) as f:
    content = f.read()
print(repr(content))
with open(path) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.rstrip("\n"))
f = open(path, "r")
print(repr(f.readline()), repr(f.readline()))
rest = f.readlines()
print(rest, repr(f.readline()))
f.close()
print(f.closed)
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
print(os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
except OSError as e:
    print("OSError")
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
