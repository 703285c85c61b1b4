"""Gaussian elimination with partial pivoting on float matrices; determinant, solution, residual; plus Newton's sqrt."""
import math


def solve(a, b):
    n = len(b)
    m = [row[:] for row in a]
    x = b[:]
    det = 1.0
    for col in range(n):
        piv = col
        for r in range(col + 1, n):
            if math.fabs(m[r][col]) > math.fabs(m[piv][col]):
                piv = r
        if piv != col:
            m[piv], m[col] = m[col], m[piv]
            x[piv], x[col] = x[col], x[piv]
            det = -det
        p = m[col][col]
        det *= p
        for r in range(col + 1, n):
            f = m[r][col] / p
            for c in range(col, n):
                m[r][c] -= f * m[col][c]
            x[r] -= f * x[col]
    sol = [0.0] * n
    for r in range(n - 1, -1, -1):
        s = x[r]
        for c in range(r + 1, n):
            s -= m[r][c] * sol[c]
        sol[r] = s / m[r][r]
    return sol, det


def newton_sqrt(v):
    x = v
    for i in range(30):
        x = 0.5 * (x + v / x)
    return x


def entry_point(argv):
    a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    b = [8.0, -11.0, -3.0]
    sol, det = solve(a, b)
    print("solution:", " ".join(["%.6f" % v for v in sol]), "det: %.6f" % det)
    n = 5
    hilbert = [[1.0 / (i + j + 1) for j in range(n)] for i in range(n)]
    rhs = [1.0] * n
    sol, det = solve(hilbert, rhs)
    print("hilbert solution:", " ".join(["%.4f" % v for v in sol]))
    print("hilbert det: %.6e" % det)
    res = 0.0
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += hilbert[i][j] * sol[j]
        res = max(res, math.fabs(s - rhs[i]))
    print("residual small:", res < 1e-6)
    for v in [2.0, 10.0, 12345.678, 1e-6]:
        print("sqrt(%s): newton %.12f math %.12f" % (str(v), newton_sqrt(v), math.sqrt(v)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
