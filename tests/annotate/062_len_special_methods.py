class Stack:
    def __init__(self):  # reveal: (Stack) -> None
        self.items = []

    def push(self, x):  # reveal: (Stack, int) -> None
        self.items.append(x)

    def __len__(self):  # reveal: (Stack) -> int(nonneg)
        return len(self.items)

    def __getitem__(self, i):  # reveal: (Stack, int) -> int
        return self.items[i]

    def __setitem__(self, i, v):  # reveal: (Stack, int, int) -> None
        self.items[i] = v


def len_str(s):  # reveal: (str) -> int(nonneg)
    return len(s)


def len_list(lst):  # reveal: (list[int]) -> int(nonneg)
    return len(lst)


def len_dict(d):  # reveal: (dict[str, float]) -> int(nonneg)
    return len(d)


def len_bytes(b):  # reveal: (bytes) -> int(nonneg)
    return len(b)


def len_stack(st):  # reveal: (Stack) -> int(nonneg)
    return len(st)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    st = Stack()
    st.push(n - 3)
    st.push(n * 5)
    st[n - 1] = 2 - n
    d = {argv[0]: n * 0.5}
    r = len_str(argv[0]) + len_list([n - 1]) + len_dict(d) + len_stack(st)
    r += len_bytes(argv[0].encode("utf-8"))
    return st[n - 2] - r


def target(driver, args):
    return entry_point
