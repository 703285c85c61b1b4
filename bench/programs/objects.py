"""Object-heavy: allocate many small instances, virtual calls, a linked structure."""


class Shape(object):
    def area(self):
        return 0.0


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


class Node(object):
    def __init__(self, shape, next):
        self.shape = shape
        self.next = next


def run(n):
    total = 0.0
    for round in range(20):
        head = Node(Shape(), None)
        for i in range(n):
            if i % 3 == 0:
                s = Circle(float(i % 7))
            else:
                s = Rect(float(i % 5), float(i % 11))
            head = Node(s, head)
        node = head
        while node is not None:
            total += node.shape.area()
            node = node.next
    return total


def entry_point(argv):
    print(run(100000))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
