"""Breadth-first search on a text maze using a list as a queue (index pointer), tuples for coordinates, path reconstruction."""

MAZE = """##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########"""


def bfs(grid, start, goal):
    h = len(grid)
    w = len(grid[0])
    prev = {}
    prev[start] = start
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        y = cur[0]
        x = cur[1]
        for d in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
            ny = y + d[0]
            nx = x + d[1]
            if 0 <= ny < h and 0 <= nx < w and grid[ny][nx] != "#":
                nxt = (ny, nx)
                if nxt not in prev:
                    prev[nxt] = cur
                    queue.append(nxt)
    if goal not in prev:
        return []
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    path.reverse()
    return path


def entry_point(argv):
    rows = MAZE.split("\n")
    start = (0, 0)
    goal = (0, 0)
    for y in range(len(rows)):
        for x in range(len(rows[y])):
            if rows[y][x] == "S":
                start = (y, x)
            elif rows[y][x] == "E":
                goal = (y, x)
    print("start", start[0], start[1], "goal", goal[0], goal[1])
    path = bfs(rows, start, goal)
    print("path length:", len(path) - 1)
    grid = [list(r) for r in rows]
    for k in range(1, len(path) - 1):
        p = path[k]
        grid[p[0]][p[1]] = "*"
    for r in grid:
        print("".join(r))
    blocked = [list(r) for r in rows]
    blocked[7][3] = "#"
    blocked[3][3] = "#"
    print("blocked path:", len(bfs(["".join(r) for r in blocked], start, goal)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
