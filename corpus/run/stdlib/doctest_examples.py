# doctest runs examples through exec in 'single' mode with sys.stdout swapped for its own
# capture, so expression values must reach the swapped stream; failures are reported in
# doctest's format.
import doctest


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square('a')
    Traceback (most recent call last):
    ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> print('printed'); square(2)
    printed
    4
    >>> None
    >>> square(5)
    26
    """
    return x * x


runner = doctest.DocTestRunner(verbose=False)
for test in doctest.DocTestFinder().find(square, globs={"square": square}):
    runner.run(test, out=lambda s: print(s.replace(__file__, "FILE"), end=""))
print(runner.summarize(verbose=False))
import io
import contextlib

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    doctest.run_docstring_examples(square, {"square": square}, name="square")
print(buf.getvalue().replace(__file__, "FILE"))
