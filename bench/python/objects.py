"""Classes: instance creation, attribute access, method calls."""


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle(object):
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self):
        self.pos = self.pos.add(self.vel)


def simulate(n, steps):
    ps = [Particle(Vec(i, -i), Vec(1, 2)) for i in range(n)]
    for _ in range(steps):
        for p in ps:
            p.step()
    total = 0
    for p in ps:
        total += p.pos.dot(p.vel)
    return total


print(simulate(1000, 1500))
