def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([3, 1, 4], 4)
find([3, 1, 4], 9)
find([], 1)

n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    print("n", n)
else:
    print("while done", n)

k = 0
while True:
    k += 1
    if k > 3:
        break
else:
    print("never")
print("k", k)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j > 3:
            break
        print(i, j, end="; ")
print()

primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

total = 0
for x in range(100):
    if x % 2:
        continue
    if x > 20:
        break
    total += x
print(total)

i = 0
while i < 5:
    i += 1
    try:
        if i == 2:
            continue
        if i == 4:
            break
    finally:
        print("finally", i)
print("end", i)

for ch in "abc":
    pass
print(ch)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
