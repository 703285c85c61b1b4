import os
import time


def entry_point(argv):
    path = "/tmp/rtype_302_" + str(os.getpid()) + ".txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, b"hello\n")
    os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    pos = os.lseek(fd, 2, 0)
    data = os.read(fd, 100)
    os.close(fd)
    print(os.path.exists(path), pos, len(data))
    os.unlink(path)
    start = time.time()
    print(os.path.exists(path), time.time() >= start)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
