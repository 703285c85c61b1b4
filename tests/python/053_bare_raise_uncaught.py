def risky(n):
    if n > 2:
        raise IndexError("n too large: %d" % n)
    return n

for i in range(5):
    try:
        print(risky(i))
    except IndexError:
        print("handling", i)
        if i == 4:
            raise
