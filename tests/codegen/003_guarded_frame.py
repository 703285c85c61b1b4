# A recursive graph starts with its recursion guard (`stack_check`, which
# also fails when the shadow stack is nearly full): it takes its
# shadow-stack frame with `shadow_frame_guarded` (no overflow test of its
# own). `build` is not recursive and keeps `shadow_frame` with its test.


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def copy(node):
    if node is None:
        return None
    rest = copy(node.next)
    return Node(node.value + len(str(rest is None)), rest)


def entry_point(argv):
    head = copy(build(len(argv) + 3))
    print(head.value, head.next.value)
    return 0


def target(driver, args):
    return entry_point
