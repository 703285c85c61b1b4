"""f-string formatting with format specs: {:8.2f} {:.3e} {:g} {:>6} {:<6} {:05d} {:x}."""


def row(name, qty, price):
    return f"{name:<10}|{qty:>5d}|{price:8.2f}|{qty * price:10.3f}"


def entry_point(argv):
    n = len(argv)
    print(row("apple", 3 * n, 0.5))
    print(row("banana", 12, 0.25))
    print(row("cherry", 250, 0.0199))
    print(row("durian", 1, 12.999))
    x = 2.0 / 3.0 * n
    print(f"{x}|{x:.3f}|{x:.3e}|{x:g}|{x:10.4f}|{x:<10.2f}|{x:+.1f}")
    big = 123456789.123 * n
    print(f"{big:.2f} {big:e} {big:g} {big:.10g}")
    k = 255 * n
    print(f"{k:5d}|{k:<5d}|{k:05d}|{k:x}|{k:X}|{k:o}|{k:b}")
    s = "rpy"
    print(f"[{s:>6}] [{s:<6}] [{s:^7}] [{s}]")
    print(f"sum={k + 1} neg={-k} expr={k * 2 + 1} nested={str(k)}")
    print(f"{0.1:.1f} {0.05:.1f} {0.25:.1f} {2.675:.2f} {1e-10:g} {1e20:g}")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
