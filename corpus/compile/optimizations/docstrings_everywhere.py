"""Module docstring: the first statement, stored as __doc__."""


def with_doc():
    """Function docstring."""
    return with_doc.__doc__


def without_doc():
    x = "not a docstring"
    return without_doc.__doc__


def doc_then_code():
    "Single-quoted docstring."
    return 1


def fstring_is_not_doc():
    f"""not a {'docstring'}"""
    return fstring_is_not_doc.__doc__


def constant_expression_statements():
    "doc"
    "second string is dropped"
    42
    None
    ...
    return 1


class WithDoc:
    """Class docstring."""

    def m(self):
        """Method docstring."""


class NoDoc:
    x = 1


lam = lambda: "lambdas have no docstring"
print(__doc__, with_doc(), without_doc(), doc_then_code.__doc__, fstring_is_not_doc(), constant_expression_statements())
print(WithDoc.__doc__, WithDoc.m.__doc__, NoDoc.__doc__, lam.__doc__)
