"""An IndentationError: a block that is not indented."""


def f():
    return 1


while f():
print("never")
