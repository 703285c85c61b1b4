import os


def read_file(path):  # reveal: (str) -> bytes
    try:
        fd = os.open(path, os.O_RDONLY, 0o777)
    except OSError:
        return b""
    chunks = []
    while True:
        data = os.read(fd, 4096)
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    return b"".join(chunks)


def write_text(fd, s):  # reveal: (int, str) -> None
    os.write(fd, s.encode("utf-8"))


def entry_point(argv):  # reveal: (list[str]) -> int
    data = read_file(argv[0]) + read_file("/dev/null")
    out = 2 - len(argv)
    write_text(out, argv[0] + "\n")
    return len(data) - 1


def target(driver, args):
    return entry_point
