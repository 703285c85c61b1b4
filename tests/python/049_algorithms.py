def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return (quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot]
            + quicksort([x for x in xs if x > pivot]))

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]

data = [(i * 7919) % 101 for i in range(40)]
print(quicksort(data) == sorted(data), merge_sort(data)[:10])

def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]
m = [[1, 2], [3, 4]]
print(matmul(m, m), matmul([[1, 0], [0, 1]], m))

def binsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
s = sorted(set(data))
print(binsearch(s, s[5]), binsearch(s, 1000))
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    return dp[len(a)][len(b)]
print(lcs("AGGTAB", "GXTXAYB"))
def nqueens(n):
    count = 0
    cols = [0] * n
    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if all(cols[r] != c and abs(cols[r] - c) != row - r for r in range(row)):
                cols[row] = c
                place(row + 1)
    place(0)
    return count
print([nqueens(n) for n in range(1, 7)])
