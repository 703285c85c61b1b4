def to_text(data):  # reveal: (bytes) -> str
    return data.decode("utf-8")


def to_bytes(s):  # reveal: (str) -> bytes
    return s.encode("utf-8")


def join_all(chunks):  # reveal: (list[bytes]) -> bytes
    return b"".join(chunks)


def digit_at(data, i):  # reveal: (bytes, int) -> int
    return data[i] - 48


def checksum(data):  # reveal: (bytes) -> int
    total = 0
    for b in data:
        total = total * 31 - b
    return total


def entry_point(argv):  # reveal: (list[str]) -> int
    raw = to_bytes(argv[0])
    data = join_all([raw, b"01"])
    text = to_text(data)
    return len(text) + digit_at(data, len(data) - 1) + checksum(raw)


def target(driver, args):
    return entry_point
