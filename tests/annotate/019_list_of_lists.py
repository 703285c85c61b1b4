def make_grid(rows, cols, fill):  # reveal: (int(nonneg), int(nonneg), str) -> list[list[str]]
    grid = []
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append(fill)
        grid.append(row)
    return grid


def cell(grid, r, c):  # reveal: (list[list[str]], int, int) -> str
    return grid[r][c]


def set_cell(grid, r, c, v):  # reveal: (list[list[str]], int, int, str) -> None
    grid[r][c] = v


def first_row(grid):  # reveal: (list[list[str]]) -> list[str]
    return grid[0]


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    grid = make_grid(n, len(argv[0]), argv[0])
    set_cell(grid, n - 1, 2 - n, argv[0] + "!")
    s = cell(grid, 1 - n, n - 1)
    return len(s) + len(first_row(grid)) - 5


def target(driver, args):
    return entry_point
