"""Lists of instances: build, iterate, filter, sort by key manually, mutate through the list."""


class Person(object):
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return "%s (%d)" % (self.name, self.age)


def sort_by_age(people):
    for i in range(1, len(people)):
        p = people[i]
        j = i - 1
        while j >= 0 and people[j].age > p.age:
            people[j + 1] = people[j]
            j -= 1
        people[j + 1] = p


def entry_point(argv):
    data = "ann:31,bob:25,cid:47,dee:19,eve:25,fay:62"
    people = []
    for item in data.split(","):
        parts = item.split(":")
        people.append(Person(parts[0], int(parts[1])))
    print("count:", len(people))
    for p in people:
        print(" ", p.describe())
    sort_by_age(people)
    print("by age:", ", ".join([p.describe() for p in people]))
    adults = [p for p in people if p.age >= 30]
    print("30+:", ", ".join([p.name for p in adults]))
    for p in people:
        p.age += 1
    oldest = people[0]
    for p in people:
        if p.age > oldest.age:
            oldest = p
    print("oldest after birthday:", oldest.describe())
    same = people[-1] is oldest
    print("last is oldest:", same)
    total = 0
    for p in people:
        total += p.age
    print("average age: %.2f" % (total / len(people)))
    people.pop(0)
    print("after pop:", people[0].describe(), len(people))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
