"""Float loops: a Mandelbrot set area estimate and a simple n-body step loop."""


def mandel(size, limit):
    inside = 0
    for py in range(size):
        y0 = (py * 2.0) / size - 1.0
        for px in range(size):
            x0 = (px * 3.0) / size - 2.0
            x = 0.0
            y = 0.0
            i = 0
            while i < limit and x * x + y * y <= 4.0:
                xt = x * x - y * y + x0
                y = 2.0 * x * y + y0
                x = xt
                i += 1
            if i == limit:
                inside += 1
    return inside


def springs(steps):
    x = 1.0
    v = 0.0
    k = 0.5
    dt = 0.001
    energy = 0.0
    for s in range(steps):
        a = -k * x
        v += a * dt
        x += v * dt
        energy += 0.5 * v * v + 0.5 * k * x * x
    return energy


def entry_point(argv):
    print(mandel(400, 200))
    print(springs(5000000))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
