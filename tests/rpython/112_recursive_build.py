"""Recursively building a balanced tree from a sorted range where empty subtrees are None; queries on the tree."""


class Tree(object):
    def __init__(self, key, left, right):
        self.key = key
        self.left = left
        self.right = right

    def size(self):
        n = 1
        if self.left is not None:
            n += self.left.size()
        if self.right is not None:
            n += self.right.size()
        return n

    def height(self):
        hl = 0
        hr = 0
        if self.left is not None:
            hl = self.left.height()
        if self.right is not None:
            hr = self.right.height()
        return 1 + max(hl, hr)

    def contains(self, k):
        node = self
        while node is not None:
            if k == node.key:
                return True
            if k < node.key:
                node = node.left
            else:
                node = node.right
        return False


def build(keys, lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Tree(keys[mid], build(keys, lo, mid - 1), build(keys, mid + 1, hi))


def preorder(node, out):
    if node is None:
        return
    out.append(str(node.key))
    preorder(node.left, out)
    preorder(node.right, out)


def entry_point(argv):
    keys = [k * 3 for k in range(20)]
    t = build(keys, 0, len(keys) - 1)
    if t is None:
        print("empty tree")
        return 1
    print("size:", t.size(), "height:", t.height())
    out = []
    preorder(t, out)
    print("preorder:", " ".join(out))
    print("contains:", t.contains(27), t.contains(28), t.contains(0), t.contains(57), t.contains(60))
    empty = build(keys, 5, 4)
    print("empty subtree is None:", empty is None)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
