"""rpython.rlib.rfile: create_file in text and binary modes, write/read/readline/seek/tell, `with`, create_stdio."""
import os
from rpython.rlib.rfile import create_file, create_stdio


def entry_point(argv):
    path = "/tmp/rpython_corpus_082_%d.txt" % os.getpid()
    f = create_file(path, "w")
    f.write("first line\n")
    f.write("second line: é日\n")
    for i in range(3):
        f.write("number %d\n" % (i * 11))
    f.close()
    f = create_file(path, "r")
    line = f.readline()
    print("readline:", line.strip())
    print("tell after first line:", f.tell())
    rest = f.read()
    f.close()
    print("rest has %d lines" % len(rest.split("\n")))
    print(rest.strip())
    with create_file(path, "a") as g:
        g.write("appended\n")
    with create_file(path, "rb") as h:
        raw = h.read()
        print("binary length:", len(raw))
        h.seek(6)
        print("after seek:", h.read(4).decode("utf-8"))
    lines = []
    with create_file(path, "r") as r:
        while True:
            l = r.readline()
            if l == "":
                break
            lines.append(l.strip())
    print("lines:", " | ".join(lines))
    os.unlink(path)
    stdin, stdout, stderr = create_stdio()
    stdout.write("written via rfile stdout\n")
    stdout.flush()
    try:
        create_file(path, "r")
        print("unexpected")
    except OSError:
        print("missing file: OSError")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
