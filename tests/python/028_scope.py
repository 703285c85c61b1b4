x = "global"

def read_global():
    return x

def shadow():
    x = "local"
    return x

def modify():
    global x
    x = "modified"

print(read_global(), shadow(), x)
modify()
print(x)

def unbound():
    try:
        print(y)
    except NameError as e:
        print("NameError", e)
    y = 1

unbound()

def local_unbound():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)

local_unbound()

class K:
    attr = 5
    doubled = attr * 2
    def method(self):
        return self.attr + K.doubled

print(K().method(), K.doubled)

def outer():
    v = 1
    def mid():
        nonlocal v
        v += 10
        def inner():
            nonlocal v
            v += 100
        inner()
    mid()
    return v

print(outer())
n = 3
print([n * i for i in range(n)])
