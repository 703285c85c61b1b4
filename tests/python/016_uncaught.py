def inner(x):
    return 10 // x

def outer():
    print("calling")
    return inner(0)

print("start")
outer()
print("never")
