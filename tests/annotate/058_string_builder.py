from rpython.rlib.rstring import StringBuilder


def new_builder():  # reveal: () -> StringBuilder
    return StringBuilder()


def add_line(b, s):  # reveal: (StringBuilder, str) -> None
    b.append(s)
    b.append("\n")


def render(items):  # reveal: (list[str]) -> str
    b = new_builder()
    for item in items:
        add_line(b, item)
    b.append_char("!")
    return b.build()


def render_ints(nums):  # reveal: (list[int]) -> str
    b = StringBuilder(16)
    for n in nums:
        b.append(str(n))
        b.append_char(",")
    return b.build()


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    s = render(argv) + render_ints([n - 3, n * 2])
    return len(s) - 10


def target(driver, args):
    return entry_point
