"""Instances stored in lists and dicts, shared references, linked list and binary search tree."""


class Item(object):
    def __init__(self, key, value):
        self.key = key
        self.value = value


class LNode(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


class Tree(object):
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Tree(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root


def inorder(node, out):
    if node is None:
        return
    inorder(node.left, out)
    out.append(str(node.key))
    inorder(node.right, out)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def entry_point(argv):
    items = [Item("k%d" % i, i * i) for i in range(6)]
    by_key = {}
    for it in items:
        by_key[it.key] = it
    by_key["k3"].value = -1
    print("shared mutation:", items[3].value, by_key["k3"] is items[3])
    head = None
    for i in range(5):
        head = LNode(i, head)
    vals = []
    node = head
    while node is not None:
        vals.append(str(node.value))
        node = node.next
    print("linked:", "->".join(vals))
    root = None
    x = 37
    for i in range(25):
        x = (x * 73 + 11) % 101
        root = insert(root, x)
    out = []
    inorder(root, out)
    print("bst inorder:", " ".join(out))
    print("bst height:", height(root))
    table = {}
    for it in items:
        bucket = it.value % 3
        if bucket not in table:
            table[bucket] = []
        table[bucket].append(it)
    for b in table:
        print("bucket", b, ":", ",".join([it.key for it in table[b]]))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
