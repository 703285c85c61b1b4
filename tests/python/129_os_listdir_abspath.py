import os

base = "/tmp/pyinterp_129_%d" % os.getpid()
os.mkdir(base)
for name in ["b.txt", "a.py", "c"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
os.mkdir(os.path.join(base, "sub"))
print(sorted(os.listdir(base)))
print([n for n in sorted(os.listdir(base)) if os.path.isdir(os.path.join(base, n))])
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", str(e).replace(base, "BASE"))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, str(e).replace(base, "BASE"))
try:
    os.listdir(os.path.join(base, "a.py"))
except NotADirectoryError as e:
    print("NotADirectoryError", str(e).replace(base, "BASE"))
for name in ["b.txt", "a.py", "c"]:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "sub"))
print(os.listdir(base))
os.rmdir(base)
try:
    os.listdir(base)
except FileNotFoundError as e:
    print("FileNotFoundError", str(e).replace(base, "BASE"))
try:
    os.remove(base)
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.__class__.__name__)
print(os.path.exists(base))
cwd = os.getcwd()
print(os.path.abspath(".") == cwd, os.path.abspath("x/../y") == os.path.join(cwd, "y"))
print(os.path.abspath("/a/./b/../c"), os.path.abspath("//a"), os.path.abspath("///a/b/"))
print(cwd == os.path.abspath(os.path.join(cwd, "sub", "..")))
print(os.getenv("PYINTERP_UNSET_129") is None, "PYINTERP_UNSET_129" in os.environ)
try:
    os.environ["PYINTERP_UNSET_129"]
except KeyError as e:
    print("KeyError", e)
print(os.environ["PATH"] == os.getenv("PATH"))
