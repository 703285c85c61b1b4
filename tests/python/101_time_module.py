import time
t0 = time.time()
p0 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
t1 = time.time()
p1 = time.perf_counter()
print(type(t0).__name__, t0 > 1600000000, t1 >= t0, p1 >= p0, total)
print(isinstance(time.perf_counter(), float))
