# Spectral norm of an infinite matrix (pyperformance's "spectral_norm" workload, written for
# krait): small function calls in nested loops, float division, list comprehensions, zip.
N = 30


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def part_a_times_u(i, u):
    total = 0.0
    for j, u_j in enumerate(u):
        total += eval_a(i, j) * u_j
    return total


def part_at_times_u(i, u):
    total = 0.0
    for j, u_j in enumerate(u):
        total += eval_a(j, i) * u_j
    return total


def eval_a_times_u(u):
    return [part_a_times_u(i, u) for i in range(len(u))]


def eval_at_times_u(u):
    return [part_at_times_u(i, u) for i in range(len(u))]


def eval_ata_times_u(u):
    return eval_at_times_u(eval_a_times_u(u))


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_ata_times_u(u)
        u = eval_ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%0.9f" % ((vbv / vv) ** 0.5))
    print(repr(sum(u)))


main(N)
