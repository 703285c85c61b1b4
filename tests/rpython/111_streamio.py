"""rpython.rlib.streamio: open_file_as_stream for writing and reading (readall, readline), fdopen_as_stream on an os.open fd."""
import os
from rpython.rlib.streamio import open_file_as_stream, fdopen_as_stream


def entry_point(argv):
    path = "/tmp/rpython_corpus_111_%d.dat" % os.getpid()
    s = open_file_as_stream(path, "w")
    for i in range(6):
        s.write("row %d: %s\n" % (i, "ab" * i))
    s.close()
    r = open_file_as_stream(path, "r")
    first = r.readline()
    rest = r.readall()
    r.close()
    print("first:", first.strip())
    print("rest lines:", len(rest.strip().split("\n")))
    print(rest.strip())
    fd = os.open(path, os.O_RDONLY, 0)
    b = fdopen_as_stream(fd, "rb")
    data = b.readall()
    b.close()
    print("bytes:", len(data), "newlines:", data.count(b"\n"))
    a = open_file_as_stream(path, "a")
    a.write("tail\n")
    a.close()
    r2 = open_file_as_stream(path, "r")
    everything = r2.readall()
    r2.close()
    print("last:", everything.strip().split("\n")[-1], "total chars:", len(everything))
    os.unlink(path)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
