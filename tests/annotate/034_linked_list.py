class Node:
    def __init__(self, value, next):  # reveal: (Node, str, Node | None) -> None
        self.value = value
        self.next = next


def push(head, value):  # reveal: (Node | None, str) -> Node
    return Node(value, head)


def last(head):  # reveal: (Node) -> str
    cur = head
    nxt = cur.next
    while nxt is not None:
        cur = nxt
        nxt = cur.next
    return cur.value


def to_list(head):  # reveal: (Node | None) -> list[str]
    out = []
    while head is not None:
        out.append(head.value)
        head = head.next
    return out


def find(head, v):  # reveal: (Node | None, str) -> Node | None
    while head is not None:
        if head.value == v:
            return head
        head = head.next
    return None


def entry_point(argv):  # reveal: (list[str]) -> int
    h = push(None, argv[0])
    h = push(h, argv[0] + "!")
    h = push(h, "x" + argv[0])
    found = find(h, argv[0])
    if find(h.next, "zz") is not None:
        return 0
    r = len(to_list(h)) + len(last(h))
    if found is None:
        return -r
    return r - len(to_list(found.next))


def target(driver, args):
    return entry_point
