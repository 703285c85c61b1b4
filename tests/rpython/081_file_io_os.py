"""File I/O with os.open/os.write/os.read/os.lseek/os.close on a temporary file, then os.unlink."""
import os


def write_all(fd, data):
    while len(data) > 0:
        n = os.write(fd, data)
        data = data[n:]


def read_all(fd):
    chunks = []
    while True:
        b = os.read(fd, 7)
        if len(b) == 0:
            break
        chunks.append(b)
    return b"".join(chunks)


def entry_point(argv):
    path = "/tmp/rpython_corpus_081_%d.txt" % os.getpid()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    for i in range(5):
        write_all(fd, ("line %d: %s\n" % (i, "x" * i)).encode("utf-8"))
    os.close(fd)
    print("exists:", os.path.exists(path))
    fd = os.open(path, os.O_RDONLY, 0)
    data = read_all(fd)
    os.close(fd)
    print("read %d bytes" % len(data))
    text = data.decode("utf-8")
    for line in text.split("\n"):
        if line:
            print("  got:", line)
    fd = os.open(path, os.O_RDWR, 0)
    pos = os.lseek(fd, 8, 0)
    print("seek to", pos)
    part = os.read(fd, 10)
    print("partial:", part.decode("utf-8").replace("\n", "|"))
    end = os.lseek(fd, 0, 2)
    print("size via lseek:", end)
    os.write(fd, b"appended\n")
    os.lseek(fd, 0, 0)
    whole = read_all(fd)
    os.close(fd)
    print("last line:", whole.decode("utf-8").strip().split("\n")[-1])
    os.unlink(path)
    print("exists after unlink:", os.path.exists(path))
    try:
        os.open(path, os.O_RDONLY, 0)
        print("unexpected success")
    except OSError:
        print("open of removed file: OSError")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
