# AssertionError with a message computed from the failing values.
def check_sorted(seq):
    for a, b in zip(seq, seq[1:]):
        assert a <= b, f"{a} > {b} in {seq}"
    print("sorted:", seq)


check_sorted([1, 2, 3])
check_sorted([1, 3, 2])
