# N queens (pyperformance's "nqueens" workload, written for krait): a permutation generator
# with sets built from generator expressions, and a backtracking counter over column and
# diagonal sets.
N = 5


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def queens_by_permutation(n):
    cols = range(n)
    for vec in permutations(list(cols)):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield tuple(vec)


def count_backtracking(n):
    columns = set()
    rising = set()
    falling = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for col in range(n):
            if col in columns or row + col in rising or row - col in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            total += place(row + 1)
            columns.discard(col)
            rising.discard(row + col)
            falling.discard(row - col)
        return total

    return place(0)


def main(n):
    solutions = list(queens_by_permutation(n))
    print(len(solutions), solutions[0], solutions[-1])
    print(count_backtracking(n + 1))


main(N)
