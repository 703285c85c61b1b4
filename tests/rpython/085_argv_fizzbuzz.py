"""FizzBuzz with the limit and words taken from argv (args: 31 Fizz Buzz); exit code = number of FizzBuzz lines."""


def entry_point(argv):
    limit = int(argv[1])
    fizz = argv[2]
    buzz = argv[3]
    both = 0
    for i in range(1, limit + 1):
        s = ""
        if i % 3 == 0:
            s += fizz
        if i % 5 == 0:
            s += buzz
        if s == fizz + buzz:
            both += 1
        if s == "":
            s = str(i)
        print(s)
    print("program name ends with .py or -c:", argv[0].endswith(".py") or argv[0].endswith("-c"))
    return both


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
