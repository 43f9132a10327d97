"""Module docstring."""


class C:
    """Class docstring with 'quotes' and "double quotes"."""

    def m(self):
        r"""Raw docstring with \backslash."""

    def n(self):
        '''
        Multi-line docstring.
        '''


def f():
    u"""Unicode-prefixed docstring: café."""
