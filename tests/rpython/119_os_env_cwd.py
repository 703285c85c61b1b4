"""os at run time: getcwd, os.environ/os.getenv reads, listdir, mkdir/rmdir and os.path."""
import os


def show_error(what, path, base):
    try:
        if what == "listdir":
            os.listdir(path)
        elif what == "mkdir":
            os.mkdir(path)
        else:
            os.rmdir(path)
        print(what, "ok")
    except OSError as e:
        print(what, "OSError", str(e).replace(base, "BASE"))


def sorted_names(names):
    out = []
    for n in names:
        i = 0
        while i < len(out) and out[i] < n:
            i += 1
        out.insert(i, n)
    return out


def entry_point(argv):
    cwd = os.getcwd()
    print("cwd is absolute:", cwd.startswith("/"))
    print("cwd is a dir:", os.path.isdir(cwd))
    print("abspath('.') == cwd:", os.path.abspath(".") == cwd)
    print("abspath('a/../b') == cwd + '/b':", os.path.abspath("a/../b") == cwd + "/b")
    manifest = os.environ.get("CARGO_MANIFEST_DIR")
    print("cwd matches CARGO_MANIFEST_DIR when set:", manifest is None or manifest == cwd)

    # the environment: reading only
    print(os.environ.get("RPY_TEST_NOT_SET") is None)
    print(os.environ.get("RPY_TEST_NOT_SET", "fallback"))
    print(os.getenv("RPY_TEST_NOT_SET") is None)
    print(os.getenv("RPY_TEST_NOT_SET", "dflt"))
    print("RPY_TEST_NOT_SET" in os.environ)
    print("PATH" in os.environ)
    path = os.environ["PATH"]
    print("PATH via [] == getenv:", path == os.getenv("PATH"), len(path) > 0)
    print("PATH via get == []:", os.environ.get("PATH", "") == path)
    try:
        v = os.environ["RPY_TEST_NOT_SET"]
        print("unexpected", v)
    except KeyError:
        print("KeyError for a missing variable")

    # a directory of our own under /tmp
    base = "/tmp/rpy119_%d" % os.getpid()
    os.mkdir(base)
    print("isdir:", os.path.isdir(base), "isfile:", os.path.isfile(base))
    print("empty listdir:", os.listdir(base))
    names = ["zeta.txt", "alpha.py", "mid", "Beta"]
    for n in names:
        p = os.path.join(base, n)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, b"x")
        os.close(fd)
    os.mkdir(os.path.join(base, "sub"))
    listed = sorted_names(os.listdir(base))
    print("listdir:", listed)
    for n in listed:
        p = os.path.join(base, n)
        print(n, os.path.isfile(p), os.path.isdir(p), os.path.basename(p) == n,
              os.path.dirname(p) == base)
    show_error("mkdir", base, base)
    show_error("rmdir", base, base)
    for n in names:
        os.unlink(os.path.join(base, n))
    os.rmdir(os.path.join(base, "sub"))
    print("after cleanup:", os.listdir(base))
    os.rmdir(base)
    print("exists after rmdir:", os.path.exists(base))
    show_error("listdir", base, base)
    show_error("rmdir", base, base)
    show_error("listdir", "", base)

    # os.path string functions
    for p in ["/a/b/c.txt", "a/b/", "/", "//x", "name", "", "a//b", "///a//b//"]:
        print(repr(p), repr(os.path.dirname(p)), repr(os.path.basename(p)))
    print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"))
    print(os.path.join("", "x"), os.path.join("a", ""))
    for p in ["/a/./b/../c", "/../x", "//a/b", "///a/b", "/a/b/", "/"]:
        print(repr(p), os.path.abspath(p))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
