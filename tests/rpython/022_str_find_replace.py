"""find/rfind/index/rindex/count/replace/startswith/endswith, incl. start/end arguments."""


def entry_point(argv):
    s = "the cat sat on the mat with the hat"
    print("find:", s.find("the"), s.find("the", 1), s.find("dog"), s.find(""), s.find("at", 10, 20))
    print("rfind:", s.rfind("the"), s.rfind("at"), s.rfind("dog"), s.rfind("t", 0, 10))
    print("index:", s.index("cat"), s.rindex("at"))
    try:
        print(s.index("dog"))
    except ValueError:
        print("index('dog'): ValueError")
    print("count:", s.count("at"), s.count("the"), s.count("z"), s.count("t", 5), s.count(""))
    print("replace:", s.replace("at", "AT"))
    print("replace 2:", s.replace("the", "a", 2))
    print("replace empty:", "abc".replace("", "-"))
    print("replace del:", s.replace(" ", ""))
    print("startswith:", s.startswith("the"), s.startswith("cat"), s.startswith("cat", 4), s.startswith(""))
    print("endswith:", s.endswith("hat"), s.endswith("cat"), s.endswith("sat", 0, 11))
    word = argv[0]
    print("argv0 endswith .py:", word.endswith(".py") or not word.endswith(".py"))
    text = "a-b-c-d-e"
    pos = 0
    found = []
    while True:
        i = text.find("-", pos)
        if i < 0:
            break
        found.append(str(i))
        pos = i + 1
    print("dash positions:", ",".join(found))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
