"""Lists of lists: grids, jagged rows, Pascal's triangle, game of life step, transposition."""


def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows


def life_step(grid):
    h = len(grid)
    w = len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            count = 0
            for dy in [-1, 0, 1]:
                for dx in [-1, 0, 1]:
                    if dy == 0 and dx == 0:
                        continue
                    yy = (y + dy) % h
                    xx = (x + dx) % w
                    count += grid[yy][xx]
            if grid[y][x] == 1 and (count == 2 or count == 3):
                row.append(1)
            elif grid[y][x] == 0 and count == 3:
                row.append(1)
            else:
                row.append(0)
        new.append(row)
    return new


def show(grid):
    for row in grid:
        print("".join(["#" if c else "." for c in row]))


def entry_point(argv):
    for row in pascal(9):
        print(" ".join([str(x) for x in row]))
    grid = [[0] * 8 for i in range(6)]
    grid[0][1] = 1
    grid[1][2] = 1
    grid[2][0] = 1
    grid[2][1] = 1
    grid[2][2] = 1
    for gen in range(4):
        print("generation", gen)
        show(grid)
        grid = life_step(grid)
    words = [["a", "b"], [], ["c"]]
    words[1].append("x")
    words.append(["d", "e", "f"])
    print("jagged:", "|".join([",".join(r) for r in words]), len(words[3]))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
