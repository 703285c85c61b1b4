class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = Node(-1, None)
    for i in range(n):
        head = Node(i, head)
    return head


def total(node):
    if node is None:
        return 0
    return node.value + total(node.next)


def entry_point(argv):
    head = build(10)
    print("total", total(head), head.value)
    try:
        x = [1, 2][len(argv) + 5]
    except IndexError:
        x = -1
    return x + 1


def target(driver, args):
    return entry_point
