# Sizes no machine can hold give MemoryError at once, as CPython's failed malloc does, instead
# of an abort or a process paging itself to death: constructors, repetition, padding and format
# widths, and a list made from a huge range. (A C-int argument too big is an OverflowError.)
N = 2 ** 50
cases = [
    "bytearray(N)", "bytes(N)", "'a' * N", "b'a' * N", "[0] * N", "(0,) * N",
    "format('a', '>%d' % N)", "'%%%ds' % N % 'a'", "('{:>%d}' % N).format('a')",
    "'a'.ljust(N)", "'a'.rjust(N, '*')", "'a'.center(N)", "'a'.zfill(N)",
    "b'a'.ljust(N)", "b'a'.zfill(N)", "'\\t'.expandtabs(2 ** 31)", "b'\\t'.expandtabs(-2 ** 40)",
    "bytearray(10).extend(bytes(N))", "list(range(N))", "tuple(range(N))",
]
for c in cases:
    try:
        eval(c)
        print(c, "made")
    except MemoryError as e:
        print(c, "MemoryError", e.args)
    except OverflowError as e:
        print(c, "OverflowError", e)
x = [1, 2] * 3
print(len(x), len("ab" * 1000), len(bytearray(1000)), "x".ljust(5, "-"), "%5s|" % "ab")
