"""A while loop and a for-range loop of integer arithmetic."""


def arith(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7
        if total > 1000000:
            total -= 1000000
        i += 1
    return total


def ranges(n):
    acc = 0
    for i in range(n):
        acc ^= i << 1
    return acc


print(arith(5000000), ranges(5000000))
