# The chaos game on affine maps (in the spirit of pyperformance's "chaos" workload, written for
# krait): a small vector class with operator dunders, a seeded linear congruential generator,
# weighted choice among maps, and a coarse histogram of the visited points.
N = 3000


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return "Vec(%.6f, %.6f)" % (self.x, self.y)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d = a, b, c, d
        self.shift = Vec(e, f)
        self.weight = weight

    def apply(self, p):
        return Vec(self.a * p.x + self.b * p.y, self.c * p.x + self.d * p.y) + self.shift


class Rng:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648.0


class Chaos:
    def __init__(self, maps, seed):
        self.maps = maps
        self.rng = Rng(seed)
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total

    def pick(self):
        r = self.rng.random() * self.total
        for m, c in zip(self.maps, self.cumulative):
            if r < c:
                return m
        return self.maps[-1]

    def run(self, steps, width, height):
        grid = [[0] * width for _ in range(height)]
        p = Vec(0.0, 0.0)
        centre = Vec(0.0, 0.0)
        for i in range(steps):
            p = self.pick().apply(p)
            centre = centre + p * 0.001
            col = int((p.x + 3.0) / 6.0 * (width - 1))
            row = int(p.y / 10.0 * (height - 1))
            if 0 <= col < width and 0 <= row < height:
                grid[row][col] += 1
        return grid, centre


def main(n):
    fern = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    grid, centre = Chaos(fern, 42).run(n, 32, 24)
    for row in grid[::-1]:
        print("".join(" .:*#"[min(4, (v + 9) // 10)] for v in row))
    print(centre)
    print(sum(sum(row) for row in grid))


main(N)
