for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
else:
    print("no break")
for i in range(3):
    pass
else:
    print("loop done", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while else")
while True:
    n -= 1
    if n < 2:
        break
print("after", n)
x = 5
if x < 3:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("yes" if x else "no", 1 if x > 10 else 2)
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(True and "a", 0 and "b", "" or "c", None or 0, not x, not 0)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
